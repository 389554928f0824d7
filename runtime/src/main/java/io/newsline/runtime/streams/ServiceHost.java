package io.newsline.runtime.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.config.Settings;
import io.newsline.runtime.deadletter.DeadLetterDeserializationHandler;
import io.newsline.runtime.deadletter.DeadLetterProcessingHandler;
import io.newsline.runtime.deadletter.DeadLetterProductionHandler;
import io.newsline.runtime.deadletter.DeadLetters;
import io.newsline.runtime.deadletter.GlobalDeadLetters;
import io.newsline.runtime.http.OpsServer;
import io.newsline.runtime.metrics.MetricNames;
import io.newsline.runtime.metrics.Metrics;
import io.newsline.schemas.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one or more services in this process: creates the pipeline topics, starts one Kafka Streams
 * instance per service with exactly-once v2 and dead letters wired in, serves the HTTP endpoint,
 * and shuts everything down cleanly on {@link #close()} (the CLI calls it on SIGTERM).
 */
public final class ServiceHost implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ServiceHost.class);

  private final NewslineConfig config;
  private final Metrics metrics;
  private final List<Running> running = new ArrayList<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private OpsServer ops;

  /** One started service. */
  private record Running(
      StreamsService service,
      Topology topology,
      KafkaStreams streams,
      KafkaStreamsMetrics meters,
      GlobalDeadLetters globalDeadLetters) {}

  private ServiceHost(NewslineConfig config, Metrics metrics) {
    this.config = config;
    this.metrics = metrics;
  }

  /** Starts the services; returns once they are started (not necessarily RUNNING yet). */
  public static ServiceHost start(NewslineConfig config, List<StreamsService> services) {
    Metrics metrics = new Metrics(services.stream().map(StreamsService::name).toList());
    ServiceHost host = new ServiceHost(config, metrics);
    try {
      host.startAll(services);
      return host;
    } catch (RuntimeException e) {
      host.close();
      throw e;
    }
  }

  private void startAll(List<StreamsService> services) {
    Topics topics = Topics.withPrefix(config.topicPrefix());
    Map<String, Integer> partitions =
        TopicAdmin.ensureTopics(
            Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()),
            topics.all(),
            config.getInt(Settings.TOPIC_PARTITIONS),
            (short) config.getInt(Settings.TOPIC_REPLICATION));
    for (StreamsService service : services) {
      ServiceContext context =
          new ServiceContext(service.name(), config, topics, metrics.registry(), partitions);
      Topology topology = service.buildTopology(context);
      DeadLetters.CAUSES.forEach(
          cause -> DeadLetters.counter(metrics.registry(), service.name(), cause));
      Properties properties = streamsProperties(config, service.name(), topics);
      properties.put(DeadLetters.METERS_CONFIG, metrics.registry());
      GlobalDeadLetters globalDeadLetters = GlobalDeadLetters.of(properties);
      properties.put(GlobalDeadLetters.CONFIG, globalDeadLetters);
      KafkaStreams streams = new KafkaStreams(topology, properties);
      Counter replaced =
          Counter.builder(MetricNames.THREADS_REPLACED)
              .description("Stream threads replaced after an uncaught exception")
              .tags(context.tags())
              .register(metrics.registry());
      streams.setUncaughtExceptionHandler(
          new ThreadReplacementPolicy(service.name(), replaced, Clock.systemUTC()));
      streams.setStateListener(
          (newState, oldState) -> {
            log.info("{}: {} -> {}", service.name(), oldState, newState);
            if (newState == KafkaStreams.State.ERROR) {
              stopped.countDown();
            }
          });
      KafkaStreamsMetrics meters = new KafkaStreamsMetrics(streams, context.tags());
      meters.bindTo(metrics.thirdPartyRegistry());
      running.add(new Running(service, topology, streams, meters, globalDeadLetters));
      streams.start();
      log.info(
          "{} started as {} on {}",
          service.name(),
          properties.get(StreamsConfig.APPLICATION_ID_CONFIG),
          config.bootstrapServers());
    }
    int port = config.getInt(Settings.METRICS_PORT);
    if (port >= 0) {
      ops = OpsServer.start(port, new HostProbe());
    }
  }

  /**
   * Streams commit.interval.ms of every service: how often a service commits while it is behind
   * (see {@link #streamsProperties} and {@link CommitPacer}).
   */
  public static final int DEFAULT_COMMIT_INTERVAL_MS = 200;

  /** Producer retry.backoff.ms of every service (see {@link #streamsProperties}). */
  public static final int DEFAULT_PRODUCER_RETRY_BACKOFF_MS = 10;

  /** Producer batch.size of every service (see {@link #streamsProperties}). */
  public static final int DEFAULT_BATCH_BYTES = 256 * 1024;

  /**
   * The Kafka Streams properties of one service: the same for the real run and for
   * TopologyTestDriver tests, so tests exercise the real dead-letter handling.
   */
  public static Properties streamsProperties(
      NewslineConfig config, String serviceName, Topics topics) {
    Properties p = new Properties();
    p.put(
        StreamsConfig.APPLICATION_ID_CONFIG,
        config.get(Settings.APPLICATION_ID_PREFIX) + serviceName);
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.STATE_DIR_CONFIG, config.get(Settings.STATE_DIR));
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.getInt(Settings.STREAM_THREADS));
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, config.getInt(Settings.TOPIC_REPLICATION));
    p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.dlq.name());
    p.put(
        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetterDeserializationHandler.class);
    p.put(
        StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    // Streams 4.3 builds its partition assignor's StreamsConfig from the main consumer's settings
    // alone and warns that the global handler is off: this copy there keeps that warning from
    // telling operators to enable what is enabled.
    p.put(
        StreamsConfig.mainConsumerPrefix(
            StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG),
        true);
    p.put(
        StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
    p.put(DeadLetters.STAGE_CONFIG, serviceName);
    // Articles are kilobytes of text: compression roughly halves what the broker writes and serves
    // for every hop, changelogs included, at little CPU. Snappy, not lz4: on distinct articles they
    // compress alike (five seeds: 1.76x and 1.74x), but Kafka gives every lz4 batch a fresh 64 KB
    // block buffer and as much again for its output, where snappy-java reuses its buffers. With a
    // batch per partition per 25 ms commit, lz4's buffers were 9% of enrich's allocation (JFR);
    // snappy cut allocation at 200 articles/s by 7% in enrich, 20% in dedupe and 25% in ingest, at
    // the same CPU (docs/BENCHMARKS.md). A kafka.compression.type setting overrides it.
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "snappy");
    // The broker validates and stores batch by batch. At the default batch.size of 16 KB a batch
    // held two articles (and, with lz4 as it was then, its buffers were a quarter of enrich's
    // allocation). 256 KB holds what a partition gets between two commits, so the commit cuts the
    // batches, not their size (bench: 418 -> 481 articles/s, CPU per article 4.4 -> 3.7 ms;
    // docs/BENCHMARKS.md). Batch buffers come from the producer's pool (buffer.memory, 32 MB): one
    // per partition written, so lower it with kafka.batch.size when a service writes to a hundred
    // partitions.
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, DEFAULT_BATCH_BYTES);
    // Under exactly-once a record is visible downstream only once its transaction commits, so an
    // article waits for a commit at every hop (three of them to news.events). A service that keeps
    // up asks for a commit every commit.live.interval.ms (25: at 200 articles/s a p50 of 60-70
    // ms at news.events); this interval is the one of a service that is behind
    // (CommitPacer): 200 ms, fewer and larger transactions, 13-17% more throughput than
    // committing every 25 ms (docs/BENCHMARKS.md).
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, DEFAULT_COMMIT_INTERVAL_MS);
    // A transaction begun right after a commit can find the previous one still completing at the
    // broker (CONCURRENT_TRANSACTIONS); the producer then retries after retry.backoff.ms, 100 ms by
    // default, and the service stalls that long. Paced commits (above) and Streams' own interval
    // commit now and then fall a few ms apart: at 200 articles/s that made news.clean's p99 130-156
    // ms against 47 with a 10 ms backoff (docs/BENCHMARKS.md). Retries back off exponentially from
    // there (retry.backoff.max.ms), so a broker failover is not hammered.
    p.put(
        StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MS_CONFIG),
        DEFAULT_PRODUCER_RETRY_BACKOFF_MS);
    p.putAll(config.kafkaProperties());
    return p;
  }

  /** The HTTP port actually bound, or -1 when the endpoint is off. */
  public int httpPort() {
    return ops == null ? -1 : ops.port();
  }

  /** Whether every service is RUNNING. */
  public boolean isReady() {
    return !running.isEmpty()
        && running.stream().allMatch(r -> r.streams().state() == KafkaStreams.State.RUNNING);
  }

  /** The process's meters, for stage counters and for tests. */
  public Metrics metrics() {
    return metrics;
  }

  /**
   * Blocks until {@link #close()} is called or a service fails for good; returns true when a
   * service failed.
   */
  public boolean awaitTermination() throws InterruptedException {
    stopped.await();
    return running.stream().anyMatch(r -> r.streams().state() == KafkaStreams.State.ERROR);
  }

  /** Waits up to {@code timeout} for every service to be RUNNING. */
  public boolean awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!isReady()) {
      if (System.nanoTime() > deadline || stopped.await(50, TimeUnit.MILLISECONDS)) {
        return isReady();
      }
    }
    return true;
  }

  @Override
  public void close() {
    Duration timeout = Duration.ofMillis(config.getLong(Settings.SHUTDOWN_TIMEOUT_MS));
    for (Running r : running) {
      r.meters().close();
      // Leave the group on a deliberate stop: an operator can reset or rescale right away
      // instead of waiting out the session timeout.
      if (!r.streams()
          .close(
              CloseOptions.groupMembershipOperation(
                      CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                  .withTimeout(timeout))) {
        log.warn("{} did not close within {}", r.service().name(), timeout);
      }
      r.globalDeadLetters().close();
    }
    if (ops != null) {
      ops.close();
    }
    metrics.close();
    stopped.countDown();
  }

  /** What the HTTP endpoint reports. */
  private final class HostProbe implements OpsServer.Probe {
    @Override
    public String metrics() {
      return metrics.scrape();
    }

    @Override
    public OpsServer.HealthStatus liveness() {
      boolean alive =
          running.stream()
              .noneMatch(
                  r ->
                      r.streams().state() == KafkaStreams.State.ERROR
                          || r.streams().state() == KafkaStreams.State.PENDING_ERROR);
      return new OpsServer.HealthStatus(alive, states());
    }

    @Override
    public OpsServer.HealthStatus readiness() {
      return new OpsServer.HealthStatus(isReady(), states());
    }

    @Override
    public String topology() {
      return running.stream()
          .map(r -> "# " + r.service().name() + "\n" + r.topology().describe())
          .collect(Collectors.joining("\n"));
    }

    private String states() {
      return running.stream()
          .map(r -> r.service().name() + " " + r.streams().state() + "\n")
          .collect(Collectors.joining());
    }
  }
}
