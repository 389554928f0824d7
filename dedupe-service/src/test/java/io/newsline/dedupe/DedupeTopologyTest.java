package io.newsline.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsline.avro.ArticleRelation;
import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.EnrichedArticle;
import io.newsline.avro.EventArticle;
import io.newsline.avro.EventStatus;
import io.newsline.dedupe.cluster.ArticleInput;
import io.newsline.dedupe.cluster.Fixtures;
import io.newsline.runtime.config.Settings;
import io.newsline.runtime.metrics.MetricNames;
import io.newsline.runtime.streams.ServiceContext;
import io.newsline.runtime.testing.ServiceTestDriver;
import io.newsline.schemas.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
    driver = new ServiceTestDriver(new DedupeService(), this::layout);
    topics = driver.topics();
    enriched = driver.input(topics.enriched);
    events = driver.output(topics.events);
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  /** The partition layout the topology is built for: news.enriched as created, one partition. */
  ServiceContext layout(ServiceContext context) {
    return context;
  }

  /** Whether the topology routes articles through the repartition topic. */
  boolean repartitions() {
    return false;
  }

  @Test
  void theClusteringTaskReadsNewsEnrichedDirectlyOnlyWhenItHasOnePartition() {
    String description =
        new DedupeService().buildTopology(layout(driver.context())).describe().toString();

    assertThat(description.contains("dedupe-all-repartition")).isEqualTo(repartitions());
    assertThat(driver.context().partitions(topics.enriched)).isEqualTo(repartitions() ? 3 : 1);
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
  void anArticleDeliveredAgainIsCountedAndChangesNoEvent() {
    EnrichedArticle article = EnrichedArticles.of("a", "Taliban ask Russia", STORY, T0, "TASS");
    enriched.pipeInput("a", article);
    enriched.pipeInput("a", article);

    assertThat(events.readRecordsToList()).hasSize(1);
    assertThat(
            driver
                .context()
                .meters()
                .get(MetricNames.ARTICLES_REDELIVERED)
                .functionCounter()
                .count())
        .isEqualTo(1);
  }

  @Test
  void gaugesShowTheArticlesHeldAgainstTheirBound() {
    enriched.pipeInput("a", EnrichedArticles.of("a", "Taliban ask Russia", STORY, T0, "TASS"));
    enriched.pipeInput(
        "b", EnrichedArticles.of("b", "Taliban ask Russia", STORY, T0.plusSeconds(600), "Reuters"));
    events.readRecordsToList();

    MeterRegistry meters = driver.context().meters();
    assertThat(meters.get(MetricNames.ARTICLES_HELD).gauge().value()).isEqualTo(2);
    assertThat(meters.get(MetricNames.ARTICLES_BOUND).gauge().value())
        .isEqualTo(
            DedupeService.maxArticles(
                driver.context().config().getLong(Settings.DEDUPE_MAX_ARTICLES),
                Runtime.getRuntime().maxMemory()));
    // the story's words ("taliban", "russian", "embassy", ...) and no more
    assertThat(meters.get(MetricNames.VOCABULARY).gauge().value()).isBetween(10.0, 40.0);
  }

  @Test
  void aMergedEventEndsMergedIntoTheSurvivorWhichTakesItsArticles() {
    List<ArticleInput> stream = new ArrayList<>(Fixtures.background());
    stream.addAll(Fixtures.bridgeCollapse()); // "b" merges evt-a (a) into evt-c (c)
    for (ArticleInput a : stream) {
      Instant time = Instant.ofEpochMilli(a.eventTime());
      enriched.pipeInput(
          a.articleId(),
          EnrichedArticles.of(a.articleId(), a.title(), a.text(), time, "pub"),
          time);
    }

    List<TestRecord<String, CanonicalEvent>> out = events.readRecordsToList();

    // from "b": the merged event's last version, then the survivor's
    int at = 0;
    while (out.get(at).value().getStatus() != EventStatus.MERGED_INTO) {
      at++;
    }
    TestRecord<String, CanonicalEvent> merged = out.get(at);
    TestRecord<String, CanonicalEvent> survivor = out.get(at + 1);
    CanonicalEvent lastOfA =
        out.subList(0, at).stream()
            .filter(r -> r.key().equals("evt-a"))
            .reduce((x, y) -> y)
            .orElseThrow()
            .value();
    assertThat(merged.key()).isEqualTo("evt-a");
    assertThat(merged.value().getMergedInto()).isEqualTo("evt-c");
    assertThat(merged.value().getVersion()).isEqualTo(lastOfA.getVersion() + 1);
    assertThat(merged.value().getArticles())
        .extracting(EventArticle::getArticleId)
        .containsExactly("a");
    assertThat(survivor.key()).isEqualTo("evt-c");
    assertThat(survivor.value().getStatus()).isNotEqualTo(EventStatus.MERGED_INTO);
    assertThat(survivor.value().getArticles())
        .extracting(EventArticle::getArticleId)
        .containsExactly("c", "b", "a");
    // one founder: the merged event's representative joins as a same-event member
    assertThat(survivor.value().getArticles())
        .filteredOn(x -> x.getRelation() == ArticleRelation.REPRESENTATIVE)
        .extracting(EventArticle::getArticleId)
        .containsExactly("c");
    // the later articles join the survivor
    CanonicalEvent last = out.get(out.size() - 1).value();
    assertThat(last.getEventId()).isEqualTo("evt-c");
    assertThat(last.getArticles())
        .extracting(EventArticle::getArticleId)
        .containsExactlyInAnyOrder("a", "b", "c", "d", "e", "f", "g");

    // a later report of the merged half goes to the survivor
    Instant later = Instant.ofEpochMilli(Fixtures.T0 + 30 * Fixtures.HOUR);
    enriched.pipeInput(
        "h",
        EnrichedArticles.of(
            "h",
            "Divers search the Varna for missing motorist",
            "Divers searched the Varna for a missing motorist after the crossing at Kelso gave way."
                + " The mayor said engineers had inspected the span last year.",
            later,
            "pub"),
        later);
    assertThat(events.readRecord().key()).isEqualTo("evt-c");
  }

  @Test
  void aReplayOfOldArticlesKeepsTheirEventsOpenHoweverLongItRuns() {
    // published ten minutes apart in 2021, replayed today two hours apart: the records'
    // timestamps are when they were sent, and must not close the event
    Instant sent = Instant.parse("2026-12-01T04:00:00Z");
    enriched.pipeInput(
        "a", EnrichedArticles.of("a", "Taliban ask Russia", STORY, T0, "TASS"), sent);
    enriched.pipeInput(
        "b",
        EnrichedArticles.of("b", "Taliban ask Russia", STORY, T0.plusSeconds(600), "Reuters"),
        sent.plus(Duration.ofHours(2)));

    Map<String, CanonicalEvent> latest = events.readKeyValuesToMap();

    assertThat(latest).hasSize(1);
    CanonicalEvent event = latest.values().iterator().next();
    assertThat(event.getStatus()).isEqualTo(EventStatus.ACTIVE);
    assertThat(event.getArticles())
        .extracting(EventArticle::getArticleId)
        .containsExactly("a", "b");
  }

  @Test
  void eventsIdlePastTheRetentionAreClosedOnEventTime() {
    // sent today (the records' timestamps), published in 2021: only the publication times count
    enriched.pipeInput("a", EnrichedArticles.of("a", "Old story", STORY, T0, null));
    Instant later = T0.plus(Duration.ofDays(8));
    enriched.pipeInput(
        "b",
        EnrichedArticles.of(
            "b",
            "Unrelated",
            "A completely different report about the weather in Oslo.",
            later,
            null));

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
