package io.newsline.cli;

import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.RawArticle;
import io.newsline.dedupe.DedupeService;
import io.newsline.enrich.EnrichService;
import io.newsline.ingest.IngestService;
import io.newsline.ingest.input.ArticleReader;
import io.newsline.ingest.replay.ReplaySummary;
import io.newsline.ingest.replay.Replayer;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.config.Settings;
import io.newsline.runtime.streams.ServiceHost;
import io.newsline.runtime.streams.StreamsService;
import io.newsline.schemas.Topics;
import io.newsline.testkit.EmbeddedKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One complete run of the pipeline on some files, as demo and eval use it: a broker (embedded
 * unless the configuration names one), the three services in this process, a replay, a wait until
 * every service has consumed everything and no event changed for the settle time; returns the final
 * version of each event.
 */
final class PipelineRun {
  private static final Logger log = LoggerFactory.getLogger(PipelineRun.class);

  private PipelineRun() {}

  static Map<String, CanonicalEvent> run(
      NewslineConfig given, List<Path> inputs, Duration settle, Duration timeout) {
    boolean external = given.explicitValues().containsKey(Settings.BOOTSTRAP_SERVERS.key());
    EmbeddedKafka broker = external ? null : EmbeddedKafka.start();
    Path state;
    try {
      state = Files.createTempDirectory("newsline-run-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      // A fresh prefix per run on a shared cluster, so runs never mix.
      String run = external ? "run-" + UUID.randomUUID().toString().substring(0, 8) + "." : "";
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
      return run(config, inputs, settle, timeout, run);
    } finally {
      deleteQuietly(state);
      if (broker != null) {
        broker.close();
      }
    }
  }

  private static Map<String, CanonicalEvent> run(
      NewslineConfig config, List<Path> inputs, Duration settle, Duration timeout, String run) {
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
                    new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES),
                    Clock.systemUTC())
                .replay(inputs, 1, 0, (articles, bytes, skipped) -> {});
      }
      if (summary.articles() == 0) {
        // nothing would ever reach news.events: waiting for it to settle would wait out the timeout
        throw new IllegalArgumentException(
            "no articles in "
                + inputs
                + (summary.skipped().isEmpty()
                    ? ""
                    : ": skipped " + new TreeMap<>(summary.skipped())));
      }
      log.info(
          "replayed {} articles ({} skipped){}; waiting for the pipeline to settle",
          summary.articles(),
          summary.skippedTotal(),
          run.isEmpty() ? "" : " under topic prefix " + run);
      List<String> groups =
          services.stream()
              .map(s -> config.get(Settings.APPLICATION_ID_PREFIX) + s.name())
              .toList();
      return awaitEvents(config, topics, groups, settle, timeout);
    }
  }

  /** Reads news.events until every group has caught up and no event changed for {@code settle}. */
  private static Map<String, CanonicalEvent> awaitEvents(
      NewslineConfig config,
      Topics topics,
      List<String> groups,
      Duration settle,
      Duration timeout) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "newsline-run-reader-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    Map<String, CanonicalEvent> events = new LinkedHashMap<>();
    long deadline = System.nanoTime() + timeout.toNanos();
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
        if (System.nanoTime() - lastChange > settle.toNanos() && quiescence.lag(groups) == 0) {
          return events;
        }
      }
    }
    throw new IllegalStateException(
        "the pipeline did not settle within "
            + timeout.toSeconds()
            + " s ("
            + events.size()
            + " events so far)");
  }

  private static void deleteQuietly(Path directory) {
    try (var paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      log.debug("could not delete {}: {}", directory, e.toString());
    }
  }
}
