package io.newsline.runtime.config;

import java.nio.file.Path;
import java.util.List;

/** Every newsline setting, in the order the README's configuration table lists them. */
public final class Settings {
  public static final Setting BOOTSTRAP_SERVERS =
      new Setting("bootstrap.servers", "localhost:9092", "Kafka cluster to connect to.");
  public static final Setting TOPIC_PREFIX =
      new Setting(
          "topic.prefix",
          "",
          "Prefix of every pipeline topic name (e.g. staging. for staging.news.raw).");
  public static final Setting TOPIC_PARTITIONS =
      new Setting(
          "topic.partitions",
          "3",
          "Partitions of the pipeline topics created at start (news.enriched always gets one).");
  public static final Setting TOPIC_REPLICATION =
      new Setting(
          "topic.replication.factor",
          "1",
          "Replication factor of created topics and of Kafka Streams' internal topics.");
  public static final Setting APPLICATION_ID_PREFIX =
      new Setting(
          "application.id.prefix",
          "newsline-",
          "Kafka Streams application.id of a service = this prefix + service name.");
  public static final Setting STATE_DIR =
      new Setting(
          "state.dir",
          Path.of(System.getProperty("java.io.tmpdir"), "newsline-state").toString(),
          "Directory of the services' local state stores.");
  public static final Setting STREAM_THREADS =
      new Setting("stream.threads", "1", "Kafka Streams threads per service.");
  public static final Setting METRICS_PORT =
      new Setting(
          "metrics.port",
          "9400",
          "Port of the HTTP endpoint (/metrics, /health/live, /health/ready, /topology); 0 picks a free port.");
  public static final Setting SHUTDOWN_TIMEOUT_MS =
      new Setting(
          "shutdown.timeout.ms",
          "30000",
          "How long a service may take to close cleanly on SIGTERM.");
  public static final Setting COMMIT_LIVE_INTERVAL_MS =
      new Setting(
          "commit.live.interval.ms",
          "25",
          "How often a service commits while it keeps up (its newest input younger than"
              + " commit.behind.ms): under exactly-once an article waits for a commit at each hop."
              + " Behind, it commits every kafka.commit.interval.ms. 0 = always that interval.");
  public static final Setting COMMIT_BEHIND_MS =
      new Setting(
          "commit.behind.ms",
          "1000",
          "A service whose newest input is older than this (by record timestamp) is behind: it"
              + " commits only every kafka.commit.interval.ms, in fewer and larger transactions.");

  public static final Setting INGEST_RULES_FILE =
      new Setting(
          "ingest.rules.file",
          "",
          "Boilerplate rule file replacing the built-in rules (see ingest-service/README.md); empty = built-in.");
  public static final Setting INGEST_MAX_BODY_BYTES =
      new Setting(
          "ingest.max.body.bytes",
          "1048576",
          "Raw articles with a larger body (UTF-8 bytes) go to the dead letters.");

  public static final Setting ENRICH_REGISTRY_MAX_ENTITIES =
      new Setting(
          "enrich.registry.max.entities",
          "150000",
          "Entities enrich keeps in memory for resolution; beyond it the least recently seen are"
              + " forgotten (they stay on news.entities; their ids are derived from names, so a"
              + " forgotten entity seen again under its canonical name gets the same id).");
  public static final Setting DEDUPE_RETENTION_MS =
      new Setting(
          "dedupe.retention.ms",
          Long.toString(7L * 24 * 3600 * 1000),
          "Events idle longer than this (in event time) are closed and evicted from dedupe's state.");
  public static final Setting DEDUPE_MAX_ARTICLES =
      new Setting(
          "dedupe.max.articles",
          "0",
          "Articles (members of all events) dedupe holds in memory; beyond it the least recently"
              + " updated events are closed before their retention ends. 0: one per 32 KiB of the"
              + " JVM's max heap (16,384 with -Xmx512m).");

  /** Settings in table order. */
  public static final List<Setting> ALL =
      List.of(
          BOOTSTRAP_SERVERS,
          TOPIC_PREFIX,
          TOPIC_PARTITIONS,
          TOPIC_REPLICATION,
          APPLICATION_ID_PREFIX,
          STATE_DIR,
          STREAM_THREADS,
          METRICS_PORT,
          SHUTDOWN_TIMEOUT_MS,
          COMMIT_LIVE_INTERVAL_MS,
          COMMIT_BEHIND_MS,
          INGEST_RULES_FILE,
          INGEST_MAX_BODY_BYTES,
          ENRICH_REGISTRY_MAX_ENTITIES,
          DEDUPE_RETENTION_MS,
          DEDUPE_MAX_ARTICLES);

  private Settings() {}
}
