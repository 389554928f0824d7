package io.newsline.dedupe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.EnrichedArticle;
import io.newsline.avro.EventStatus;
import io.newsline.dedupe.cluster.ClusterConfig;
import io.newsline.runtime.config.Settings;
import io.newsline.runtime.metrics.MetricNames;
import io.newsline.runtime.streams.ServiceContext;
import io.newsline.runtime.streams.StreamsService;
import io.newsline.schemas.Topics;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * dedupe-service: news.enriched → news.events. Every article goes through one clustering task:
 * events are global, so their index must be too. news.enriched is created with one partition, which
 * is that task's input; a news.enriched with more partitions (created elsewhere) is routed through
 * a single-partition repartition topic first, one hop more.
 */
public final class DedupeService implements StreamsService {
  private static final Logger log = LoggerFactory.getLogger(DedupeService.class);

  public static final String NAME = "dedupe";

  /** Key of the single clustering partition. */
  static final String ALL = "all";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Topology buildTopology(ServiceContext context) {
    Topics topics = context.topics();
    ClusterConfig config =
        new ClusterConfig(context.config().getLong(Settings.DEDUPE_RETENTION_MS));
    long maxArticles =
        maxArticles(
            context.config().getLong(Settings.DEDUPE_MAX_ARTICLES),
            Runtime.getRuntime().maxMemory());
    Counter in = context.counter(MetricNames.RECORDS_IN);
    Counter created = context.counter(MetricNames.EVENTS, MetricNames.TAG_CHANGE, "created");
    Counter updated = context.counter(MetricNames.EVENTS, MetricNames.TAG_CHANGE, "updated");
    Counter merged = context.counter(MetricNames.EVENTS, MetricNames.TAG_CHANGE, "merged");
    Counter closed = context.counter(MetricNames.EVENTS, MetricNames.TAG_CHANGE, "closed");
    HeldCounts held = new HeldCounts();
    Gauge.builder(MetricNames.ARTICLES_HELD, held, HeldCounts::articles)
        .tags(context.tags())
        .register(context.meters());
    Gauge.builder(MetricNames.ARTICLES_BOUND, () -> maxArticles)
        .tags(context.tags())
        .register(context.meters());
    FunctionCounter.builder(MetricNames.ARTICLES_REDELIVERED, held, HeldCounts::redeliveredTotal)
        .tags(context.tags())
        .register(context.meters());
    Gauge.builder(MetricNames.VOCABULARY, held, HeldCounts::vocabulary)
        .tags(context.tags())
        .register(context.meters());
    Timer latency =
        Timer.builder(MetricNames.END_TO_END_LATENCY)
            .description("From an article's receipt to the event version it caused")
            .publishPercentileHistogram()
            .tags(context.tags())
            .register(context.meters());

    StreamsBuilder builder = new StreamsBuilder();
    // In memory, restored from the changelogs on every start. Not RocksDB: a ChaosIntegrationTest
    // run with on-disk, cached stores lost 5 of 150 articles after a SIGKILL of dedupe (a store
    // found without checkpoint under exactly-once, then a second corruption at a broker restart);
    // in-memory stores have no local state that could disagree with what was committed.
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.inMemoryKeyValueStore(DedupeProcessor.EVENTS_STORE),
            topics.events.keySerde(),
            topics.events.valueSerde()));
    // the clustering states: changelogged, but kept in memory only by the clusterer
    StateHandOffStore.Registry stateStores = new StateHandOffStore.Registry();
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            stateStores.supplier(DedupeProcessor.STATES_STORE),
            Serdes.String(),
            Serdes.ByteArray()));
    KStream<String, EnrichedArticle> articles =
        context.stream(builder, topics.enriched).peek((key, article) -> in.increment());
    int partitions = context.partitions(topics.enriched);
    if (partitions > 1) {
      log.warn(
          "{} has {} partitions: every article takes an extra hop through a single-partition"
              + " repartition topic to the clustering task. Create {} with one partition to spare"
              + " it.",
          topics.enriched.name(),
          partitions,
          topics.enriched.name());
      articles =
          articles
              .mapValues(DedupeStage::forClustering)
              .selectKey((key, article) -> ALL)
              .repartition(
                  Repartitioned.<String, EnrichedArticle>as("dedupe-all")
                      .withKeySerde(Serdes.String())
                      .withValueSerde(topics.enriched.valueSerde())
                      .withNumberOfPartitions(1));
    }
    articles
        .process(
            () ->
                new DedupeProcessor(
                    config,
                    maxArticles,
                    stateStores,
                    held,
                    (events, receivedAt) -> {
                      for (CanonicalEvent event : events) {
                        count(event, created, updated, merged, closed);
                      }
                      latency.record(Duration.between(receivedAt, Instant.now()));
                    }),
            DedupeProcessor.EVENTS_STORE,
            DedupeProcessor.STATES_STORE)
        .to(
            topics.events.name(),
            Produced.with(topics.events.keySerde(), topics.events.valueSerde()));
    return builder.build();
  }

  /**
   * Heap per article held that the derived bound allows: the bench measured about 14 KiB live per
   * article (event records, clustering state, member vectors; 16 KiB while the states were also
   * kept as bytes in their store), and G1 wants half the heap free: at one per 20 KiB, 26,214
   * articles filled 420 of 512 MiB.
   */
  static final long HEAP_BYTES_PER_ARTICLE = 32 * 1024;

  /** The bound on articles held: the setting, or if it is 0 one per 32 KiB of the max heap. */
  static long maxArticles(long setting, long maxHeapBytes) {
    return setting > 0 ? setting : Math.max(1, maxHeapBytes / HEAP_BYTES_PER_ARTICLE);
  }

  private static void count(
      CanonicalEvent event, Counter created, Counter updated, Counter merged, Counter closed) {
    if (event.getStatus() == EventStatus.MERGED_INTO) {
      merged.increment();
    } else if (event.getStatus() == EventStatus.CLOSED) {
      closed.increment();
    } else if (event.getVersion() == 1) {
      created.increment();
    } else {
      updated.increment();
    }
  }
}
