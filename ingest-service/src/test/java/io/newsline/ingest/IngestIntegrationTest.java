package io.newsline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsline.avro.CleanArticle;
import io.newsline.avro.RawArticle;
import io.newsline.ingest.input.ArticleReader;
import io.newsline.ingest.replay.ReplaySummary;
import io.newsline.ingest.replay.Replayer;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.streams.ServiceHost;
import io.newsline.runtime.testing.IsolatedRun;
import io.newsline.schemas.Topics;
import io.newsline.testkit.KafkaCluster;
import io.newsline.testkit.KafkaExtension;
import io.newsline.testkit.TopicClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Replay of the seed files to news.clean, on a real broker. */
@ExtendWith(KafkaExtension.class)
class IngestIntegrationTest {
  @Test
  void replayedSeedsArriveCleanOnNewsClean(KafkaCluster kafka, @TempDir Path state) {
    IsolatedRun isolated = IsolatedRun.on(kafka, state, "ingest");
    String run = isolated.prefix();
    NewslineConfig config = isolated.config();
    Topics topics = Topics.withPrefix(run);

    try (ServiceHost host = ServiceHost.start(config, List.of(new IngestService()))) {
      await().atMost(Duration.ofSeconds(60)).until(host::isReady);
      ReplaySummary summary;
      try (Producer<String, RawArticle> producer =
          Replayer.producer(kafka.bootstrapServers(), topics.raw, Map.of())) {
        summary =
            new Replayer(
                    producer,
                    topics.raw,
                    new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES),
                    Clock.systemUTC())
                .replay(List.of(Seeds.DIRECTORY), 1, 0, (articles, bytes, skipped) -> {});
      }
      assertThat(summary.articles()).isEqualTo(5);
      assertThat(summary.skippedTotal()).isZero();

      List<CleanArticle> clean =
          new TopicClient(kafka)
              .read(topics.clean.name(), 5, Duration.ofSeconds(60)).stream()
                  .map(r -> topics.clean.value(r.value()))
                  .toList();

      assertThat(clean)
          .extracting(CleanArticle::getSourceId)
          .containsExactlyInAnyOrder(
              "000_fd08ec9b92bb18b2",
              "001_833f527eb9c8a9f0",
              "002_9483eefa9ba7e709",
              "003_c49de1067c077a2e",
              "004_d06ad1535363767f");
      for (CleanArticle article : clean) {
        for (String junk : Seeds.JUNK) {
          assertThat(article.getText()).as(article.getSourceId()).doesNotContain(junk);
        }
      }
    }
  }
}
