package io.newsline.dedupe.cluster;

import static io.newsline.dedupe.cluster.Fixtures.HOUR;
import static io.newsline.dedupe.cluster.Fixtures.QUAKE_1;
import static io.newsline.dedupe.cluster.Fixtures.QUAKE_2;
import static io.newsline.dedupe.cluster.Fixtures.T0;
import static io.newsline.dedupe.cluster.Fixtures.quakeReport;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Splits of grown events ({@link ClusterConfig#splitThreshold()}): two similar events of one story
 * that merged while young come apart once each has several members; one event does not.
 */
class EventSplitTest {
  private static final ClusterConfig SPLITS = ClusterConfig.defaults();
  private static final ClusterConfig NO_SPLITS = ClusterConfig.defaults().withSplitThreshold(0);

  /** The events as sets of member ids, with each article's event from the clusterer's state. */
  private static Set<Set<String>> events(EventClusterer c, Map<String, Assignment> assigned) {
    Map<String, Set<String>> members = new LinkedHashMap<>();
    for (String id : assigned.keySet()) {
      for (Assignment a : assigned.values()) {
        EventState e = c.event(a.eventId());
        if (e != null && e.memberIds().contains(id)) {
          members.computeIfAbsent(e.eventId(), k -> new TreeSet<>()).add(id);
        }
      }
    }
    return Set.copyOf(members.values());
  }

  private static List<ArticleInput> twins() {
    Random r = new Random(5);
    List<ArticleInput> stream = new ArrayList<>(Fixtures.background());
    for (int i = 0; i < 7; i++) {
      stream.add(quakeReport("a" + i, QUAKE_1, r, T0 + (10 + 2 * i) * HOUR));
      stream.add(quakeReport("b" + i, QUAKE_2, r, T0 + (11 + 2 * i) * HOUR));
    }
    return stream;
  }

  private static Map<String, Assignment> run(EventClusterer c, List<ArticleInput> stream) {
    Map<String, Assignment> out = new LinkedHashMap<>();
    for (ArticleInput a : stream) {
      out.put(a.articleId(), c.assign(a));
    }
    return out;
  }

  @Test
  void twinEventsMergedWhileYoungAreSplitOnceEachHasSeveralMembers() {
    List<ArticleInput> stream = twins();
    // without splits the two earthquakes are one event
    EventClusterer plain = new EventClusterer(NO_SPLITS);
    Map<String, Assignment> merged = run(plain, stream);
    assertThat(merged.get("b0").eventId()).isEqualTo(merged.get("a0").eventId());
    assertThat(plain.event(merged.get("a0").eventId()).size()).isEqualTo(14);

    EventClusterer c = new EventClusterer(SPLITS);
    List<EventState> splits = new ArrayList<>();
    List<String> splitBy = new ArrayList<>();
    Map<String, Assignment> assigned = new LinkedHashMap<>();
    for (ArticleInput a : stream) {
      Assignment assignment = c.assign(a);
      assigned.put(a.articleId(), assignment);
      splits.addAll(c.splitEvents());
      c.splitEvents().forEach(e -> splitBy.add(a.articleId()));
      if (!c.splitEvents().isEmpty()) {
        // both events have new versions; the article's own event is the one it is in now
        assertThat(c.changedEvents()).hasSize(2);
        assertThat(c.event(assignment.eventId()).memberIds()).contains(a.articleId());
      }
    }
    assertThat(splits).hasSize(1);
    EventState second = c.event(splits.get(0).eventId());
    // named after the article that split it off (its earliest member may once have founded an
    // event that was merged away)
    assertThat(second.eventId()).isEqualTo("evt-" + splitBy.get(0) + "-split");
    assertThat(second.memberIds()).allMatch(id -> id.startsWith("b"));
    EventState first = c.event("evt-a0");
    assertThat(first.memberIds()).allMatch(id -> id.startsWith("a"));
    assertThat(first.size() + second.size()).isEqualTo(14);
  }

  @Test
  void oneEventIsNotSplit() {
    Random r = new Random(7);
    List<ArticleInput> stream = new ArrayList<>(Fixtures.background());
    for (int i = 0; i < 14; i++) {
      stream.add(quakeReport("a" + i, QUAKE_1, r, T0 + (10 + i) * HOUR));
    }
    EventClusterer c = new EventClusterer(SPLITS);
    for (ArticleInput a : stream) {
      c.assign(a);
      assertThat(c.splitEvents()).isEmpty();
    }
    assertThat(c.event("evt-a0").size()).isEqualTo(14);
  }

  @Test
  void restoreAfterASplitDecidesAsNeverStopping() {
    List<ArticleInput> stream = twins();
    Random r = new Random(9);
    for (int i = 7; i < 10; i++) {
      stream.add(quakeReport("a" + i, QUAKE_1, r, T0 + (30 + 2 * i) * HOUR));
      stream.add(quakeReport("b" + i, QUAKE_2, r, T0 + (31 + 2 * i) * HOUR));
    }
    EventClusterer uninterrupted = new EventClusterer(SPLITS);
    Map<String, Assignment> expected = run(uninterrupted, stream);

    EventClusterer before = new EventClusterer(SPLITS);
    Map<String, byte[]> store = new LinkedHashMap<>();
    Map<String, Assignment> resumed = new LinkedHashMap<>();
    int cut = stream.size() - 6; // after the split
    for (ArticleInput a : stream.subList(0, cut)) {
      resumed.put(a.articleId(), before.assign(a));
      before.changedEvents().forEach(e -> StateRecords.write(e, StateRecords.into(store)));
    }
    String second =
        store.keySet().stream().filter(id -> id.endsWith("-split")).findFirst().orElseThrow();
    EventClusterer after = new EventClusterer(SPLITS);
    List<EventState> restored = new ArrayList<>(StateRecords.read(store.values()).states());
    after.restore(restored);
    for (ArticleInput a : stream.subList(cut, stream.size())) {
      resumed.put(a.articleId(), after.assign(a));
    }

    assertThat(resumed).isEqualTo(expected);
    for (String id : List.of("evt-a0", second)) {
      assertThat(after.event(id).toBytes()).isEqualTo(uninterrupted.event(id).toBytes());
    }
  }

  @Test
  void aStateStoredBeforeMemberVectorsStillReads() {
    EventClusterer c = new EventClusterer(NO_SPLITS);
    Fixtures.background().forEach(c::assign);
    EventState e = c.changedEvents().get(0);
    byte[] now = e.toBytes();
    // format 1: the same fields without the member vectors (their count, 0, is the last int)
    byte[] old = java.util.Arrays.copyOf(now, now.length - 4);
    old[0] = 1;
    EventState read = EventState.fromBytes(old);
    assertThat(read.toBytes()).isEqualTo(now);
  }

  @Test
  void anEventPastTheSplitSizeForgetsItsMemberVectors() {
    Random r = new Random(11);
    EventClusterer c = new EventClusterer(SPLITS);
    Fixtures.background().forEach(c::assign);
    int members = SPLITS.maxSplitMembers() + 1;
    for (int i = 0; i < members; i++) {
      c.assign(quakeReport("a" + i, QUAKE_1, r, T0 + (10 + i) * HOUR));
      EventState e = c.event("evt-a0");
      // every member has a vector up to the split size, none after it
      assertThat(e.vecCount).isEqualTo(e.size() <= SPLITS.maxSplitMembers() ? e.size() : 0);
    }
    assertThat(c.event("evt-a0").size()).isEqualTo(members);
  }
}
