package io.newsline.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.avro.ArticleRelation;
import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.EnrichedArticle;
import io.newsline.avro.EventArticle;
import io.newsline.dedupe.cluster.ArticleInput;
import io.newsline.dedupe.cluster.ClusterConfig;
import io.newsline.dedupe.cluster.EventClusterer;
import io.newsline.dedupe.cluster.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A split through the stage: the event records follow the clusterer's members. */
class DedupeSplitTest {
  private static final long HOUR = 3600_000L;

  private static EnrichedArticle report(String id, String[] own, Random r, long time) {
    ArticleInput a = Fixtures.quakeReport(id, own, r, time);
    return EnrichedArticles.of(
        id, a.title(), a.text(), Instant.ofEpochMilli(time), "pub-" + own[0]);
  }

  @Test
  void aSplitMakesTheNextVersionOfTheEventAndTheFirstOfTheNewOne() {
    List<EnrichedArticle> stream = new ArrayList<>();
    for (var a : Fixtures.background()) {
      stream.add(
          EnrichedArticles.of(
              a.articleId(), a.title(), a.text(), Instant.ofEpochMilli(a.eventTime()), "wire"));
    }
    Random r = new Random(5);
    long t0 = Fixtures.T0;
    for (int i = 0; i < 7; i++) {
      stream.add(report("a" + i, Fixtures.QUAKE_1, r, t0 + (10 + 2 * i) * HOUR));
      stream.add(report("b" + i, Fixtures.QUAKE_2, r, t0 + (11 + 2 * i) * HOUR));
    }
    EventClusterer clusterer = new EventClusterer(ClusterConfig.defaults());
    MemoryEventStore store = new MemoryEventStore();
    DedupeStage stage = new DedupeStage(clusterer, store);
    List<List<CanonicalEvent>> splits = new ArrayList<>();
    String splitBy = null;
    for (EnrichedArticle a : stream) {
      List<CanonicalEvent> out = stage.process(a);
      if (!clusterer.splitEvents().isEmpty()) {
        splits.add(out);
        splitBy = a.getArticle().getId();
      }
    }
    String second = "evt-" + splitBy + "-split";

    assertThat(splits).hasSize(1);
    List<CanonicalEvent> out = splits.get(0);
    assertThat(out).extracting(CanonicalEvent::getEventId).containsExactly("evt-a0", second);
    assertThat(out.get(1).getVersion()).isEqualTo(1);
    assertThat(out.get(1).getArticles().get(0).getArticleId()).isEqualTo("b0");
    assertThat(out.get(1).getArticles().get(0).getRelation())
        .isEqualTo(ArticleRelation.REPRESENTATIVE);
    assertThat(out.get(1).getPublishers()).containsExactly("pub-Tabl");
    // every record holds exactly its event's members
    for (CanonicalEvent e : store.events.values()) {
      assertThat(e.getArticles().stream().map(EventArticle::getArticleId).toList())
          .containsExactlyInAnyOrderElementsOf(clusterer.event(e.getEventId()).memberIds());
    }
    assertThat(store.events.get("evt-a0").getArticles())
        .allMatch(m -> m.getArticleId().startsWith("a"));
    assertThat(store.events.get(second).getArticles())
        .allMatch(m -> m.getArticleId().startsWith("b"))
        .hasSize(7);
  }
}
