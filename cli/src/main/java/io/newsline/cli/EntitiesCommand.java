package io.newsline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsline.avro.EntityRecord;
import io.newsline.enrich.extract.EntityExtractor;
import io.newsline.enrich.extract.Mention;
import io.newsline.enrich.resolve.EntityResolver;
import io.newsline.enrich.resolve.Gazetteers;
import io.newsline.enrich.resolve.InMemoryEntityRegistry;
import io.newsline.enrich.resolve.KnownEntity;
import io.newsline.enrich.resolve.ResolvedEntity;
import io.newsline.enrich.stage.EnrichStage;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.config.Settings;
import io.newsline.runtime.streams.TopicAdmin;
import io.newsline.schemas.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsline entities}: extraction and resolution on files, and gazetteer loading. */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    subcommands = EntitiesCommand.Load.class,
    description = {
      "Find and resolve the entities of articles as they are (no boilerplate stripping), offsets"
          + " in Unicode code points into the text. Articles share one registry, so identities"
          + " carry across them.",
      "--json: one line per article: {\"id\",\"entities\":[{\"start\",\"end\",\"text\",\"type\","
          + "\"entityId\",\"name\"}]}."
    })
final class EntitiesCommand implements Callable<Integer> {
  @Mixin InputOptions input;

  @Option(names = "--json", description = "One JSON object per article.")
  boolean json;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    EntityExtractor extractor = EntityExtractor.create();
    EntityResolver resolver = new EntityResolver(new InMemoryEntityRegistry());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    input.forEach(
        err,
        article -> {
          List<ResolvedEntity> entities = resolver.resolve(extractor.extract(article.body()));
          if (json) {
            out.println(json(article.sourceId(), entities));
          } else {
            text(out, article.sourceId(), entities);
          }
        });
    out.flush();
    return 0;
  }

  private static String json(String id, List<ResolvedEntity> entities) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("id", id);
    ArrayNode array = node.putArray("entities");
    entities.stream()
        .flatMap(e -> e.mentions().stream().map(m -> Map.entry(m, e.entity())))
        .sorted(Comparator.comparingInt(e -> e.getKey().start()))
        .forEach(
            e ->
                array
                    .addObject()
                    .put("start", e.getKey().start())
                    .put("end", e.getKey().end())
                    .put("text", e.getKey().text())
                    .put("type", e.getValue().kind().name())
                    .put("entityId", e.getValue().entityId())
                    .put("name", e.getValue().name()));
    return node.toString();
  }

  private static void text(PrintWriter out, String id, List<ResolvedEntity> entities) {
    out.println("=== " + id);
    for (ResolvedEntity entity : entities) {
      KnownEntity known = entity.entity();
      out.printf(
          "%-13s %-32s %3d×  %s  [%s]%n",
          known.kind(),
          known.name(),
          entity.mentions().size(),
          entity.mentions().stream().map(Mention::text).distinct().toList(),
          known.entityId());
    }
    out.println();
  }

  /** {@code newsline entities load}: gazetteers into the registry topic. */
  @Command(
      name = "load",
      mixinStandardHelpOptions = true,
      description =
          "Load gazetteers into the entity registry (news.entities): GeoNames cities"
              + " (cities15000.txt or .zip) and first-level regions (admin1CodesASCII.txt),"
              + " mledoze countries.json.")
  static final class Load implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Option(names = "--geonames", paramLabel = "FILE", description = "GeoNames file; repeatable.")
    List<Path> geonames = new ArrayList<>();

    @Option(names = "--countries", paramLabel = "FILE", description = "mledoze countries.json.")
    Path countries;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      if (geonames.isEmpty() && countries == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "give --geonames FILE and/or --countries FILE");
      }
      Map<KnownEntity, String> entities = new java.util.LinkedHashMap<>();
      geonames.forEach(file -> Gazetteers.geonames(file).forEach(e -> entities.put(e, "geonames")));
      if (countries != null) {
        Gazetteers.countries(countries).forEach(e -> entities.put(e, "countries"));
      }
      NewslineConfig config = options.config();
      Topics topics = Topics.withPrefix(config.topicPrefix());
      TopicAdmin.ensureTopics(
          Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()),
          List.of(topics.entities),
          config.getInt(Settings.TOPIC_PARTITIONS),
          (short) config.getInt(Settings.TOPIC_REPLICATION));
      Properties props = new Properties();
      props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
      props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
      props.putAll(config.kafkaProperties());
      Instant now = Instant.now();
      try (KafkaProducer<String, EntityRecord> producer =
          new KafkaProducer<>(
              props,
              topics.entities.keySerde().serializer(),
              topics.entities.valueSerde().serializer())) {
        entities.forEach(
            (entity, source) -> {
              EntityRecord record = EnrichStage.record(entity, now);
              record.setSource(source);
              producer.send(
                  new ProducerRecord<>(topics.entities.name(), entity.entityId(), record));
            });
        producer.flush();
      }
      spec.commandLine()
          .getOut()
          .printf("loaded %d entities into %s%n", entities.size(), topics.entities.name());
      return 0;
    }
  }
}
