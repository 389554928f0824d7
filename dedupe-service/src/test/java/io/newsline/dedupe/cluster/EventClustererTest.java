package io.newsline.dedupe.cluster;

import static io.newsline.dedupe.cluster.Fixtures.CAPITAL;
import static io.newsline.dedupe.cluster.Fixtures.CAPITAL_TITLE;
import static io.newsline.dedupe.cluster.Fixtures.DISTRICTS;
import static io.newsline.dedupe.cluster.Fixtures.DISTRICTS_TITLE;
import static io.newsline.dedupe.cluster.Fixtures.EMBASSY;
import static io.newsline.dedupe.cluster.Fixtures.EMBASSY_REWRITE;
import static io.newsline.dedupe.cluster.Fixtures.EMBASSY_REWRITE_TITLE;
import static io.newsline.dedupe.cluster.Fixtures.EMBASSY_TITLE;
import static io.newsline.dedupe.cluster.Fixtures.HOUR;
import static io.newsline.dedupe.cluster.Fixtures.T0;
import static io.newsline.dedupe.cluster.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventClustererTest {
  private static final long DAY = 24 * HOUR;

  private final EventClusterer clusterer = new EventClusterer(ClusterConfig.defaults());

  private void warmUp(EventClusterer c) {
    Fixtures.background().forEach(c::assign);
  }

  private static List<ArticleInput> panjshirStream() {
    List<ArticleInput> stream = new ArrayList<>(Fixtures.background());
    stream.add(article("embassy", EMBASSY_TITLE, EMBASSY, T0 + 10 * HOUR));
    stream.add(article("districts", DISTRICTS_TITLE, DISTRICTS, T0 + 11 * HOUR));
    stream.add(
        article("embassy-copy", EMBASSY_TITLE, EMBASSY + " Share this article.", T0 + 12 * HOUR));
    stream.add(article("capital", CAPITAL_TITLE, CAPITAL, T0 + 13 * HOUR));
    stream.add(article("embassy-rewrite", EMBASSY_REWRITE_TITLE, EMBASSY_REWRITE, T0 + 14 * HOUR));
    return stream;
  }

  @Test
  void foundingArticleIsTheRepresentativeOfANewEvent() {
    Assignment a = clusterer.assign(article("a1", EMBASSY_TITLE, EMBASSY, T0));

    assertThat(a.eventId()).isEqualTo("evt-a1");
    assertThat(a.relation()).isEqualTo(Relation.REPRESENTATIVE);
    assertThat(a.newEvent()).isTrue();
    assertThat(a.mergedEventIds()).isEmpty();
    assertThat(clusterer.changedEvents()).extracting(EventState::eventId).containsExactly("evt-a1");
    assertThat(clusterer.size()).isEqualTo(1);
  }

  @Test
  void exactDuplicateIsANearDuplicateOfTheSameEvent() {
    warmUp(clusterer);
    Assignment first = clusterer.assign(article("a1", EMBASSY_TITLE, EMBASSY, T0 + HOUR));
    Assignment copy = clusterer.assign(article("a2", EMBASSY_TITLE, EMBASSY, T0 + 2 * HOUR));

    assertThat(copy.eventId()).isEqualTo(first.eventId());
    assertThat(copy.relation()).isEqualTo(Relation.NEAR_DUPLICATE);
    assertThat(copy.similarity()).isEqualTo(1.0);
    assertThat(copy.newEvent()).isFalse();
    assertThat(clusterer.changedEvents())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.memberIds()).containsExactly("a1", "a2");
              assertThat(e.representativeId()).isEqualTo("a1");
            });
  }

  @Test
  void rescrapeWithDifferentJunkIsANearDuplicate() {
    warmUp(clusterer);
    Assignment first = clusterer.assign(article("a1", EMBASSY_TITLE, EMBASSY, T0 + HOUR));
    Assignment rescrape =
        clusterer.assign(
            article(
                "a2",
                EMBASSY_TITLE + " | World News",
                "Subscribe to our newsletter. " + EMBASSY + " Related: Read more on Afghanistan.",
                T0 + 2 * HOUR));

    assertThat(rescrape.eventId()).isEqualTo(first.eventId());
    assertThat(rescrape.relation()).isEqualTo(Relation.NEAR_DUPLICATE);
    assertThat(rescrape.similarity()).isBetween(0.6, 1.0);
  }

  @Test
  void rewrittenSameStoryJoinsAsSameEvent() {
    warmUp(clusterer);
    Assignment first = clusterer.assign(article("a1", EMBASSY_TITLE, EMBASSY, T0 + HOUR));
    Assignment rewrite =
        clusterer.assign(article("a2", EMBASSY_REWRITE_TITLE, EMBASSY_REWRITE, T0 + 3 * HOUR));

    assertThat(rewrite.eventId()).isEqualTo(first.eventId());
    assertThat(rewrite.relation()).isEqualTo(Relation.SAME_EVENT);
    assertThat(rewrite.newEvent()).isFalse();
    assertThat(rewrite.similarity())
        .isGreaterThanOrEqualTo(ClusterConfig.defaults().sameEventThreshold());
  }

  @Test
  void similarButDifferentEventsStayApart() {
    Map<String, Assignment> out = run(clusterer, panjshirStream());

    String embassy = out.get("embassy").eventId();
    assertThat(out.get("embassy-copy").eventId()).isEqualTo(embassy);
    assertThat(out.get("embassy-copy").relation()).isEqualTo(Relation.NEAR_DUPLICATE);
    assertThat(out.get("embassy-rewrite").eventId()).isEqualTo(embassy);
    assertThat(out.get("embassy-rewrite").relation()).isEqualTo(Relation.SAME_EVENT);
    assertThat(out.get("districts").newEvent()).isTrue();
    assertThat(out.get("capital").newEvent()).isTrue();
    assertThat(List.of(embassy, out.get("districts").eventId(), out.get("capital").eventId()))
        .doesNotHaveDuplicates();
  }

  @Test
  void sameOrderTwiceGivesIdenticalIdsAndMembership() {
    EventClusterer other = new EventClusterer(ClusterConfig.defaults());
    Map<String, Assignment> first = run(clusterer, panjshirStream());
    Map<String, Assignment> second = run(other, panjshirStream());

    assertThat(second).isEqualTo(first);
    for (Assignment a : first.values()) {
      assertThat(other.event(a.eventId()).memberIds())
          .isEqualTo(clusterer.event(a.eventId()).memberIds());
      assertThat(other.event(a.eventId()).toBytes())
          .isEqualTo(clusterer.event(a.eventId()).toBytes());
    }
  }

  @Test
  void restoreThenContinueDecidesAsNeverStopping() {
    List<ArticleInput> stream = panjshirStream();
    Map<String, Assignment> uninterrupted = run(clusterer, stream);

    // the Kafka side: write changed events back to a store after each assign
    EventClusterer before = new EventClusterer(ClusterConfig.defaults());
    Map<String, byte[]> store = new LinkedHashMap<>();
    Map<String, Assignment> resumed = new LinkedHashMap<>();
    int cut = stream.size() - 3;
    for (ArticleInput a : stream.subList(0, cut)) {
      resumed.put(a.articleId(), before.assign(a));
      before.changedEvents().forEach(e -> StateRecords.write(e, StateRecords.into(store)));
    }
    EventClusterer after = new EventClusterer(ClusterConfig.defaults());
    List<EventState> restored = new ArrayList<>(StateRecords.read(store.values()).states());
    java.util.Collections.reverse(restored); // restore order must not matter
    after.restore(restored);
    assertThat(after.size()).isEqualTo(before.size());
    for (ArticleInput a : stream.subList(cut, stream.size())) {
      resumed.put(a.articleId(), after.assign(a));
    }

    assertThat(resumed).isEqualTo(uninterrupted);
    for (Assignment a : uninterrupted.values()) {
      assertThat(after.event(a.eventId()).toBytes())
          .isEqualTo(clusterer.event(a.eventId()).toBytes());
    }
  }

  @Test
  void evictsEventsIdleLongerThanTheRetentionByEventTime() {
    ClusterConfig config = new ClusterConfig(2 * DAY);
    EventClusterer c = new EventClusterer(config);
    c.assign(article("old", EMBASSY_TITLE, EMBASSY, T0));
    c.assign(article("newer", DISTRICTS_TITLE, DISTRICTS, T0 + DAY));

    assertThat(c.evictIdle(T0 + 2 * DAY)).isEmpty(); // idle exactly the retention: kept
    assertThat(c.evictIdle(T0 + 2 * DAY + 1))
        .extracting(EventState::eventId)
        .containsExactly("evt-old");
    assertThat(c.size()).isEqualTo(1);
    assertThat(c.event("evt-old")).isNull();

    // the evicted event's text no longer matches: a copy founds a new event
    Assignment again = c.assign(article("again", EMBASSY_TITLE, EMBASSY, T0 + 2 * DAY + 2));
    assertThat(again.newEvent()).isTrue();
    assertThat(again.eventId()).isEqualTo("evt-again");
    assertThat(c.evictIdle(T0 + 10 * DAY))
        .extracting(EventState::eventId)
        .containsExactly("evt-newer", "evt-again");
    assertThat(c.size()).isZero();
  }

  @Test
  void aNewMemberKeepsTheEventAlive() {
    EventClusterer c = new EventClusterer(new ClusterConfig(2 * DAY));
    warmUp(c);
    c.assign(article("a1", EMBASSY_TITLE, EMBASSY, T0 + HOUR));
    c.assign(article("a2", EMBASSY_REWRITE_TITLE, EMBASSY_REWRITE, T0 + DAY + HOUR));

    assertThat(c.evictIdle(T0 + 3 * DAY)).extracting(EventState::eventId).doesNotContain("evt-a1");
    assertThat(c.event("evt-a1").lastUpdated()).isEqualTo(T0 + DAY + HOUR);
    assertThat(c.event("evt-a1").firstSeen()).isEqualTo(T0 + HOUR);
  }

  @Test
  void noChainingThroughABridgingArticle() {
    warmUp(clusterer);
    String a =
        "Volcano erupts near the fishing village of Porto Velha, sending ash over the harbour."
            + " Lava reached the old lighthouse and villagers fled by boat. Geologists from the"
            + " observatory recorded tremors all night near Porto Velha.";
    String c =
        "A ferry carrying tourists ran aground off Santa Luzia island after its engine failed."
            + " Coast guard cutters towed the ferry to port and all passengers were safe. The"
            + " captain of the ferry blamed the engine.";
    String bridge =
        "Volcano erupts near the fishing village of Porto Velha, sending ash over the harbour."
            + " Lava reached the old lighthouse and villagers fled by boat."
            + " A ferry carrying tourists ran aground off Santa Luzia island after its engine"
            + " failed. Coast guard cutters towed the ferry to port.";
    Assignment first =
        clusterer.assign(article("A", "Volcano erupts at Porto Velha", a, T0 + HOUR));
    Assignment middle = clusterer.assign(article("B", "Volcano and ferry", bridge, T0 + 2 * HOUR));
    Assignment last =
        clusterer.assign(article("C", "Ferry runs aground off Santa Luzia", c, T0 + 3 * HOUR));

    assertThat(middle.eventId()).isEqualTo(first.eventId());
    assertThat(last.eventId()).isNotEqualTo(first.eventId());
    assertThat(last.newEvent()).isTrue();
  }

  @Test
  void farApartInEventTimeStaysApart() {
    warmUp(clusterer);
    Assignment first = clusterer.assign(article("a1", EMBASSY_TITLE, EMBASSY, T0 + HOUR));
    Assignment later =
        clusterer.assign(article("a2", EMBASSY_REWRITE_TITLE, EMBASSY_REWRITE, T0 + 6 * DAY));

    assertThat(later.eventId()).isNotEqualTo(first.eventId());
  }

  @Test
  void sharedEntitiesAddEvidence() {
    warmUp(clusterer);
    List<String> ids = List.of("ent:person:dmitry-zhirnov", "ent:place:panjshir");
    clusterer.assign(new ArticleInput("a1", EMBASSY_TITLE, EMBASSY, ids, T0 + HOUR));
    ArticleInput rewrite =
        new ArticleInput("a2", EMBASSY_REWRITE_TITLE, EMBASSY_REWRITE, ids, T0 + 2 * HOUR);
    EventClusterer without = new EventClusterer(ClusterConfig.defaults());
    warmUp(without);
    without.assign(article("a1", EMBASSY_TITLE, EMBASSY, T0 + HOUR));

    double withEntities = clusterer.assign(rewrite).similarity();
    double textOnly =
        without
            .assign(article("a2", EMBASSY_REWRITE_TITLE, EMBASSY_REWRITE, T0 + 2 * HOUR))
            .similarity();
    assertThat(withEntities).isGreaterThan(textOnly);
    assertThat(clusterer.event("evt-a1").entityIds()).containsExactlyElementsOf(ids);
  }

  @Test
  void anEventSplitWhileYoungIsMergedOnceAnArticleReachesBothHalves() {
    List<ArticleInput> stream = new ArrayList<>(Fixtures.background());
    stream.addAll(Fixtures.bridgeCollapse());
    Map<String, Assignment> out = run(clusterer, stream);

    // "c" scored under evt-a's threshold and founded a second event; "b" reaches both, joins the
    // better (evt-c) and folds evt-a into it (one member each: the best survives)
    assertThat(out.get("c").newEvent()).isTrue();
    Assignment b = out.get("b");
    assertThat(b.eventId()).isEqualTo("evt-c");
    assertThat(b.relation()).isEqualTo(Relation.SAME_EVENT);
    assertThat(b.mergedEventIds()).containsExactly("evt-a");
    assertThat(clusterer.event("evt-a")).isNull();
    assertThat(out.values().stream().skip(Fixtures.background().size() + 3))
        .allSatisfy(x -> assertThat(x.eventId()).isEqualTo("evt-c"));
    assertThat(clusterer.event("evt-c").memberIds())
        .containsExactlyInAnyOrder("a", "b", "c", "d", "e", "f", "g");
    assertThat(clusterer.size()).isEqualTo(Fixtures.background().size() + 1);
    // the merged event holds what both halves held: a later report of either half joins it
    Assignment later =
        clusterer.assign(
            article(
                "h",
                "Divers search the Varna for missing motorist",
                "Divers searched the Varna for a missing motorist after the crossing at Kelso gave"
                    + " way. The mayor said engineers had inspected the span last year.",
                T0 + 30 * HOUR));
    assertThat(later.eventId()).isEqualTo("evt-c");
  }

  @Test
  void withoutMergesTheSplitStaysSplit() {
    EventClusterer c = new EventClusterer(ClusterConfig.defaults().withMergeThreshold(2));
    List<ArticleInput> stream = new ArrayList<>(Fixtures.background());
    stream.addAll(Fixtures.bridgeCollapse());
    Map<String, Assignment> out = run(c, stream);

    assertThat(out.values()).allSatisfy(a -> assertThat(a.mergedEventIds()).isEmpty());
    assertThat(c.event("evt-c").memberIds()).containsExactly("c", "b");
  }

  @Test
  void anArticleReachingTwoDistinctEventsDoesNotMergeThem() {
    String volcano =
        "Volcano erupts near the fishing village of Porto Velha, sending ash over the harbour."
            + " Lava reached the old lighthouse and villagers fled by boat. Geologists from the"
            + " observatory recorded tremors all night near Porto Velha.";
    String ferry =
        "A ferry carrying tourists ran aground off Santa Luzia island after its engine failed."
            + " Coast guard cutters towed the ferry to port and all passengers were safe. The"
            + " captain of the ferry blamed the engine.";
    String both =
        "Volcano erupts near the fishing village of Porto Velha, sending ash over the harbour."
            + " Lava reached the old lighthouse and villagers fled by boat."
            + " A ferry carrying tourists ran aground off Santa Luzia island after its engine"
            + " failed. Coast guard cutters towed the ferry to port.";
    List<ArticleInput> stream = new ArrayList<>(Fixtures.background());
    stream.add(article("A", "Volcano erupts at Porto Velha", volcano, T0 + 20 * HOUR));
    stream.add(article("C", "Ferry runs aground off Santa Luzia", ferry, T0 + 21 * HOUR));
    stream.add(article("B", "Volcano and ferry", both, T0 + 22 * HOUR));

    // "B" reaches both events' thresholds: merging on that alone would fold them together
    EventClusterer anyMatch = new EventClusterer(ClusterConfig.defaults().withMergeThreshold(0));
    assertThat(run(anyMatch, stream).get("B").mergedEventIds()).containsExactly("evt-C");
    // but their centroids are far apart
    Assignment b = run(clusterer, stream).get("B");
    assertThat(b.eventId()).isEqualTo("evt-A");
    assertThat(b.mergedEventIds()).isEmpty();
    assertThat(clusterer.event("evt-C").memberIds()).containsExactly("C");
  }

  @Test
  void restoreAfterAMergeDecidesAsNeverStopping() {
    List<ArticleInput> stream = new ArrayList<>(Fixtures.background());
    stream.addAll(Fixtures.bridgeCollapse());
    stream.add(article("copy", "Kelso bridge", EMBASSY, T0 + 30 * HOUR));
    stream.add(
        article(
            "h",
            "Kelso bridge collapse",
            "The road bridge over the Varna river at Kelso collapsed on Monday, sending two cars"
                + " into the water. Rescuers pulled four people from the river and divers searched"
                + " for a missing motorist.",
            T0 + 31 * HOUR));
    Map<String, Assignment> uninterrupted = run(clusterer, stream);
    assertThat(uninterrupted.get("b").mergedEventIds()).containsExactly("evt-a");

    // the Kafka side (DedupeStage): write changed events back, delete merged ones
    EventClusterer before = new EventClusterer(ClusterConfig.defaults());
    Map<String, byte[]> store = new LinkedHashMap<>();
    Map<String, Assignment> resumed = new LinkedHashMap<>();
    int cut = stream.size() - 2; // just after the merge
    for (ArticleInput a : stream.subList(0, cut)) {
      Assignment assignment = before.assign(a);
      resumed.put(a.articleId(), assignment);
      before.changedEvents().forEach(e -> StateRecords.write(e, StateRecords.into(store)));
      before.mergedEvents().forEach(e -> StateRecords.delete(e, StateRecords.into(store)));
    }
    assertThat(store).doesNotContainKey("evt-a");
    assertThat(store.keySet()).noneMatch(k -> k.startsWith("evt-a#")); // nor its other records
    EventClusterer after = new EventClusterer(ClusterConfig.defaults());
    List<EventState> restored = new ArrayList<>(StateRecords.read(store.values()).states());
    after.restore(restored);
    for (ArticleInput a : stream.subList(cut, stream.size())) {
      resumed.put(a.articleId(), after.assign(a));
    }

    assertThat(resumed).isEqualTo(uninterrupted);
    for (Assignment a : uninterrupted.values()) {
      if (clusterer.event(a.eventId()) != null) {
        assertThat(after.event(a.eventId()).toBytes())
            .isEqualTo(clusterer.event(a.eventId()).toBytes());
      }
    }
  }

  @Test
  void anArticleConflictingInFiguresYearsAndPeopleStaysOutOfASimilarEvent() {
    String quake2008 =
        "A magnitude 5.6 earthquake struck Qeshm island off southern Iran on Sunday, injuring 15"
            + " people and damaging 40 homes in the villages near Dargahan, the provincial governor"
            + " Mehdi Irannejad said. The quake was the strongest on the island since 2005.";
    String quake2005 =
        "At least 10 people were killed when a magnitude 5.9 earthquake struck Qeshm island off"
            + " southern Iran on Sunday, and 300 buildings collapsed in Qeshm City. Heydar"
            + " Alishbandi, who heads the relief effort, said hospitals were full. It was the"
            + " deadliest on the island since 1997.";
    String quake2008Again =
        "Rescuers counted 15 people injured and 40 homes damaged after the magnitude 5.6"
            + " earthquake on Qeshm island off southern Iran, governor Mehdi Irannejad said, the"
            + " strongest since 2005 near Dargahan.";
    List<ArticleInput> stream = new ArrayList<>(Fixtures.background());
    stream.add(
        new ArticleInput(
            "a", "Quake hits Qeshm island", quake2008, List.of("per:irannejad"), T0 + 20 * HOUR));
    stream.add(
        new ArticleInput(
            "b",
            "Deadly earthquake on Qeshm",
            quake2005,
            List.of("per:alishbandi"),
            T0 + 21 * HOUR));
    stream.add(
        new ArticleInput(
            "c",
            "Qeshm quake injures 15",
            quake2008Again,
            List.of("per:irannejad"),
            T0 + 22 * HOUR));
    stream.add(
        new ArticleInput(
            "d",
            "Red Crescent counts the damage on Qeshm",
            "Red Crescent official Ali Karimi said 15 people were injured and 40 homes damaged by"
                + " the magnitude 5.6 earthquake near Dargahan on Qeshm island.",
            List.of("per:karimi"),
            T0 + 23 * HOUR));

    // without the penalty the two earthquakes are one event
    EventClusterer lenient = new EventClusterer(ClusterConfig.defaults().withConflictPenalty(0));
    assertThat(run(lenient, stream).get("b").eventId()).isEqualTo("evt-a");
    // other figures, another year and another person: a similar event, not this one
    Map<String, Assignment> out = run(clusterer, stream);
    assertThat(out.get("b").eventId()).isEqualTo("evt-b");
    assertThat(out.get("c").eventId()).isEqualTo("evt-a");
    assertThat(out.get("d").eventId()).isEqualTo("evt-a");
    // one conflict alone (a new person, the same figures) is no evidence: no penalty
    stream.removeIf(a -> a.articleId().equals("b"));
    assertThat(run(new EventClusterer(ClusterConfig.defaults()), stream).get("d").similarity())
        .isEqualTo(
            run(new EventClusterer(ClusterConfig.defaults().withConflictPenalty(0)), stream)
                .get("d")
                .similarity());
  }

  private static Map<String, Assignment> run(EventClusterer c, List<ArticleInput> stream) {
    Map<String, Assignment> out = new LinkedHashMap<>();
    for (ArticleInput a : stream) {
      out.put(a.articleId(), c.assign(a));
    }
    return out;
  }
}
