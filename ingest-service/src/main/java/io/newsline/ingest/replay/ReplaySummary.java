package io.newsline.ingest.replay;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a replay did: articles sent, bytes, what was skipped and why.
 *
 * @param articles articles written to the topic
 * @param bytes their bodies' total size in UTF-8 bytes
 * @param skipped number of skipped inputs per reason
 * @param elapsed wall time of the replay
 */
public record ReplaySummary(
    long articles, long bytes, Map<String, Long> skipped, Duration elapsed) {

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  public double articlesPerSecond() {
    double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
    return articles / seconds;
  }

  /** Human-readable, one fact per line. */
  public String describe(String topic) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "replayed %d articles (%.1f MB) to %s in %.1f s, %.0f articles/s%n",
            articles, bytes / 1e6, topic, elapsed.toMillis() / 1000.0, articlesPerSecond()));
    out.append(String.format("skipped %d%n", skippedTotal()));
    new TreeMap<>(skipped)
        .forEach((reason, count) -> out.append(String.format("  %6d  %s%n", count, reason)));
    return out.toString();
  }
}
