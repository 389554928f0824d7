package io.newsline.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(KafkaExtension.class)
class EmbeddedKafkaIntegrationTest {
  @Test
  void recordsProducedAreReadBackInOrder(KafkaCluster kafka) throws Exception {
    String topic = "testkit.round-trip";
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
    }
    TopicClient client = new TopicClient(kafka);

    client.produce(topic, List.of(entry("k1", "Panjshir"), entry("k2", "Kabul")));
    List<ConsumerRecord<byte[], byte[]>> read = client.read(topic, 2, Duration.ofSeconds(30));

    assertThat(read)
        .extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
        .containsExactly("Panjshir", "Kabul");
  }

  @Test
  void theSameClusterServesEveryTest(KafkaCluster first, KafkaCluster second) {
    assertThat(first).isSameAs(second);
    assertThat(first.bootstrapServers()).isNotBlank();
  }

  @Test
  void aSecondBrokerCanListenOnARequestedPort() throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }

    try (EmbeddedKafka broker = EmbeddedKafka.start(null, port)) {
      assertThat(broker.bootstrapServers()).isEqualTo("localhost:" + port);
      try (Admin admin =
          Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port))) {
        assertThat(admin.describeCluster().nodes().get()).hasSize(1);
      }
    }
  }

  @Test
  void aBrokerRestartedOnItsKeptDirectoryStillHasItsRecords(@TempDir Path data) throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    try (EmbeddedKafka broker = EmbeddedKafka.start(data, port);
        Admin admin =
            Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port))) {
      admin.createTopics(List.of(new NewTopic("testkit.kept", 1, (short) 1))).all().get();
      new TopicClient(broker).produce("testkit.kept", List.of(entry("k", "before the restart")));
    }
    try (EmbeddedKafka broker = EmbeddedKafka.start(data, port)) {
      var records = new TopicClient(broker).read("testkit.kept", 1, Duration.ofSeconds(60));
      assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8))
          .isEqualTo("before the restart");
    }
  }

  private static Map.Entry<byte[], byte[]> entry(String key, String value) {
    return Map.entry(key.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
  }
}
