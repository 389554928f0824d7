package io.newsline.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsline.avro.EnrichedArticle;
import io.newsline.avro.EntityRecord;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.config.Settings;
import io.newsline.runtime.deadletter.DeadLetterHeaders;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
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

  /**
   * A record on news.entities that Streams could not decode stopped enrich for good: the global
   * thread cannot be replaced, and a restart met the record again while restoring the store.
   */
  @Test
  void badRecordsOnTheRegistryTopicAreDeadLettersAndStopNothing(
      KafkaCluster kafka, @TempDir Path state, @TempDir Path freshState) {
    IsolatedRun isolated = IsolatedRun.on(kafka, state, "enrich");
    Topics topics = Topics.withPrefix(isolated.prefix());
    TopicClient client = new TopicClient(kafka);
    byte[] junk = "not an entity".getBytes(StandardCharsets.UTF_8);

    try (ServiceHost host = ServiceHost.start(isolated.config(), List.of(new EnrichService()))) {
      await().atMost(Duration.ofSeconds(60)).until(host::isReady);
      client.produce(
          topics.entities.name(), List.of(Map.entry("e1".getBytes(StandardCharsets.UTF_8), junk)));
      assertThat(client.read(topics.dlq.name(), 1, Duration.ofSeconds(60))).hasSize(1);
      enrich(client, topics, "a1", "Ahmad Massoud spoke on Sunday.", 1);
      assertThat(host.isReady()).isTrue();
    }
    // A new instance rebuilds its store from the whole topic, bad record included.
    NewslineConfig restarted = isolated.config().with(Settings.STATE_DIR, freshState.toString());
    try (ServiceHost host = ServiceHost.start(restarted, List.of(new EnrichService()))) {
      await().atMost(Duration.ofSeconds(60)).until(host::isReady);
      enrich(client, topics, "a2", "Ahmad Massoud spoke on Monday.", 2);
    }

    List<ConsumerRecord<byte[], byte[]>> letters =
        client.read(topics.dlq.name(), 2, Duration.ofSeconds(60));
    assertThat(letters)
        .hasSize(2)
        .allSatisfy(
            letter -> {
              assertThat(letter.value()).isEqualTo(junk);
              assertThat(header(letter, DeadLetterHeaders.CAUSE)).isEqualTo("deserialization");
              assertThat(header(letter, DeadLetterHeaders.STAGE)).isEqualTo("enrich");
              assertThat(header(letter, "__streams.errors.topic"))
                  .isEqualTo(topics.entities.name());
            });
  }

  @Test
  void aNewInstanceLinksToTheIdentitiesOnTheRegistryTopic(
      KafkaCluster kafka, @TempDir Path state, @TempDir Path freshState) {
    IsolatedRun isolated = IsolatedRun.on(kafka, state, "enrich");
    Topics topics = Topics.withPrefix(isolated.prefix());
    TopicClient client = new TopicClient(kafka);

    String ambassador;
    try (ServiceHost host = ServiceHost.start(isolated.config(), List.of(new EnrichService()))) {
      await().atMost(Duration.ofSeconds(60)).until(host::isReady);
      ambassador =
          entityId(
              enrich(client, topics, "a1", "Dmitry Zhirnov, Russia's ambassador, spoke.", 1),
              "Dmitry Zhirnov");
    }
    NewslineConfig restarted = isolated.config().with(Settings.STATE_DIR, freshState.toString());
    try (ServiceHost host = ServiceHost.start(restarted, List.of(new EnrichService()))) {
      await().atMost(Duration.ofSeconds(60)).until(host::isReady);
      EnrichedArticle second =
          enrich(client, topics, "a2", "Ambassador Dmitry Zyrnoov said on Saturday.", 2);
      // a spelling no article gave before: only the registry can say who it is
      assertThat(entityId(second, "Dmitry Zyrnoov")).isEqualTo(ambassador);
    }
  }

  /** Enriches one article, waits until news.enriched holds {@code total}, returns this one. */
  private static EnrichedArticle enrich(
      TopicClient client, Topics topics, String id, String text, int total) {
    client.produce(
        topics.clean.name(),
        List.of(
            Map.entry(
                id.getBytes(StandardCharsets.UTF_8),
                topics.clean.valueBytes(CleanArticles.of(id, text)))));
    return client.read(topics.enriched.name(), total, Duration.ofSeconds(60)).stream()
        .map(r -> topics.enriched.value(r.value()))
        .filter(a -> a.getArticle().getId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static String entityId(EnrichedArticle article, String mention) {
    return article.getEntities().stream()
        .filter(e -> e.getMentions().stream().anyMatch(m -> m.getText().equals(mention)))
        .map(e -> e.getEntityId())
        .findFirst()
        .orElseThrow(() -> new AssertionError(mention + " not among " + article.getEntities()));
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
