package io.newsline.dedupe.cluster;

import static io.newsline.dedupe.cluster.Fixtures.HOUR;
import static io.newsline.dedupe.cluster.Fixtures.QUAKE_1;
import static io.newsline.dedupe.cluster.Fixtures.QUAKE_2;
import static io.newsline.dedupe.cluster.Fixtures.T0;
import static io.newsline.dedupe.cluster.Fixtures.quakeReport;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The store's records of event states ({@link StateRecords}): what a join writes, and that the
 * records restore every state exactly through joins, merges, splits, vector drops and evictions.
 */
class StateRecordsTest {
  private static final ClusterConfig SPLITS = ClusterConfig.defaults();

  /** Every write and delete, in order, as a changelog would see them. */
  private static final class Log implements StateRecords.Sink {
    final Map<String, byte[]> store = new LinkedHashMap<>();
    final List<String> writes = new ArrayList<>();
    long bytes;

    @Override
    public void put(String key, byte[] value) {
      store.put(key, value);
      writes.add(key);
      bytes += value.length;
    }

    @Override
    public void delete(String key) {
      store.remove(key);
      writes.add("-" + key);
    }

    /** The clusterer's changes after one assign or eviction, as DedupeStage writes them. */
    void record(EventClusterer c) {
      c.mergedEvents().forEach(e -> StateRecords.delete(e, this));
      c.changedEvents().forEach(e -> StateRecords.write(e, this));
    }
  }

  /** The log of the clusterer's writes for the background articles. */
  private static Log afterBackground(EventClusterer c) {
    Log log = new Log();
    for (ArticleInput a : Fixtures.background()) {
      c.assign(a);
      log.record(c);
    }
    return log;
  }

  private static void assertRestoresExactly(Log log, EventClusterer live) {
    StateRecords.Restored restored = StateRecords.read(log.store.values());
    assertThat(restored.orphanKeys()).isEmpty();
    Map<String, EventState> byId = new HashMap<>();
    restored.states().forEach(e -> byId.put(e.eventId(), e));
    assertThat(byId.keySet())
        .containsExactlyInAnyOrderElementsOf(
            live.events().stream().map(EventState::eventId).toList());
    for (EventState e : live.events()) {
      assertThat(byId.get(e.eventId()).toBytes()).as(e.eventId()).isEqualTo(e.toBytes());
    }
  }

  @Test
  void aJoinWritesWhatItAddedTheEventsNumbersAndOneMemberVector() {
    Random r = new Random(3);
    EventClusterer c = new EventClusterer(SPLITS);
    Log log = afterBackground(c);
    int max = StateRecords.MAX_DICTIONARY_RECORDS;
    for (int i = 0; i < max + 2; i++) {
      log.writes.clear();
      c.assign(quakeReport("a" + i, QUAKE_1, r, T0 + (10 + i) * HOUR));
      log.record(c);
      assertThat(c.event("evt-a0").size()).isEqualTo(i + 1);
      if (i < max) {
        assertThat(log.writes)
            .containsExactly(
                StateRecords.dictionaryKey("evt-a0", i),
                "evt-a0",
                StateRecords.vectorKey("evt-a0", i));
      }
    }
    // the 17th write put the dictionary into one record again, the 18th added a second
    assertThat(log.store.keySet())
        .filteredOn(k -> k.startsWith("evt-a0#d"))
        .containsExactlyInAnyOrder(
            StateRecords.dictionaryKey("evt-a0", 0), StateRecords.dictionaryKey("evt-a0", 1));
    assertRestoresExactly(log, c);
    // the core no longer carries the member ids and terms: a late join writes far less than the
    // state's whole record
    EventState a0 = c.event("evt-a0");
    assertThat(a0.coreRecord().length * 3).isLessThan(a0.toBytes().length / 4);
  }

  @Test
  void recordsRestoreEveryStateThroughMergesSplitsDropsAndEvictions() {
    Random r = new Random(5);
    EventClusterer c = new EventClusterer(SPLITS);
    Log log = new Log();
    List<ArticleInput> stream = new ArrayList<>(Fixtures.background());
    // twin earthquakes merge while young and split apart later
    for (int i = 0; i < 8; i++) {
      stream.add(quakeReport("a" + i, QUAKE_1, r, T0 + (10 + 2 * i) * HOUR));
      stream.add(quakeReport("b" + i, QUAKE_2, r, T0 + (11 + 2 * i) * HOUR));
    }
    // one grows past the split size: its vectors are dropped
    for (int i = 8; i < SPLITS.maxSplitMembers() + 4; i++) {
      stream.add(quakeReport("a" + i, QUAKE_1, r, T0 + (30 + i) * HOUR));
    }
    int splits = 0;
    int drops = 0;
    for (ArticleInput a : stream) {
      int vectorsBefore = c.event("evt-a0") == null ? 0 : c.event("evt-a0").vecCount;
      c.assign(a);
      splits += c.splitEvents().size();
      EventState a0 = c.event("evt-a0");
      drops += a0 != null && vectorsBefore > 0 && a0.vecCount == 0 ? 1 : 0;
      log.record(c);
      assertRestoresExactly(log, c);
    }
    assertThat(splits).isPositive();
    assertThat(drops).isEqualTo(1);
    // the dropped vectors' records are gone
    assertThat(log.store.keySet()).noneMatch(k -> k.startsWith("evt-a0#v"));

    for (EventState gone : c.evictIdle(T0 + 400 * HOUR)) {
      StateRecords.delete(gone, log);
    }
    assertThat(c.events()).isEmpty();
    assertThat(log.store).isEmpty();
  }

  @Test
  void aWholeStateOfOldReadsAndItsNextWriteStoresItsVectorsAsRecords() {
    Random r = new Random(7);
    EventClusterer c = new EventClusterer(SPLITS);
    for (int i = 0; i < 4; i++) {
      c.assign(quakeReport("a" + i, QUAKE_1, r, T0 + i * HOUR));
    }
    Log log = new Log();
    log.store.put("evt-a0", c.event("evt-a0").toBytes()); // as dedupe wrote it before records

    EventClusterer after = new EventClusterer(SPLITS);
    after.restore(StateRecords.read(log.store.values()).states());
    after.assign(quakeReport("a4", QUAKE_1, r, T0 + 4 * HOUR));
    log.record(after);

    assertThat(log.writes)
        .containsExactly(
            StateRecords.dictionaryKey("evt-a0", 0),
            "evt-a0",
            StateRecords.vectorKey("evt-a0", 0),
            StateRecords.vectorKey("evt-a0", 1),
            StateRecords.vectorKey("evt-a0", 2),
            StateRecords.vectorKey("evt-a0", 3),
            StateRecords.vectorKey("evt-a0", 4));
    assertRestoresExactly(log, after);
  }

  @Test
  void anEventWithAMissingVectorRecordKeepsNoneAndItsNextWriteDeletesTheRest() {
    Random r = new Random(11);
    EventClusterer c = new EventClusterer(SPLITS);
    Log log = new Log();
    for (int i = 0; i < 3; i++) {
      c.assign(quakeReport("a" + i, QUAKE_1, r, T0 + i * HOUR));
      log.record(c);
    }
    log.store.remove(StateRecords.vectorKey("evt-a0", 1));
    EventState gone = new EventState("evt-gone", T0, SPLITS.numHashes());
    gone.addVector(new short[0], new float[0], new short[0], -1, T0, new long[0], new float[0]);
    log.store.put(StateRecords.vectorKey("evt-gone", 0), gone.vectorRecord(0));

    StateRecords.Restored restored = StateRecords.read(log.store.values());
    assertThat(restored.orphanKeys()).containsExactly(StateRecords.vectorKey("evt-gone", 0));
    EventState e = restored.states().get(0);
    assertThat(e.size()).isEqualTo(3);
    assertThat(e.vecCount).isZero();

    EventClusterer after = new EventClusterer(SPLITS);
    after.restore(restored.states());
    log.writes.clear();
    after.assign(quakeReport("a3", QUAKE_1, r, T0 + 3 * HOUR));
    log.record(after);
    assertThat(log.writes)
        .containsExactly(
            StateRecords.dictionaryKey("evt-a0", 3),
            "evt-a0",
            "-" + StateRecords.vectorKey("evt-a0", 0),
            "-" + StateRecords.vectorKey("evt-a0", 1),
            "-" + StateRecords.vectorKey("evt-a0", 2));
  }

  @Test
  void anEventMissingADictionaryRecordIsReportedNotRestoredWrong() {
    Random r = new Random(13);
    EventClusterer c = new EventClusterer(SPLITS);
    Log log = afterBackground(c);
    for (int i = 0; i < 3; i++) {
      c.assign(quakeReport("a" + i, QUAKE_1, r, T0 + (10 + i) * HOUR));
      log.record(c);
    }
    log.store.remove(StateRecords.dictionaryKey("evt-a0", 1));

    StateRecords.Restored restored = StateRecords.read(log.store.values());
    assertThat(restored.broken()).containsExactly("evt-a0");
    assertThat(restored.states())
        .extracting(EventState::eventId)
        .doesNotContain("evt-a0")
        .hasSize(c.size() - 1);
  }
}
