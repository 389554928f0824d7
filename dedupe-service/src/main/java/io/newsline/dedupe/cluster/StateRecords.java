package io.newsline.dedupe.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How event states are kept in a key-value store (dedupe's changelogged state store), so that an
 * article writes about what it changed, not the whole event:
 *
 * <ul>
 *   <li>a core record under the event's id: its numbers, which change as members join (counts, the
 *       centroid's weights and document counts, index positions, entity counts, times);
 *   <li>dictionary records under {@code <id>#d<k>}: its member ids, terms, entities and MinHash
 *       signatures, which only grow: each write that adds some adds a record with the new ones
 *       (until {@link #MAX_DICTIONARY_RECORDS}, when they are written again as one);
 *   <li>vector records under {@code <id>#v<n>}: member n's vector (kept for splits), which never
 *       changes once it joined.
 * </ul>
 *
 * A split renumbers the event: its dictionary and vectors are written anew. With the whole state in
 * one record, as before, the 32nd member's join rewrote 32 vectors (about 80 KB), and every join
 * rewrote every member id, term and entity. Records of the old whole format ({@link
 * EventState#toBytes}) still read; such an event writes all its records the first time it changes.
 */
public final class StateRecords {
  /** Dictionary records an event may have before they are written again as one. */
  static final int MAX_DICTIONARY_RECORDS = 16;

  private StateRecords() {}

  /** Where records go: puts and deletes by key, as on a store. */
  public interface Sink {
    void put(String key, byte[] value);

    void delete(String key);
  }

  /**
   * The states read from a store's records; the keys of records no event claims; the ids of events
   * whose dictionary records are incomplete (never, when the store is written only through {@link
   * #write} in transactions), left out as they cannot be rebuilt.
   */
  public record Restored(List<EventState> states, List<String> orphanKeys, List<String> broken) {}

  /** The key of an event's member vector n ('#' is in no event id: "evt-", hex, "-split-k"). */
  public static String vectorKey(String eventId, int n) {
    return eventId + "#v" + n;
  }

  /** The key of an event's dictionary record k. */
  public static String dictionaryKey(String eventId, int k) {
    return eventId + "#d" + k;
  }

  /** A sink into a map, as a store would hold the records. */
  public static Sink into(Map<String, byte[]> records) {
    return new Sink() {
      @Override
      public void put(String key, byte[] value) {
        records.put(key, value);
      }

      @Override
      public void delete(String key) {
        records.remove(key);
      }
    };
  }

  /**
   * Writes what changed in the event since its last write: its core, a dictionary record with the
   * members, terms, entities and signatures it added, the vectors it added, and deletes for the
   * records it no longer needs. After a split, its dictionary and vectors whole.
   */
  public static void write(EventState e, Sink sink) {
    writeDictionary(e, sink);
    sink.put(e.eventId, e.coreRecord());
    for (int v = Math.min(e.vecClean, e.vecCount); v < e.vecCount; v++) {
      sink.put(vectorKey(e.eventId, v), e.vectorRecord(v));
    }
    for (int v = e.vecCount; v < e.vecStored; v++) {
      sink.delete(vectorKey(e.eventId, v));
    }
    e.vecStored = e.vecCount;
    e.vecClean = e.vecCount;
  }

  private static void writeDictionary(EventState e, Sink sink) {
    int members = e.members.size();
    boolean shrank =
        members < e.dictMembers
            || e.termCount < e.dictTerms
            || e.entityCount < e.dictEntities
            || e.sigCount < e.dictSigs;
    if (e.dictStale || shrank || e.dictRecords >= MAX_DICTIONARY_RECORDS) {
      sink.put(dictionaryKey(e.eventId, 0), e.dictionaryRecord(0, 0, 0, 0, 0));
      for (int k = 1; k < e.dictRecords; k++) {
        sink.delete(dictionaryKey(e.eventId, k));
      }
      e.dictRecords = 1;
    } else if (members > e.dictMembers
        || e.termCount > e.dictTerms
        || e.entityCount > e.dictEntities
        || e.sigCount > e.dictSigs) {
      int k = e.dictRecords;
      sink.put(
          dictionaryKey(e.eventId, k),
          e.dictionaryRecord(k, e.dictMembers, e.dictTerms, e.dictEntities, e.dictSigs));
      e.dictRecords = k + 1;
    }
    e.dictMembers = members;
    e.dictTerms = e.termCount;
    e.dictEntities = e.entityCount;
    e.dictSigs = e.sigCount;
    e.dictStale = false;
  }

  /** Deletes every record of an event that left (evicted, or merged into another). */
  public static void delete(EventState e, Sink sink) {
    sink.delete(e.eventId);
    for (int k = 0; k < e.dictRecords; k++) {
      sink.delete(dictionaryKey(e.eventId, k));
    }
    for (int v = 0; v < e.vecStored; v++) {
      sink.delete(vectorKey(e.eventId, v));
    }
    e.dictRecords = 0;
    e.dictMembers = 0;
    e.dictTerms = 0;
    e.dictEntities = 0;
    e.dictSigs = 0;
    e.vecStored = 0;
    e.vecClean = 0;
  }

  /**
   * The states in a store's records, in any order and of any format. An event whose vector records
   * are incomplete keeps none (its next write deletes what there was); one whose dictionary records
   * are incomplete is left out ({@link Restored#broken()}).
   */
  public static Restored read(Collection<byte[]> records) {
    List<EventState> states = new ArrayList<>();
    Map<String, EventState> cores = new HashMap<>();
    Map<String, int[]> expected = new HashMap<>();
    Map<String, Map<Integer, byte[]>> vectors = new HashMap<>();
    Map<String, Map<Integer, StateReader>> dictionaries = new HashMap<>();
    for (byte[] bytes : records) {
      int format = bytes.length == 0 ? -1 : bytes[0];
      if (format == EventState.CORE) {
        StateReader in = new StateReader(bytes, true);
        in.readByte();
        int[] counts = new int[3];
        EventState e = EventState.readCoreRecord(in, counts);
        cores.put(e.eventId, e);
        expected.put(e.eventId, counts);
      } else if (format == EventState.VECTOR || format == EventState.DICTIONARY) {
        StateReader in = new StateReader(bytes, true);
        in.readByte();
        String eventId = in.text();
        int n = in.count();
        if (format == EventState.VECTOR) {
          vectors.computeIfAbsent(eventId, k -> new HashMap<>()).put(n, bytes);
        } else {
          dictionaries.computeIfAbsent(eventId, k -> new HashMap<>()).put(n, in);
        }
      } else {
        states.add(EventState.fromBytes(bytes)); // whole: it has no other records yet
      }
    }
    List<String> orphans = new ArrayList<>();
    vectors.forEach(
        (id, byNumber) -> {
          if (!cores.containsKey(id)) {
            byNumber.keySet().forEach(n -> orphans.add(vectorKey(id, n)));
          }
        });
    dictionaries.forEach(
        (id, byNumber) -> {
          if (!cores.containsKey(id)) {
            byNumber.keySet().forEach(k -> orphans.add(dictionaryKey(id, k)));
          }
        });
    List<String> broken = new ArrayList<>();
    for (EventState e : cores.values()) {
      int[] counts = expected.get(e.eventId);
      if (attachDictionary(e, counts, dictionaries.getOrDefault(e.eventId, Map.of()))) {
        attachVectors(e, counts[1], vectors.getOrDefault(e.eventId, Map.of()));
        states.add(e);
      } else {
        broken.add(e.eventId);
      }
    }
    return new Restored(states, orphans, broken);
  }

  /** Whether the event's dictionary records are all there and fill exactly what its core counts. */
  private static boolean attachDictionary(
      EventState e, int[] counts, Map<Integer, StateReader> records) {
    int[] at = new int[4];
    try {
      for (int k = 0; k < counts[2]; k++) {
        StateReader in = records.get(k);
        if (in == null) {
          return false;
        }
        EventState.readDictionary(e, in, at);
      }
    } catch (IllegalArgumentException ex) {
      return false;
    }
    if (at[0] != counts[0]
        || at[1] != e.termCount
        || at[2] != e.entityCount
        || at[3] != e.sigCount) {
      return false;
    }
    int stored = counts[2];
    for (int k : records.keySet()) {
      stored = Math.max(stored, k + 1);
    }
    e.dictRecords = stored;
    // leftover records past the counted ones: the next write starts again from one record
    e.dictStale = stored > counts[2];
    e.dictMembers = at[0];
    e.dictTerms = at[1];
    e.dictEntities = at[2];
    e.dictSigs = at[3];
    return true;
  }

  private static void attachVectors(EventState e, int count, Map<Integer, byte[]> records) {
    int stored = count;
    for (int v : records.keySet()) {
      stored = Math.max(stored, v + 1);
    }
    boolean complete = true;
    for (int v = 0; v < count; v++) {
      complete &= records.containsKey(v);
    }
    if (complete) {
      for (int v = 0; v < count; v++) {
        StateReader in = new StateReader(records.get(v), true);
        in.readByte();
        in.text();
        in.count();
        EventState.readVector(e, in);
      }
    }
    e.vecStored = stored;
    e.vecClean = complete ? count : 0;
  }
}
