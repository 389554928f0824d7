package io.newsline.dedupe;

import io.newsline.dedupe.cluster.EventClusterer;

/**
 * What the clustering task holds in memory, as of its last article, for the service's gauges: the
 * clusterer lives in the stream thread, the gauges are read from the metrics endpoint's.
 */
final class HeldCounts {
  private volatile long articles;
  private volatile long vocabulary;

  void update(EventClusterer clusterer) {
    articles = clusterer.articles();
    vocabulary = clusterer.vocabularySize();
  }

  long articles() {
    return articles;
  }

  long vocabulary() {
    return vocabulary;
  }
}
