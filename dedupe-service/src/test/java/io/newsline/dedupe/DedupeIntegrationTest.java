package io.newsline.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.EnrichedArticle;
import io.newsline.avro.EventArticle;
import io.newsline.runtime.streams.ServiceHost;
import io.newsline.runtime.testing.IsolatedRun;
import io.newsline.schemas.Topics;
import io.newsline.testkit.KafkaCluster;
import io.newsline.testkit.KafkaExtension;
import io.newsline.testkit.TopicClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * dedupe-service on a real broker: its events outlive a restart. The clustering state is kept in
 * memory by the clusterer alone and restored from its changelog when the service starts again.
 */
@ExtendWith(KafkaExtension.class)
class DedupeIntegrationTest {
  private static final Instant T0 = Instant.parse("2021-09-04T10:00:00Z");
  private static final String STORY =
      "The Taliban asked the Russian embassy in Kabul to carry a message to the resistance in the"
          + " Panjshir Valley, ambassador Dmitry Zhirnov said on Saturday.";

  @Test
  void aCopyAfterARestartJoinsTheEventFoundedBeforeIt(KafkaCluster kafka, @TempDir Path state) {
    IsolatedRun isolated = IsolatedRun.on(kafka, state, "dedupe");
    Topics topics = Topics.withPrefix(isolated.prefix());
    TopicClient client = new TopicClient(kafka);

    try (ServiceHost host = ServiceHost.start(isolated.config(), List.of(new DedupeService()))) {
      await().atMost(Duration.ofSeconds(60)).until(host::isReady);
      produce(client, topics, EnrichedArticles.of("a", "Taliban ask Russia", STORY, T0, "TASS"));
      assertThat(events(client, topics, 1)).hasSize(1);
    }
    try (ServiceHost host = ServiceHost.start(isolated.config(), List.of(new DedupeService()))) {
      await().atMost(Duration.ofSeconds(60)).until(host::isReady);
      produce(
          client,
          topics,
          EnrichedArticles.of("b", "Taliban ask Russia", STORY, T0.plusSeconds(600), "Reuters"));

      List<CanonicalEvent> events = events(client, topics, 2);
      assertThat(events).hasSize(2);
      CanonicalEvent latest = events.get(1);
      assertThat(latest.getEventId()).isEqualTo(events.get(0).getEventId());
      assertThat(latest.getVersion()).isEqualTo(2);
      assertThat(latest.getArticles())
          .extracting(EventArticle::getArticleId)
          .containsExactly("a", "b");
    }
  }

  private static void produce(TopicClient client, Topics topics, EnrichedArticle article) {
    String id = article.getArticle().getId();
    client.produce(
        topics.enriched.name(),
        List.of(
            Map.entry(id.getBytes(StandardCharsets.UTF_8), topics.enriched.valueBytes(article))));
  }

  private static List<CanonicalEvent> events(TopicClient client, Topics topics, int count) {
    return client.read(topics.events.name(), count, Duration.ofSeconds(60)).stream()
        .map(r -> topics.events.value(r.value()))
        .toList();
  }
}
