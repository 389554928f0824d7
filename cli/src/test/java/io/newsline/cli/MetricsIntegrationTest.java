package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.http.PrometheusText;
import io.newsline.runtime.streams.ServiceHost;
import io.newsline.runtime.streams.StreamsService;
import io.newsline.runtime.testing.IsolatedRun;
import io.newsline.testkit.KafkaCluster;
import io.newsline.testkit.KafkaExtension;
import io.newsline.testkit.TopicClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What the three services export, after the seeds went through, is what the dashboard reads. */
@ExtendWith(KafkaExtension.class)
class MetricsIntegrationTest {
  @Test
  void everyDashboardMetricIsExported(KafkaCluster kafka, @TempDir Path state) throws Exception {
    IsolatedRun isolated = IsolatedRun.on(kafka, state, "metrics", 0);
    String run = isolated.prefix();
    NewslineConfig config = isolated.config();
    List<StreamsService> services =
        RunCommand.SERVICES.values().stream().map(s -> s.get()).toList();
    CliRun cli = new CliRun();

    try (ServiceHost host = ServiceHost.start(config, services)) {
      await().atMost(Duration.ofSeconds(60)).until(host::isReady);
      cli.run(
          "replay",
          "../seeds",
          "--bootstrap-servers",
          kafka.bootstrapServers(),
          "--set",
          "topic.prefix=" + run);
      assertThat(new TopicClient(kafka).read(run + "news.events", 1, Duration.ofSeconds(60)))
          .isNotEmpty();

      String body =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + host.httpPort() + "/metrics"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Set<String> exported = new TreeSet<>();
      PrometheusText.parse(body)
          .keySet()
          .forEach(sample -> exported.add(sample.replaceAll("\\{.*", "")));

      assertThat(exported).containsAll(DeploymentTest.dashboardMetrics());
      for (String service : RunCommand.SERVICES.keySet()) {
        assertThat(body).contains("newsline_records_in_total{service=\"" + service + "\"}");
      }
      // Kafka's own names (io_time_ns_total, connection_count) are exported in base units.
      assertThat(exported).noneMatch(name -> name.matches(".*_(ns|us|ms)(_.*)?"));
      assertPromtoolAccepts(body);
    }
  }

  /** {@code promtool check metrics}, its lint included, where promtool is installed. */
  private static void assertPromtoolAccepts(String body) throws Exception {
    if (!Files.isExecutable(Path.of("/usr/bin/promtool"))) {
      return; // Debian package prometheus; CI machines have it.
    }
    Process promtool =
        new ProcessBuilder("promtool", "check", "metrics").redirectErrorStream(true).start();
    try (var stdin = promtool.getOutputStream()) {
      stdin.write(body.getBytes(StandardCharsets.UTF_8));
    }
    String output = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(promtool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(promtool.exitValue()).as(output).isZero();
  }
}
