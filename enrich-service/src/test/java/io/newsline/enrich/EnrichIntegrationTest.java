package io.newsline.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsline.avro.EnrichedArticle;
import io.newsline.avro.EntityRecord;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.streams.ServiceHost;
import io.newsline.runtime.testing.IsolatedRun;
import io.newsline.schemas.Topics;
import io.newsline.testkit.KafkaCluster;
import io.newsline.testkit.KafkaExtension;
import io.newsline.testkit.TopicClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** enrich-service on a real broker: news.clean in, news.enriched and the registry out. */
@ExtendWith(KafkaExtension.class)
class EnrichIntegrationTest {
  @Test
  void enrichesCleanArticlesAndPublishesTheirIdentities(KafkaCluster kafka, @TempDir Path state) {
    IsolatedRun isolated = IsolatedRun.on(kafka, state, "enrich");
    String run = isolated.prefix();
    NewslineConfig config = isolated.config();
    Topics topics = Topics.withPrefix(run);
    TopicClient client = new TopicClient(kafka);
    String text =
        "Ahmad Massoud, leader of the National Resistance Front, said on Sunday that fighting"
            + " continued in the Panjshir Valley. Massoud called for talks.";

    try (ServiceHost host = ServiceHost.start(config, List.of(new EnrichService()))) {
      await().atMost(Duration.ofSeconds(60)).until(host::isReady);
      client.produce(
          topics.clean.name(),
          List.of(
              Map.entry(
                  "a1".getBytes(StandardCharsets.UTF_8),
                  topics.clean.valueBytes(CleanArticles.of("a1", text)))));

      List<EnrichedArticle> enriched =
          client.read(topics.enriched.name(), 1, Duration.ofSeconds(60)).stream()
              .map(r -> topics.enriched.value(r.value()))
              .toList();
      assertThat(enriched).hasSize(1);
      Set<String> ids =
          enriched.get(0).getEntities().stream()
              .map(e -> e.getEntityId())
              .collect(Collectors.toSet());
      assertThat(ids).isNotEmpty();

      List<EntityRecord> registry =
          client.read(topics.entities.name(), ids.size(), Duration.ofSeconds(60)).stream()
              .map(r -> topics.entities.value(r.value()))
              .toList();
      assertThat(registry)
          .extracting(EntityRecord::getEntityId)
          .containsExactlyInAnyOrderElementsOf(ids);
    }
  }
}
