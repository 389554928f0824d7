package io.newsline.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.CleanArticle;
import io.newsline.avro.EnrichedArticle;
import io.newsline.avro.Entity;
import io.newsline.avro.Mention;
import io.newsline.avro.RemovedLine;
import io.newsline.dedupe.cluster.ClusterConfig;
import io.newsline.dedupe.cluster.EventClusterer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DedupeStageTest {
  private static final Instant T0 = Instant.parse("2021-09-04T10:00:00Z");

  private static EnrichedArticle withJunk() {
    EnrichedArticle article =
        EnrichedArticles.of(
            "a",
            "Taliban ask Russia",
            "The Taliban asked the Russian embassy to carry a message.",
            T0,
            "TASS",
            "per-zhirnov");
    article
        .getArticle()
        .setRemovedLines(List.of(new RemovedLine(3, "Advertisement", "advertisement")));
    article.getEntities().get(0).setMentions(List.of(new Mention(4, 11, "Taliban")));
    return article;
  }

  @Test
  void theClusteringCopyDropsOnlyRemovedLinesAndMentions() {
    EnrichedArticle article = withJunk();

    EnrichedArticle slim = DedupeStage.forClustering(article);

    CleanArticle expected =
        CleanArticle.newBuilder(article.getArticle()).setRemovedLines(List.of()).build();
    assertThat(slim.getArticle()).isEqualTo(expected);
    assertThat(slim.getEntities())
        .isEqualTo(
            article.getEntities().stream()
                .map(e -> Entity.newBuilder(e).setMentions(List.of()).build())
                .toList());
    assertThat(slim.getKeywords()).isEqualTo(article.getKeywords());
    assertThat(DedupeStage.clusterInput(slim)).isEqualTo(DedupeStage.clusterInput(article));
  }

  @Test
  void theClusteringCopyLeavesTheInputAsItWas() {
    EnrichedArticle article = withJunk();

    DedupeStage.forClustering(article);

    assertThat(article.getArticle().getRemovedLines()).hasSize(1);
    assertThat(article.getEntities()).allSatisfy(e -> assertThat(e.getMentions()).isNotEmpty());
  }

  private static EnrichedArticle story(String id, String text, Instant published) {
    return EnrichedArticles.of(id, text, text, published, "wire");
  }

  /** What a stage emits for each article, as event id, version and status. */
  private static List<String> run(DedupeStage stage, List<EnrichedArticle> articles) {
    List<String> out = new ArrayList<>();
    for (EnrichedArticle article : articles) {
      for (CanonicalEvent event : stage.process(article)) {
        out.add(event.getEventId() + " v" + event.getVersion() + " " + event.getStatus());
      }
    }
    return out;
  }

  @Test
  void idleEventsCloseAtTheSameArticlesWithOrWithoutARestart() {
    Duration days8 = Duration.ofDays(8); // past the 7-day retention
    List<EnrichedArticle> before =
        List.of(
            story("a", "Floods close the harbour of Genoa for a second day.", T0),
            story("x", "A chess prodigy wins the open tournament in Reykjavik.", T0.plus(days8)),
            // late: published long ago, its event is idle past the retention on arrival
            story("y", "Wildfires burn across the hills above Marseille.", T0.plusSeconds(3600)));
    List<EnrichedArticle> after =
        List.of(
            story(
                "z",
                "Parliament passes the budget after a night of debate in Vienna.",
                T0.plus(days8).plusSeconds(600)),
            story(
                "w",
                "A cargo ship runs aground in the Suez canal.",
                T0.plus(days8).plusSeconds(7200)));
    MemoryEventStore continuous = new MemoryEventStore();
    DedupeStage uninterrupted =
        new DedupeStage(new EventClusterer(ClusterConfig.defaults()), continuous);
    run(uninterrupted, before);
    MemoryEventStore restored = new MemoryEventStore();
    run(new DedupeStage(new EventClusterer(ClusterConfig.defaults()), restored), before);

    List<String> expected = run(uninterrupted, after);
    List<String> afterRestart =
        run(new DedupeStage(new EventClusterer(ClusterConfig.defaults()), restored), after);

    assertThat(afterRestart).isEqualTo(expected);
    // a closed at x; y, idle past the retention on arrival, closes at the next hour of event time
    // (w), not at z (the hour already passed at x): so also after a restart between y and z
    assertThat(expected).containsExactly("evt-z v1 ACTIVE", "evt-y v2 CLOSED", "evt-w v1 ACTIVE");
  }

  @Test
  void aStageAtItsBoundClosesTheLeastRecentlyUpdatedEventsToMakeRoom() {
    String floods = "Floods close the harbour of Genoa for a second day.";
    DedupeStage stage =
        new DedupeStage(new EventClusterer(ClusterConfig.defaults()), new MemoryEventStore(), 3);
    run(
        stage,
        List.of(
            story("a", floods, T0),
            story(
                "b",
                "A chess prodigy wins the open tournament in Reykjavik.",
                T0.plusSeconds(3600)),
            story("c", floods, T0.plusSeconds(7200))));

    List<String> out =
        run(
            stage,
            List.of(
                story("d", "A cargo ship runs aground in the Suez canal.", T0.plusSeconds(10800))));

    // a and c make one event updated at c; b's, updated before, is the one closed
    assertThat(out).containsExactly("evt-b v2 CLOSED", "evt-d v1 ACTIVE");
    assertThat(stage.closedForRoom()).isEqualTo(1);
  }

  @Test
  void anArticleDeliveredAgainChangesNothingEvenAfterARestart() {
    MemoryEventStore store = new MemoryEventStore();
    DedupeStage stage = new DedupeStage(new EventClusterer(ClusterConfig.defaults()), store);
    EnrichedArticle article = story("a", "Floods close the harbour of Genoa for a second day.", T0);
    EnrichedArticle copy = story("b", "Floods close the harbour of Genoa for a second day.", T0);

    assertThat(run(stage, List.of(article, copy)))
        .containsExactly("evt-a v1 ACTIVE", "evt-a v2 ACTIVE");
    assertThat(stage.process(article)).isEmpty();
    DedupeStage restarted = new DedupeStage(new EventClusterer(ClusterConfig.defaults()), store);
    assertThat(restarted.process(copy)).isEmpty();

    assertThat(store.event("evt-a").getArticles())
        .extracting(a -> a.getArticleId())
        .containsExactly("a", "b");
    assertThat(stage.redelivered()).isEqualTo(1);
  }

  @Test
  void anArticleWhoseEventClosedStartsANewOne() {
    DedupeStage stage =
        new DedupeStage(new EventClusterer(ClusterConfig.defaults()), new MemoryEventStore());
    EnrichedArticle article = story("a", "Floods close the harbour of Genoa for a second day.", T0);
    EnrichedArticle later =
        story(
            "x",
            "A chess prodigy wins the open tournament in Reykjavik.",
            T0.plus(Duration.ofDays(8)));

    assertThat(run(stage, List.of(article, later))).contains("evt-a v2 CLOSED");

    // past the retention the article is news again: clustered, not ignored
    assertThat(run(stage, List.of(article))).singleElement().asString().endsWith(" ACTIVE");
  }
}
