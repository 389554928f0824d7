package io.newsline.runtime.testing;

import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.config.Settings;
import io.newsline.schemas.Topics;
import io.newsline.testkit.KafkaCluster;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Settings for one integration test on a shared broker: its own topic and application-id prefix, so
 * tests never see each other's records, its own state directory, no HTTP endpoint unless asked.
 *
 * @param prefix the run's unique prefix, e.g. {@code ingest1a2b3c4d.}
 * @param config the configuration to start services with
 */
public record IsolatedRun(String prefix, NewslineConfig config) {
  public static IsolatedRun on(KafkaCluster kafka, Path stateDir, String name) {
    return on(kafka, stateDir, name, -1);
  }

  /**
   * As {@link #on(KafkaCluster, Path, String)}, with the HTTP endpoint on {@code metricsPort} and
   * more settings as command-line flags ({@code key=value}, e.g. {@code kafka.linger.ms=5}).
   */
  public static IsolatedRun on(
      KafkaCluster kafka, Path stateDir, String name, int metricsPort, String... flags) {
    String prefix = name + UUID.randomUUID().toString().substring(0, 8) + ".";
    NewslineConfig.Builder config =
        NewslineConfig.builder()
            .flag(Settings.BOOTSTRAP_SERVERS, kafka.bootstrapServers())
            .flag(Settings.TOPIC_PREFIX, prefix)
            .flag(Settings.APPLICATION_ID_PREFIX, prefix)
            .flag(Settings.STATE_DIR, stateDir)
            .flag(Settings.METRICS_PORT, metricsPort);
    for (String flag : flags) {
      config.flag(flag);
    }
    return new IsolatedRun(prefix, config.build());
  }

  public Topics topics() {
    return Topics.withPrefix(prefix);
  }
}
