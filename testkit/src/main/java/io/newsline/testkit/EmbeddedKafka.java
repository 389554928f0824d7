package io.newsline.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft broker (broker and controller combined) in this JVM, built on Kafka's
 * own {@code KafkaClusterTestKit}. It speaks the real protocol on a loopback port, with
 * transactions, so exactly-once Streams apps run against it unchanged. Starts in about two seconds;
 * its log directories are deleted on {@link #close()}.
 */
public final class EmbeddedKafka implements KafkaCluster {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);

  /**
   * One node cannot hold three replicas: every internal topic gets replication factor 1 and min ISR
   * 1, and consumer groups start without the 3 s rebalance delay meant for big clusters.
   */
  static final Map<String, String> SINGLE_NODE_CONFIG =
      Map.of(
          "offsets.topic.replication.factor", "1",
          "offsets.topic.num.partitions", "5",
          "transaction.state.log.replication.factor", "1",
          "transaction.state.log.min.isr", "1",
          "transaction.state.log.num.partitions", "5",
          "share.coordinator.state.topic.replication.factor", "1",
          "share.coordinator.state.topic.min.isr", "1",
          "group.initial.rebalance.delay.ms", "0",
          "auto.create.topics.enable", "false",
          "log.flush.interval.messages", Long.toString(Long.MAX_VALUE));

  private final KafkaClusterTestKit cluster;
  private final String fixedBootstrapServers;
  private final Path ownDirectory;

  private EmbeddedKafka(
      KafkaClusterTestKit cluster, String fixedBootstrapServers, Path ownDirectory) {
    this.cluster = cluster;
    this.fixedBootstrapServers = fixedBootstrapServers;
    this.ownDirectory = ownDirectory;
  }

  /** Starts a broker on a free port in a fresh temporary directory. */
  public static EmbeddedKafka start() {
    return start(null, Map.of());
  }

  /**
   * Starts a broker whose clients connect on {@code port} (0 = a free port).
   *
   * @param baseDirectory where to keep its logs (kept on close; a later start on the same directory
   *     comes back with the same data), or null for a temporary directory deleted on close
   */
  public static EmbeddedKafka start(Path baseDirectory, int port) {
    if (port == 0) {
      return start(baseDirectory, Map.of());
    }
    // The test kit pre-binds a random port for each listener it names (EXTERNAL, CONTROLLER).
    // A client listener under another name, CLIENTS, is bound by Kafka itself on the requested
    // port; the controller keeps its pre-bound port.
    return start(
        baseDirectory,
        Map.of(
            "listeners",
            "CLIENTS://localhost:" + port + ",CONTROLLER://localhost:0",
            "listener.security.protocol.map",
            "CLIENTS:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "inter.broker.listener.name",
            "CLIENTS"),
        "localhost:" + port);
  }

  /**
   * Starts a broker.
   *
   * @param baseDirectory where to keep its logs, or null for a temporary directory
   * @param extraConfig broker settings added to (and overriding) the single-node defaults
   */
  public static EmbeddedKafka start(Path baseDirectory, Map<String, String> extraConfig) {
    return start(baseDirectory, extraConfig, null);
  }

  private static EmbeddedKafka start(
      Path baseDirectory, Map<String, String> extraConfig, String fixedBootstrapServers) {
    long started = System.nanoTime();
    TestKitNodes.Builder nodes =
        new TestKitNodes.Builder()
            .setCombined(true)
            .setNumBrokerNodes(1)
            .setNumControllerNodes(1)
            .setBootstrapMetadataVersion(MetadataVersion.latestProduction());
    // Our own directory, deleted by close(): the test kit's default temp directory is deleted by a
    // JVM shutdown hook that races the broker's own shutdown and floods the log with IO errors.
    Path directory;
    try {
      directory =
          baseDirectory != null ? baseDirectory : Files.createTempDirectory("newsline-kafka-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the broker's directory", e);
    }
    nodes.setBaseDirectory(directory);
    // A kept directory is reused on the next start: same cluster id, formatted only once, so a
    // restarted broker comes back with its topics, offsets and transactions.
    Path clusterIdFile = directory.resolve("cluster.id");
    boolean formatted = baseDirectory != null && Files.exists(clusterIdFile);
    try {
      if (!formatted) {
        Files.createDirectories(directory);
        Files.writeString(clusterIdFile, Uuid.randomUuid().toString());
      }
      nodes.setClusterId(Files.readString(clusterIdFile).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the broker's cluster id in " + directory, e);
    }
    KafkaClusterTestKit cluster = null;
    try {
      KafkaClusterTestKit.Builder builder =
          new KafkaClusterTestKit.Builder(nodes.build()).setDeleteOnClose(false);
      SINGLE_NODE_CONFIG.forEach(builder::setConfigProp);
      extraConfig.forEach(builder::setConfigProp);
      cluster = builder.build();
      if (!formatted) {
        formatKeepingStdoutClean(cluster);
      }
      cluster.startup();
      cluster.waitForReadyBrokers();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly(cluster);
      throw new IllegalStateException("interrupted while starting the embedded broker", e);
    } catch (Exception e) {
      closeQuietly(cluster);
      throw new IllegalStateException("cannot start the embedded Kafka broker: " + e, e);
    }
    EmbeddedKafka kafka =
        new EmbeddedKafka(cluster, fixedBootstrapServers, baseDirectory == null ? directory : null);
    log.info(
        "embedded Kafka broker ready at {} in {} ms",
        kafka.bootstrapServers(),
        (System.nanoTime() - started) / 1_000_000);
    return kafka;
  }

  /**
   * Kafka's storage formatter prints to System.out; newsline keeps stdout for results (a broker's
   * address, JSON lines), so its chatter goes to stderr.
   */
  private static void formatKeepingStdoutClean(KafkaClusterTestKit cluster) throws Exception {
    synchronized (System.class) {
      java.io.PrintStream stdout = System.out;
      System.setOut(System.err);
      try {
        cluster.format();
      } finally {
        System.setOut(stdout);
      }
    }
  }

  @Override
  public String bootstrapServers() {
    return fixedBootstrapServers != null ? fixedBootstrapServers : cluster.bootstrapServers();
  }

  @Override
  public String kind() {
    return "embedded";
  }

  @Override
  public synchronized void close() {
    closeQuietly(cluster);
    if (ownDirectory != null) {
      deleteRecursively(ownDirectory);
    }
  }

  private static void deleteRecursively(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      log.warn("could not delete {}: {}", directory, e.toString());
    }
  }

  private static void closeQuietly(KafkaClusterTestKit cluster) {
    if (cluster == null) {
      return;
    }
    try {
      cluster.close();
    } catch (Exception e) {
      log.warn("embedded broker did not shut down cleanly: {}", e.toString());
    }
  }
}
