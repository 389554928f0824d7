package io.newsline.runtime.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsline.runtime.config.ConfigException;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.config.Settings;
import io.newsline.runtime.metrics.MetricNames;
import io.newsline.schemas.TopicSpec;
import io.newsline.schemas.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * What a service's topology is built from: the configuration, the topics, and a meter registry with
 * the service's tag.
 *
 * @param serviceName name of the service the topology belongs to
 * @param config the resolved configuration
 * @param topics the pipeline's topics under the configured prefix
 * @param meters the process's meter registry
 * @param partitionCounts the partitions of each pipeline topic, by full name, as the broker has
 *     them
 */
public record ServiceContext(
    String serviceName,
    NewslineConfig config,
    Topics topics,
    MeterRegistry meters,
    Map<String, Integer> partitionCounts) {

  /**
   * A context outside a running host, with a throwaway meter registry and the partitions the topics
   * would be created with: for building a topology to test or inspect it (TopologyTestDriver,
   * {@code newsline reset}).
   */
  public static ServiceContext detached(String serviceName, NewslineConfig config) {
    Topics topics = Topics.withPrefix(config.topicPrefix());
    int configured = config.getInt(Settings.TOPIC_PARTITIONS);
    Map<String, Integer> partitions = new TreeMap<>();
    topics.all().forEach(t -> partitions.put(t.name(), t.partitionsToCreate(configured)));
    return new ServiceContext(serviceName, config, topics, new SimpleMeterRegistry(), partitions);
  }

  /** The number of partitions of a pipeline topic. */
  public int partitions(TopicSpec<?, ?> topic) {
    Integer count = partitionCounts.get(topic.name());
    if (count == null) {
      throw new IllegalArgumentException("no partition count known for topic " + topic.name());
    }
    return count;
  }

  /** This context with the given partition count for one topic (tests of other layouts). */
  public ServiceContext withPartitions(TopicSpec<?, ?> topic, int count) {
    Map<String, Integer> partitions = new TreeMap<>(partitionCounts);
    partitions.put(topic.name(), count);
    return new ServiceContext(serviceName, config, topics, meters, partitions);
  }

  /** The stream of a pipeline topic, read as every service reads its input: see below. */
  public <K, V> KStream<K, V> stream(StreamsBuilder builder, TopicSpec<K, V> topic) {
    return stream(builder, topic.name(), topic);
  }

  /**
   * The stream of topic {@code name} with the serdes of {@code serdes}, its commits paced by how
   * far behind the service is ({@link CommitPacer}), records without a value rejected ({@link
   * RejectTombstones}): every service reads its input through here.
   */
  public <K, V> KStream<K, V> stream(StreamsBuilder builder, String name, TopicSpec<K, V> serdes) {
    KStream<K, V> stream =
        builder.stream(name, Consumed.with(serdes.keySerde(), serdes.valueSerde()))
            .processValues(RejectTombstones::new, Named.as("reject-tombstones-" + name));
    long live = config.getLong(Settings.COMMIT_LIVE_INTERVAL_MS);
    if (live <= 0) {
      return stream;
    }
    long behind = config.getLong(Settings.COMMIT_BEHIND_MS);
    if (behind <= 0) {
      throw new ConfigException(
          "setting " + Settings.COMMIT_BEHIND_MS.key() + " must be positive, got " + behind);
    }
    ThreadLocal<PacedCommits.ThreadPacing> pacing =
        ThreadLocal.withInitial(() -> new PacedCommits.ThreadPacing(behind));
    return stream.processValues(
        () -> new PacedCommits<>(Duration.ofMillis(live), pacing),
        Named.as("paced-commits-" + name));
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
