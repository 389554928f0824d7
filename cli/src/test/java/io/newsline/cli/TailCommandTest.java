package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsline.avro.RawArticle;
import io.newsline.runtime.deadletter.DeadLetterHeaders;
import io.newsline.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class TailCommandTest {
  private final Topics topics = Topics.withPrefix("p.");
  private final RawArticle article =
      RawArticle.newBuilder()
          .setId("a1")
          .setSourceId("000_x")
          .setSourceUri("seeds/000_x.txt")
          .setReceivedAt(Instant.parse("2021-09-05T12:00:00Z"))
          .setBody("Kabul.")
          .setProvenance(Map.of("file", "seeds/000_x.txt"))
          .build();

  @Test
  void aPipelineRecordBecomesPlainJson() {
    ConsumerRecord<byte[], byte[]> record =
        new ConsumerRecord<>(
            "p.news.raw", 2, 7, topics.raw.keyBytes("a1"), topics.raw.valueBytes(article));

    JsonNode line = TailCommand.line(topics, topics.raw, record);

    assertThat(line.get("partition").asInt()).isEqualTo(2);
    assertThat(line.get("offset").asLong()).isEqualTo(7);
    assertThat(line.get("key").asText()).isEqualTo("a1");
    assertThat(line.at("/value/sourceId").asText()).isEqualTo("000_x");
    assertThat(line.at("/value/receivedAt").asText()).isEqualTo("2021-09-05T12:00:00Z");
    assertThat(line.at("/value/publishedAt").isNull()).isTrue();
    assertThat(line.at("/value/provenance/file").asText()).isEqualTo("seeds/000_x.txt");
  }

  @Test
  void aDeadLetterShowsItsHeadersAndTheRecordItCameFrom() {
    ConsumerRecord<byte[], byte[]> record =
        new ConsumerRecord<>(
            "p.news.dlq",
            0,
            0,
            "a1".getBytes(StandardCharsets.UTF_8),
            topics.raw.valueBytes(article));
    record
        .headers()
        .add(DeadLetterHeaders.REASON, "empty after cleaning".getBytes(StandardCharsets.UTF_8));
    record
        .headers()
        .add(DeadLetterHeaders.SOURCE_TOPIC, "p.news.raw".getBytes(StandardCharsets.UTF_8));

    JsonNode line = TailCommand.line(topics, topics.dlq, record);

    assertThat(line.at("/headers/newsline.reason").asText()).isEqualTo("empty after cleaning");
    assertThat(line.at("/value/base64").asText()).isNotEmpty();
    assertThat(line.at("/decoded/sourceId").asText()).isEqualTo("000_x");
  }

  @Test
  void topicsAreNamedWithOrWithoutTheirPrefix() {
    assertThat(TailCommand.resolve(topics, "news.clean")).isSameAs(topics.clean);
    assertThat(TailCommand.resolve(topics, "p.news.events")).isSameAs(topics.events);
    assertThatThrownBy(() -> TailCommand.resolve(topics, "news.nope"))
        .hasMessageContaining("unknown topic");
  }
}
