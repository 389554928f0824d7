package io.newsline.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.EnrichedArticle;
import io.newsline.avro.EventArticle;
import io.newsline.avro.EventStatus;
import io.newsline.runtime.testing.ServiceTestDriver;
import io.newsline.schemas.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DedupeTopologyTest {
  private static final Instant T0 = Instant.parse("2021-09-04T10:00:00Z");
  private static final String STORY =
      "The Taliban asked the Russian embassy in Kabul to carry a message to the resistance in the"
          + " Panjshir Valley, ambassador Dmitry Zhirnov said on Saturday.";

  private ServiceTestDriver driver;
  private Topics topics;
  private TestInputTopic<String, EnrichedArticle> enriched;
  private TestOutputTopic<String, CanonicalEvent> events;

  @BeforeEach
  void start() {
    driver = new ServiceTestDriver(new DedupeService());
    topics = driver.topics();
    enriched = driver.input(topics.enriched);
    events = driver.output(topics.events);
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void aFirstArticleFoundsAnEventKeyedByItsId() {
    enriched.pipeInput("a", EnrichedArticles.of("a", "Taliban ask Russia", STORY, T0, "TASS"));

    TestRecord<String, CanonicalEvent> record = events.readRecord();

    assertThat(record.key()).isEqualTo(record.value().getEventId()).contains("a");
    assertThat(record.value().getVersion()).isEqualTo(1);
    assertThat(record.value().getArticles())
        .extracting(EventArticle::getSourceId)
        .containsExactly("src-a");
  }

  @Test
  void anExactCopyJoinsTheEventInANewVersion() {
    enriched.pipeInput("a", EnrichedArticles.of("a", "Taliban ask Russia", STORY, T0, "TASS"));
    enriched.pipeInput(
        "b", EnrichedArticles.of("b", "Taliban ask Russia", STORY, T0.plusSeconds(600), "Reuters"));

    Map<String, CanonicalEvent> latest = events.readKeyValuesToMap();

    assertThat(latest).hasSize(1);
    CanonicalEvent event = latest.values().iterator().next();
    assertThat(event.getVersion()).isEqualTo(2);
    assertThat(event.getArticles())
        .extracting(EventArticle::getArticleId)
        .containsExactly("a", "b");
    assertThat(event.getPublishers()).containsExactly("TASS", "Reuters");
  }

  @Test
  void eventsIdlePastTheRetentionAreClosedOnEventTime() {
    enriched.pipeInput("a", EnrichedArticles.of("a", "Old story", STORY, T0, null), T0);
    Instant later = T0.plus(Duration.ofDays(8));
    enriched.pipeInput(
        "b",
        EnrichedArticles.of(
            "b",
            "Unrelated",
            "A completely different report about the weather in Oslo.",
            later,
            null),
        later);

    List<CanonicalEvent> out = events.readValuesToList();

    assertThat(out)
        .filteredOn(e -> e.getStatus() == EventStatus.CLOSED)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getArticles())
                    .extracting(EventArticle::getArticleId)
                    .containsExactly("a"));
  }
}
