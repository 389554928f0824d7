package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.CleanArticle;
import io.newsline.avro.EnrichedArticle;
import io.newsline.avro.Entity;
import io.newsline.ingest.Seeds;
import io.newsline.runtime.streams.ServiceHost;
import io.newsline.runtime.testing.IsolatedRun;
import io.newsline.schemas.Topics;
import io.newsline.testkit.KafkaCluster;
import io.newsline.testkit.KafkaExtension;
import io.newsline.testkit.TopicClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five seeds through all three services on a real broker: no junk line reaches any output
 * topic, and the seeds' people keep one identity across articles.
 */
@ExtendWith(KafkaExtension.class)
class SeedsThroughThePipelineIntegrationTest {

  @Test
  void noJunkReachesAnyTopicAndIdentitiesHold(KafkaCluster kafka, @TempDir Path state) {
    IsolatedRun run = IsolatedRun.on(kafka, state, "seeds");
    Topics topics = run.topics();
    TopicClient client = new TopicClient(kafka);

    try (ServiceHost host =
        ServiceHost.start(
            run.config(), RunCommand.SERVICES.values().stream().map(s -> s.get()).toList())) {
      await().atMost(Duration.ofSeconds(60)).until(host::isReady);
      assertThat(
              new CliRun()
                  .run(
                      "replay",
                      "../seeds",
                      "--bootstrap-servers",
                      kafka.bootstrapServers(),
                      "--set",
                      "topic.prefix=" + run.prefix()))
          .isZero();

      List<CleanArticle> clean =
          client.read(topics.clean.name(), 5, Duration.ofSeconds(60)).stream()
              .map(r -> topics.clean.value(r.value()))
              .toList();
      List<EnrichedArticle> enriched =
          client.read(topics.enriched.name(), 5, Duration.ofSeconds(60)).stream()
              .map(r -> topics.enriched.value(r.value()))
              .toList();
      List<CanonicalEvent> events =
          client.read(topics.events.name(), 1, Duration.ofSeconds(60)).stream()
              .map(r -> topics.events.value(r.value()))
              .toList();
      assertThat(clean).hasSize(5);
      assertThat(enriched).hasSize(5);
      assertThat(events).isNotEmpty();

      for (String junk : Seeds.JUNK) {
        clean.forEach(a -> assertThat(a.getText()).doesNotContain(junk));
        enriched.forEach(a -> assertThat(a.getArticle().getText()).doesNotContain(junk));
        events.forEach(e -> assertThat(e.getHeadline() + e.getSummary()).doesNotContain(junk));
      }

      Map<String, String> idByMention = new HashMap<>();
      for (EnrichedArticle article : enriched) {
        for (Entity entity : article.getEntities()) {
          entity.getMentions().forEach(m -> idByMention.put(m.getText(), entity.getEntityId()));
        }
      }
      assertThat(idByMention.get("Dmitry Zyrnoov")).isNotNull();
      assertThat(List.of("Dmitry Zhirnov", "Zirnov"))
          .allSatisfy(
              m -> assertThat(idByMention.get(m)).isEqualTo(idByMention.get("Dmitry Zyrnoov")));
      assertThat(List.of("Ahmed Massoud", "Masood Jr."))
          .allSatisfy(
              m -> assertThat(idByMention.get(m)).isEqualTo(idByMention.get("Ahmad Massoud")));
      assertThat(idByMention.get("Ahmad Shah Massoud"))
          .isNotNull()
          .isNotEqualTo(idByMention.get("Ahmad Massoud"));
    }
  }
}
