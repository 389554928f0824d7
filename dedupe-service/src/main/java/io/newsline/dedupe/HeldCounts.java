package io.newsline.dedupe;

import io.newsline.dedupe.cluster.EventClusterer;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the clustering task holds in memory, as of its last article, for the service's gauges: the
 * clusterer lives in the stream thread, the gauges are read from the metrics endpoint's.
 */
final class HeldCounts {
  private volatile long articles;
  private volatile long vocabulary;
  // not reset when the task's processor is initialised again: a counter for the service's life
  private final LongAdder redelivered = new LongAdder();

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

  void redelivered() {
    redelivered.increment();
  }

  /** Articles delivered again while their event was held, ignored. */
  double redeliveredTotal() {
    return redelivered.sum();
  }
}
