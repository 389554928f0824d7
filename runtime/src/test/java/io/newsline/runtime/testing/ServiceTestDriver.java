package io.newsline.runtime.testing;

import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.config.Settings;
import io.newsline.runtime.deadletter.GlobalDeadLetters;
import io.newsline.runtime.streams.ServiceContext;
import io.newsline.runtime.streams.ServiceHost;
import io.newsline.runtime.streams.StreamsService;
import io.newsline.schemas.TopicSpec;
import io.newsline.schemas.Topics;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A service's topology in a TopologyTestDriver, on the same Streams properties as the real run (so
 * dead letters are wired in), with typed topics from the {@link Topics} registry. Shared with the
 * service modules as this module's test jar.
 */
public final class ServiceTestDriver implements AutoCloseable {
  private final ServiceContext context;
  private final TopologyTestDriver driver;
  // A global store's dead letters are written by a producer of their own (GlobalDeadLetters),
  // outside the driver: here an in-memory one.
  private final MockProducer<byte[], byte[]> globalDeadLetters =
      new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());

  public ServiceTestDriver(StreamsService service) {
    this(service, context -> context);
  }

  /** With the detached context changed first, e.g. to another partition layout. */
  public ServiceTestDriver(StreamsService service, UnaryOperator<ServiceContext> adjust) {
    NewslineConfig config =
        NewslineConfig.builder().flag(Settings.BOOTSTRAP_SERVERS, "unused:9092").build();
    context = adjust.apply(ServiceContext.detached(service.name(), config));
    Properties properties = ServiceHost.streamsProperties(config, service.name(), context.topics());
    properties.put(
        GlobalDeadLetters.CONFIG, GlobalDeadLetters.of(properties, () -> globalDeadLetters));
    driver = new TopologyTestDriver(service.buildTopology(context), properties);
  }

  /** A key-value store of the topology, global ones included. */
  public <K, V> KeyValueStore<K, V> keyValueStore(String name) {
    return driver.getKeyValueStore(name);
  }

  /** The dead letters written from global stores' processors so far. */
  public List<ProducerRecord<byte[], byte[]>> globalDeadLetters() {
    return globalDeadLetters.history();
  }

  public ServiceContext context() {
    return context;
  }

  public Topics topics() {
    return context.topics();
  }

  public <K, V> TestInputTopic<K, V> input(TopicSpec<K, V> topic) {
    return driver.createInputTopic(
        topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
  }

  public <K, V> TestOutputTopic<K, V> output(TopicSpec<K, V> topic) {
    return driver.createOutputTopic(
        topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
  }

  /** The raw-bytes view of a topic, for writing what no serializer would. */
  public TestInputTopic<byte[], byte[]> rawInput(TopicSpec<?, ?> topic) {
    return driver.createInputTopic(
        topic.name(),
        org.apache.kafka.common.serialization.Serdes.ByteArray().serializer(),
        org.apache.kafka.common.serialization.Serdes.ByteArray().serializer());
  }

  @Override
  public void close() {
    driver.close();
  }
}
