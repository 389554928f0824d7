package io.newsline.enrich;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.newsline.avro.EntityRecord;
import io.newsline.enrich.extract.EntityExtractor;
import io.newsline.enrich.resolve.EntityRegistry;
import io.newsline.enrich.resolve.InMemoryEntityRegistry;
import io.newsline.enrich.stage.EnrichStage;
import io.newsline.runtime.config.Settings;
import io.newsline.runtime.metrics.MetricNames;
import io.newsline.runtime.streams.ServiceContext;
import io.newsline.runtime.streams.StreamsService;
import io.newsline.schemas.Topics;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * enrich-service: news.clean → news.enriched, resolving entities against the registry on
 * news.entities (a global store, so every instance sees every identity) and publishing the
 * identities it creates or grows back to news.entities.
 */
public final class EnrichService implements StreamsService {
  public static final String NAME = "enrich";

  /** The global store mirroring news.entities. */
  static final String REGISTRY_STORE = "entity-registry";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Topology buildTopology(ServiceContext context) {
    InMemoryEntityRegistry registry =
        new InMemoryEntityRegistry(context.config().getInt(Settings.ENRICH_REGISTRY_MAX_ENTITIES));
    Gauge.builder(MetricNames.REGISTRY_ENTITIES, registry, InMemoryEntityRegistry::size)
        .tags(context.tags())
        .register(context.meters());
    FunctionCounter.builder(
            MetricNames.REGISTRY_EVICTIONS, registry, InMemoryEntityRegistry::evictions)
        .tags(context.tags())
        .register(context.meters());
    return buildTopology(context, EntityExtractor.create(), registry);
  }

  /** The topology, from a context, an extractor and the registry resolution reads. */
  public static Topology buildTopology(
      ServiceContext context, EntityExtractor extractor, EntityRegistry registry) {
    Topics topics = context.topics();
    EnrichStage stage = new EnrichStage(extractor, registry);
    Counter in = context.counter(MetricNames.RECORDS_IN);
    Counter out = context.counter(MetricNames.RECORDS_OUT);
    Timer duration =
        Timer.builder(MetricNames.STAGE_DURATION).tags(context.tags()).register(context.meters());
    DistributionSummary perArticle =
        DistributionSummary.builder(MetricNames.ENTITIES_PER_ARTICLE)
            .tags(context.tags())
            .register(context.meters());

    RegistryLoad load = new RegistryLoad(registry);
    StreamsBuilder builder = new StreamsBuilder();
    // On disk, not on the heap: it holds every entity ever published, while the registry that
    // resolution reads keeps only the recently seen ones.
    builder.addGlobalStore(
        Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(REGISTRY_STORE),
                topics.entities.keySerde(),
                topics.entities.valueSerde())
            .withLoggingDisabled(),
        topics.entities.name(),
        // bytes: RegistryUpdater decodes them, so that a bad record is a dead letter, not a stop
        Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()),
        () -> new RegistryUpdater(REGISTRY_STORE, topics.entities, load));

    KStream<String, EnrichStage.Result> results =
        context.stream(builder, topics.clean)
            .processValues(
                () -> new RegistryLoad.OnStart<>(load, REGISTRY_STORE), Named.as("load-registry"))
            .peek((key, clean) -> in.increment())
            .mapValues(
                clean -> {
                  long started = System.nanoTime();
                  EnrichStage.Result result = stage.process(clean, Instant.now());
                  duration.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                  perArticle.record(result.enriched().getEntities().size());
                  return result;
                });
    results
        .mapValues(EnrichStage.Result::enriched)
        .peek((key, enriched) -> out.increment())
        .to(
            topics.enriched.name(),
            Produced.with(topics.enriched.keySerde(), topics.enriched.valueSerde()));
    results
        .flatMap(
            (key, result) ->
                result.changed().stream()
                    .map(entity -> KeyValue.pair(entity.getEntityId(), entity))
                    .toList())
        .to(
            topics.entities.name(),
            Produced.<String, EntityRecord>with(
                topics.entities.keySerde(), topics.entities.valueSerde()));
    return builder.build();
  }
}
