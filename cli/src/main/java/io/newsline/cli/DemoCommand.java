package io.newsline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.EventArticle;
import io.newsline.avro.RawArticle;
import io.newsline.dedupe.DedupeService;
import io.newsline.enrich.EnrichService;
import io.newsline.ingest.IngestService;
import io.newsline.ingest.replay.ReplaySummary;
import io.newsline.ingest.replay.Replayer;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.config.Settings;
import io.newsline.runtime.streams.ServiceHost;
import io.newsline.runtime.streams.StreamsService;
import io.newsline.schemas.RecordJson;
import io.newsline.schemas.Topics;
import io.newsline.testkit.EmbeddedKafka;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsline demo}: the whole pipeline on some files, then the events it made. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the whole pipeline once: a broker (embedded unless --bootstrap-servers), the three"
          + " services in this process, a replay of PATH (default: seeds/), a wait until every"
          + " service has consumed everything and no event changed for a while, then the final"
          + " version of each canonical event.",
      "Default output: a table. --json: one JSON object per event, with its members' sourceIds."
    })
final class DemoCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(DemoCommand.class);

  @Mixin ConfigOptions options;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Inputs (default: seeds/).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--json", description = "One JSON object per event.")
  boolean json;

  @Option(
      names = "--settle",
      paramLabel = "SECONDS",
      defaultValue = "3",
      description =
          "Quiet time without new events before the result is final (default: ${DEFAULT-VALUE}).")
  long settleSeconds;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "600",
      description = "Give up after this long (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<Path> inputs = paths.isEmpty() ? List.of(Path.of("seeds")) : paths;
    NewslineConfig given = options.config();
    boolean external = given.explicitValues().containsKey(Settings.BOOTSTRAP_SERVERS.key());
    EmbeddedKafka broker = external ? null : EmbeddedKafka.start();
    Path state = Files.createTempDirectory("newsline-demo-");
    try {
      // A fresh prefix per run, so a demo never mixes with earlier runs on the same cluster.
      String run = external ? "demo-" + UUID.randomUUID().toString().substring(0, 8) + "." : "";
      NewslineConfig config =
          given
              .with(
                  Settings.BOOTSTRAP_SERVERS,
                  external ? given.bootstrapServers() : broker.bootstrapServers())
              .with(Settings.TOPIC_PREFIX, given.topicPrefix() + run)
              .with(Settings.APPLICATION_ID_PREFIX, given.get(Settings.APPLICATION_ID_PREFIX) + run)
              .with(Settings.STATE_DIR, state.toString())
              .with(
                  Settings.METRICS_PORT,
                  given.explicitValues().getOrDefault(Settings.METRICS_PORT.key(), "-1"));
      return runPipeline(config, inputs);
    } finally {
      deleteQuietly(state);
      if (broker != null) {
        broker.close();
      }
    }
  }

  private int runPipeline(NewslineConfig config, List<Path> inputs) {
    List<StreamsService> services =
        List.of(new IngestService(), new EnrichService(), new DedupeService());
    Topics topics = Topics.withPrefix(config.topicPrefix());
    try (ServiceHost host = ServiceHost.start(config, services)) {
      ReplaySummary summary;
      try (Producer<String, RawArticle> producer =
          Replayer.producer(config.bootstrapServers(), topics.raw, config.kafkaProperties())) {
        summary =
            new Replayer(
                    producer,
                    topics.raw,
                    new io.newsline.ingest.input.ArticleReader(1 << 20),
                    Clock.systemUTC())
                .replay(inputs, 1, 0, (articles, bytes, skipped) -> {});
      }
      log.info(
          "replayed {} articles ({} skipped); waiting for the pipeline",
          summary.articles(),
          summary.skippedTotal());
      Map<String, CanonicalEvent> events = awaitEvents(config, topics, services);
      print(events.values());
      return 0;
    }
  }

  /**
   * Reads news.events until every service has caught up and no event changed for the settle time.
   */
  private Map<String, CanonicalEvent> awaitEvents(
      NewslineConfig config, Topics topics, List<StreamsService> services) {
    List<String> groups =
        services.stream().map(s -> config.get(Settings.APPLICATION_ID_PREFIX) + s.name()).toList();
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "newsline-demo-reader-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    Map<String, CanonicalEvent> events = new LinkedHashMap<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
    try (KafkaConsumer<String, CanonicalEvent> consumer =
            new KafkaConsumer<>(
                props,
                topics.events.keySerde().deserializer(),
                topics.events.valueSerde().deserializer());
        Admin admin =
            Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()))) {
      consumer.subscribe(List.of(topics.events.name()));
      Quiescence quiescence = new Quiescence(admin);
      long lastChange = System.nanoTime();
      while (System.nanoTime() < deadline) {
        var records = consumer.poll(Duration.ofMillis(250));
        if (!records.isEmpty()) {
          records.forEach(r -> events.put(r.key(), r.value()));
          lastChange = System.nanoTime();
          continue;
        }
        boolean settled =
            System.nanoTime() - lastChange > Duration.ofSeconds(settleSeconds).toNanos();
        if (settled && quiescence.lag(groups) == 0) {
          return events;
        }
      }
    }
    throw new IllegalStateException(
        "the pipeline did not settle within "
            + timeoutSeconds
            + " s ("
            + events.size()
            + " events so far)");
  }

  private void print(java.util.Collection<CanonicalEvent> events) {
    PrintWriter out = spec.commandLine().getOut();
    List<CanonicalEvent> ordered = new ArrayList<>(events);
    ordered.sort(
        Comparator.comparing(CanonicalEvent::getFirstSeen)
            .thenComparing(CanonicalEvent::getEventId));
    if (json) {
      for (CanonicalEvent event : ordered) {
        ObjectNode node = (ObjectNode) RecordJson.of(event);
        node.putPOJO(
            "sourceIds", event.getArticles().stream().map(EventArticle::getSourceId).toList());
        out.println(node);
      }
    } else {
      out.printf("%d events%n%n", ordered.size());
      for (CanonicalEvent event : ordered) {
        out.printf(
            "%s  v%d  %s  %d article%s%n  %s%n",
            event.getEventId(),
            event.getVersion(),
            event.getStatus(),
            event.getArticles().size(),
            event.getArticles().size() == 1 ? "" : "s",
            event.getHeadline());
        for (EventArticle article : event.getArticles()) {
          out.printf(
              "    %-15s %-24s %.2f  %s%n",
              article.getRelation(),
              article.getSourceId(),
              article.getSimilarity(),
              article.getTitle() == null ? "" : article.getTitle());
        }
        out.println();
      }
    }
    out.flush();
  }

  private static void deleteQuietly(Path directory) {
    try (var paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      log.debug("could not delete {}: {}", directory, e.toString());
    }
  }
}
