package io.newsline.dedupe;

import io.newsline.runtime.streams.ServiceContext;

/**
 * Every {@link DedupeTopologyTest} again with news.enriched at three partitions (a topic created
 * outside newsline): articles then reach the clustering task through a repartition topic, and the
 * events must come out the same.
 */
class DedupeTopologyRepartitionedTest extends DedupeTopologyTest {
  @Override
  ServiceContext layout(ServiceContext context) {
    return context.withPartitions(context.topics().enriched, 3);
  }

  @Override
  boolean repartitions() {
    return true;
  }
}
