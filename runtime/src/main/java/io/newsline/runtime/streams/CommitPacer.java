package io.newsline.runtime.streams;

/**
 * Decides when a service asks Kafka Streams to commit before its commit interval is up.
 *
 * <p>Under exactly-once a record is visible downstream only once its transaction commits, so the
 * commits set each hop's latency. But a commit costs the broker and the service about the same
 * however few records it carries. A service that keeps up should commit often: its articles then
 * wait little at each hop. A service that is behind (a replay, a burst, a restart) should commit
 * rarely: its articles are late anyway, and fewer, larger transactions let it catch up sooner.
 *
 * <p>The signal is the age of the newest record processed since the last check, by its timestamp.
 * Streams gives every output record its input's timestamp, so downstream of ingest this is the
 * article's age since it was produced to news.raw. When that age is under {@code behindMs} the
 * pacer asks for a commit at every check (every {@code commit.live.interval.ms}); otherwise it
 * leaves commits to Streams' {@code commit.interval.ms}. Kafka-free, so the rule is tested alone.
 */
final class CommitPacer {
  private final long behindMs;
  private long newestTimestampMs = Long.MIN_VALUE;

  /** A pacer for which input older than {@code behindMs} means the service is behind. */
  CommitPacer(long behindMs) {
    if (behindMs <= 0) {
      throw new IllegalArgumentException("behindMs must be positive: " + behindMs);
    }
    this.behindMs = behindMs;
  }

  /** Notes a processed record's timestamp (epoch ms). */
  void processed(long timestampMs) {
    newestTimestampMs = Math.max(newestTimestampMs, timestampMs);
  }

  /**
   * Whether to ask for a commit now: something was processed since the last check and the newest of
   * it is younger than the bound. Starts the next check's window.
   */
  boolean commitDue(long nowMs) {
    boolean due = newestTimestampMs != Long.MIN_VALUE && nowMs - newestTimestampMs < behindMs;
    newestTimestampMs = Long.MIN_VALUE;
    return due;
  }
}
