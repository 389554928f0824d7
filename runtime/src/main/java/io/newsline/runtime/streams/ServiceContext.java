package io.newsline.runtime.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.metrics.MetricNames;
import io.newsline.schemas.Topics;

/**
 * What a service's topology is built from: the configuration, the topics, and a meter registry with
 * the service's tag.
 *
 * @param serviceName name of the service the topology belongs to
 * @param config the resolved configuration
 * @param topics the pipeline's topics under the configured prefix
 * @param meters the process's meter registry
 */
public record ServiceContext(
    String serviceName, NewslineConfig config, Topics topics, MeterRegistry meters) {

  /**
   * A context outside a running host, with a throwaway meter registry: for building a topology to
   * test or inspect it (TopologyTestDriver, {@code newsline reset}).
   */
  public static ServiceContext detached(String serviceName, NewslineConfig config) {
    return new ServiceContext(
        serviceName, config, Topics.withPrefix(config.topicPrefix()), new SimpleMeterRegistry());
  }

  /** Tags every meter of this service carries. */
  public Tags tags() {
    return Tags.of(MetricNames.TAG_SERVICE, serviceName);
  }

  /** A counter of this service, tagged with its name and the given key/value pairs. */
  public Counter counter(String name, String... tagKeyValues) {
    return Counter.builder(name).tags(tags()).tags(tagKeyValues).register(meters);
  }
}
