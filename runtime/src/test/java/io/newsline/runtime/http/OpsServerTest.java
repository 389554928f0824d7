package io.newsline.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.newsline.runtime.metrics.Metrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The endpoint scraped over loopback, with a probe the test controls. */
class OpsServerTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicBoolean ready = new AtomicBoolean(false);
  private Metrics metrics;
  private OpsServer server;

  @BeforeEach
  void start() {
    metrics = new Metrics(List.of("ingest"));
    server =
        OpsServer.start(
            0,
            new OpsServer.Probe() {
              @Override
              public String metrics() {
                return metrics.scrape();
              }

              @Override
              public OpsServer.HealthStatus liveness() {
                return new OpsServer.HealthStatus(true, "ingest RUNNING\n");
              }

              @Override
              public OpsServer.HealthStatus readiness() {
                return new OpsServer.HealthStatus(ready.get(), "ingest REBALANCING\n");
              }

              @Override
              public String topology() {
                throw new IllegalStateException("no topology yet");
              }
            });
  }

  @AfterEach
  void stop() {
    server.close();
    metrics.close();
  }

  @Test
  void metricsAreValidPrometheusTextWithAServiceTagOnEveryMeter() throws Exception {
    Counter.builder("newsline.records.in")
        .tag("service", "ingest")
        .register(metrics.registry())
        .increment(3);

    HttpResponse<String> response = get("/metrics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue(OpsServer.PROMETHEUS_CONTENT_TYPE);
    var samples = PrometheusText.parse(response.body());
    assertThat(samples).containsEntry("newsline_records_in_total{service=\"ingest\"}", 3.0);
    assertThat(samples.keySet())
        .as("JVM meters")
        .anyMatch(name -> name.startsWith("jvm_memory_used_bytes{"));
    assertThat(samples.keySet()).allMatch(name -> name.contains("service=\""));
    assertThat(response.body().lines().filter(l -> l.startsWith("# TYPE ")))
        .as("every family has a help text")
        .allSatisfy(
            type ->
                assertThat(response.body())
                    .containsPattern("# HELP " + type.split(" ")[2] + " \\S"));
  }

  @Test
  void readinessFollowsTheProbeWithItsReason() throws Exception {
    HttpResponse<String> notReady = get("/health/ready");
    ready.set(true);
    HttpResponse<String> nowReady = get("/health/ready");

    assertThat(notReady.statusCode()).isEqualTo(503);
    assertThat(notReady.body()).contains("ingest REBALANCING");
    assertThat(nowReady.statusCode()).isEqualTo(200);
    assertThat(get("/health/live").statusCode()).isEqualTo(200);
  }

  @Test
  void aFailingProbeAnswers500InsteadOfHanging() throws Exception {
    HttpResponse<String> response = get("/topology");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).contains("no topology yet");
  }

  @Test
  void unknownPathsAre404AndWritesAre405() throws Exception {
    assertThat(get("/nope").statusCode()).isEqualTo(404);
    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(uri("/metrics"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
  }

  @Test
  void theParserRefusesMalformedExposition() {
    assertThatThrownBy(() -> PrometheusText.parse("# TYPE a counter\na_total{x=1} 2\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> PrometheusText.parse("b 1\n")).hasMessageContaining("untyped family");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }
}
