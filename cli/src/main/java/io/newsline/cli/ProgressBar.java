package io.newsline.cli;

/**
 * A one-line progress display on stderr, redrawn at most four times a second, shown only when
 * stderr is a terminal (so logs and pipes stay clean).
 */
final class ProgressBar implements AutoCloseable {
  private final boolean enabled;
  private final long started = System.nanoTime();
  private long lastDrawn;
  private boolean drawn;

  private ProgressBar(boolean enabled) {
    this.enabled = enabled;
  }

  static ProgressBar onTerminal() {
    return new ProgressBar(System.console() != null);
  }

  void update(long articles, long bytes, long skipped) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDrawn < 250_000_000L) {
      return;
    }
    lastDrawn = now;
    double seconds = Math.max((now - started) / 1e9, 1e-3);
    System.err.printf(
        "\r%,d articles  %.1f MB  %,.0f articles/s  %,d skipped ",
        articles, bytes / 1e6, articles / seconds, skipped);
    drawn = true;
  }

  @Override
  public void close() {
    if (drawn) {
      System.err.println();
    }
  }
}
