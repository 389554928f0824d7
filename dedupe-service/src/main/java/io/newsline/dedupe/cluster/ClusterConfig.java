package io.newsline.dedupe.cluster;

/** STUB until the clusterer lands. */
public record ClusterConfig(long retentionMillis) {
  public static ClusterConfig defaults() {
    return new ClusterConfig(7L * 24 * 3600 * 1000);
  }
}
