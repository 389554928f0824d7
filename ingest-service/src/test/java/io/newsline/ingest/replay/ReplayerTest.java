package io.newsline.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.avro.RawArticle;
import io.newsline.ingest.input.ArticleReader;
import io.newsline.schemas.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replay's bookkeeping, with Kafka's own MockProducer; the real broker path is in
 * IngestIntegrationTest.
 */
class ReplayerTest {
  @TempDir Path dir;
  private final Topics topics = Topics.standard();
  private final MockProducer<String, RawArticle> producer =
      new MockProducer<>(
          true, null, topics.raw.keySerde().serializer(), topics.raw.valueSerde().serializer());
  private final Clock clock = Clock.fixed(Instant.parse("2021-09-05T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void loopsReplayTheSameKeysAndCountSkipsOnce() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Kabul, Sept 5.");
    Files.writeString(dir.resolve("b.txt"), "Panjshir, Sept 6.");
    Files.writeString(dir.resolve("c.txt"), "");

    ReplaySummary summary =
        new Replayer(producer, topics.raw, new ArticleReader(1000), clock)
            .replay(List.of(dir), 2, 0, (articles, bytes, skipped) -> {});

    List<ProducerRecord<String, RawArticle>> sent = producer.history();
    assertThat(sent).hasSize(4);
    assertThat(sent.subList(0, 2))
        .extracting(ProducerRecord::key)
        .containsExactlyElementsOf(sent.subList(2, 4).stream().map(ProducerRecord::key).toList());
    assertThat(sent)
        .allSatisfy(
            r -> {
              assertThat(r.topic()).isEqualTo("news.raw");
              assertThat(r.key()).isEqualTo(r.value().getId());
              assertThat(r.value().getReceivedAt()).isEqualTo(clock.instant());
            });
    assertThat(summary.articles()).isEqualTo(4);
    assertThat(summary.skipped()).containsEntry("empty", 1L);
    assertThat(summary.describe("news.raw")).contains("replayed 4 articles").contains("empty");
  }
}
