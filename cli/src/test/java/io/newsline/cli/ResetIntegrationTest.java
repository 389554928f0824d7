package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsline.ingest.IngestService;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.streams.ServiceHost;
import io.newsline.runtime.testing.IsolatedRun;
import io.newsline.testkit.KafkaCluster;
import io.newsline.testkit.KafkaExtension;
import io.newsline.testkit.TopicClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Reset makes a stopped service reprocess its whole input when it starts again. */
@ExtendWith(KafkaExtension.class)
class ResetIntegrationTest {
  private final CliRun cli = new CliRun();

  @Test
  void aResetServiceReprocessesItsInput(KafkaCluster kafka, @TempDir Path state) {
    IsolatedRun isolated = IsolatedRun.on(kafka, state, "reset");
    String run = isolated.prefix();
    NewslineConfig config = isolated.config();
    String[] settings = {
      "--bootstrap-servers", kafka.bootstrapServers(),
      "--set", "topic.prefix=" + run,
      "--set", "application.id.prefix=" + run,
      "--set", "state.dir=" + state
    };
    TopicClient client = new TopicClient(kafka);
    assertThat(cli.run(concat(new String[] {"replay", "../seeds"}, settings)))
        .as(cli.err())
        .isZero();

    try (ServiceHost first = ServiceHost.start(config, List.of(new IngestService()))) {
      await().until(first::isReady);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> client.read(run + "news.clean", 5, Duration.ofSeconds(2)).size() == 5);
    }

    assertThat(cli.run(concat(new String[] {"reset", "ingest"}, settings))).as(cli.err()).isZero();
    assertThat(cli.out()).contains("3 input partitions rewound").contains(run + "news.raw");

    try (ServiceHost again = ServiceHost.start(config, List.of(new IngestService()))) {
      await().until(again::isReady);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> client.read(run + "news.clean", 10, Duration.ofSeconds(2)).size() == 10);
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
