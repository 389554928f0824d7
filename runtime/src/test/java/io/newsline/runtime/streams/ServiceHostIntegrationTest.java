package io.newsline.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.deadletter.DeadLetterHeaders;
import io.newsline.runtime.http.PrometheusText;
import io.newsline.runtime.testing.IsolatedRun;
import io.newsline.schemas.Topics;
import io.newsline.testkit.KafkaCluster;
import io.newsline.testkit.KafkaExtension;
import io.newsline.testkit.TopicClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The service host on a real broker: topics, exactly-once processing, dead letters, HTTP. */
@ExtendWith(KafkaExtension.class)
class ServiceHostIntegrationTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void runsAServiceEndToEndWithDeadLettersHealthAndMetrics(KafkaCluster kafka, @TempDir Path state)
      throws Exception {
    IsolatedRun isolated = IsolatedRun.on(kafka, state, "it", 0);
    String run = isolated.prefix();
    NewslineConfig config = isolated.config();
    Topics topics = Topics.withPrefix(run);
    TopicClient client = new TopicClient(kafka);

    try (ServiceHost host = ServiceHost.start(config, List.of(new EchoService()))) {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> get(host, "/health/ready").statusCode() == 200);

      byte[] garbage = {0x00, (byte) 0xFF, 0x13};
      client.produce(
          topics.raw.name(),
          List.of(
              entry("a", topics.raw.valueBytes(Articles.raw("a", "Kabul."))),
              entry("x", garbage),
              entry("b", topics.raw.valueBytes(Articles.raw("b", " ")))));

      List<ConsumerRecord<byte[], byte[]>> clean =
          client.read(topics.clean.name(), 1, Duration.ofSeconds(60));
      assertThat(clean).extracting(r -> topics.clean.value(r.value()).getId()).containsExactly("a");

      List<ConsumerRecord<byte[], byte[]>> letters =
          client.read(topics.dlq.name(), 2, Duration.ofSeconds(60));
      assertThat(letters).hasSize(2);
      assertThat(letters)
          .extracting(r -> header(r, DeadLetterHeaders.CAUSE))
          .containsExactlyInAnyOrder("deserialization", "rejected");
      ConsumerRecord<byte[], byte[]> undecodable =
          letters.stream()
              .filter(r -> header(r, DeadLetterHeaders.CAUSE).equals("deserialization"))
              .findFirst()
              .orElseThrow();
      assertThat(undecodable.value()).isEqualTo(garbage);
      assertThat(header(undecodable, DeadLetterHeaders.STAGE)).isEqualTo("echo");
      assertThat(header(undecodable, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(topics.raw.name());

      Map<String, Double> metrics = PrometheusText.parse(get(host, "/metrics").body());
      assertThat(metrics)
          .containsEntry("newsline_dead_letters_total{cause=\"rejected\",service=\"echo\"}", 1.0)
          .containsEntry(
              "newsline_dead_letters_total{cause=\"deserialization\",service=\"echo\"}", 1.0);
      assertThat(metrics.keySet())
          .as("Kafka Streams' own metrics, tagged with the service")
          .anyMatch(name -> name.startsWith("kafka_stream_") && name.contains("service=\"echo\""));
      assertThat(get(host, "/topology").body())
          .contains(topics.raw.name())
          .contains(topics.clean.name());
      assertThat(get(host, "/health/live").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aServiceThatKeepsUpCommitsLongBeforeItsCommitInterval(
      KafkaCluster kafka, @TempDir Path state) throws Exception {
    // Streams alone would commit, and so make the record visible, only after ten minutes (a
    // transaction may stay open that long only with a longer transaction timeout).
    IsolatedRun isolated =
        IsolatedRun.on(
            kafka,
            state,
            "paced",
            -1,
            "kafka.commit.interval.ms=600000",
            "kafka.producer.transaction.timeout.ms=900000");
    NewslineConfig config = isolated.config();
    Topics topics = isolated.topics();
    TopicClient client = new TopicClient(kafka);

    try (ServiceHost host = ServiceHost.start(config, List.of(new EchoService()))) {
      await().atMost(Duration.ofSeconds(60)).until(host::isReady);
      client.produce(
          topics.raw.name(),
          List.of(entry("live", topics.raw.valueBytes(Articles.raw("live", "Kabul.")))));

      List<ConsumerRecord<byte[], byte[]>> clean =
          client.read(topics.clean.name(), 1, Duration.ofSeconds(60));
      assertThat(clean)
          .extracting(r -> topics.clean.value(r.value()).getId())
          .containsExactly("live");
    }
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private HttpResponse<String> get(ServiceHost host, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + host.httpPort() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Map.Entry<byte[], byte[]> entry(String key, byte[] value) {
    return Map.entry(key.getBytes(StandardCharsets.UTF_8), value);
  }
}
