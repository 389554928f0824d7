package io.newsline.dedupe.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How event states are kept in a key-value store (dedupe's changelogged state store): each event as
 * a core record under its id, and each member vector as a record of its own under {@link
 * #vectorKey}. A member's vector never changes once it joined (until a split renumbers the event),
 * so a join writes the event's core and one vector: with the vectors inside the one record, as
 * before, the 32nd member's join rewrote all 32 (about 80 KB) and an event's writes grew with the
 * square of its size.
 *
 * <p>Records of the old whole format ({@link EventState#toBytes}) still read; such an event writes
 * all its vectors as records the first time it changes.
 */
public final class StateRecords {
  private StateRecords() {}

  /** Where records go: puts and deletes by key, as on a store. */
  public interface Sink {
    void put(String key, byte[] value);

    void delete(String key);
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

  /** The states read from a store's records, and the keys of vector records no event claims. */
  public record Restored(List<EventState> states, List<String> orphanKeys) {}

  /** The key of an event's member vector v ('#' is in no event id: "evt-", hex, "-split-k"). */
  public static String vectorKey(String eventId, int v) {
    return eventId + '#' + v;
  }

  /**
   * Writes what changed in the event since its last write: its core, the vectors it added or
   * rewrote, and deletes for the vectors it no longer has.
   */
  public static void write(EventState e, Sink sink) {
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

  /** Writes every record of the event, as a store holds them after its last {@link #write}. */
  public static void writeAll(EventState e, Sink sink) {
    sink.put(e.eventId, e.coreRecord());
    for (int v = 0; v < e.vecCount; v++) {
      sink.put(vectorKey(e.eventId, v), e.vectorRecord(v));
    }
  }

  /** Deletes every record of an event that left (evicted, or merged into another). */
  public static void delete(EventState e, Sink sink) {
    sink.delete(e.eventId);
    for (int v = 0; v < e.vecStored; v++) {
      sink.delete(vectorKey(e.eventId, v));
    }
    e.vecStored = 0;
    e.vecClean = 0;
  }

  /**
   * The states in a store's records, in any order and of any format. An event whose vector records
   * are incomplete (never, when the store is written only through {@link #write} in transactions)
   * keeps none: its next write deletes what there was.
   */
  public static Restored read(Collection<byte[]> records) {
    List<EventState> states = new ArrayList<>();
    Map<String, EventState> cores = new HashMap<>();
    Map<String, Integer> expected = new HashMap<>();
    Map<String, Map<Integer, byte[]>> vectors = new HashMap<>();
    for (byte[] bytes : records) {
      int format = bytes.length == 0 ? -1 : bytes[0];
      if (format == EventState.CORE) {
        StateReader in = new StateReader(bytes, true);
        in.readByte();
        EventState e = EventState.readCore(in);
        expected.put(e.eventId, in.count());
        cores.put(e.eventId, e);
        states.add(e);
      } else if (format == EventState.VECTOR) {
        StateReader in = new StateReader(bytes, true);
        in.readByte();
        String eventId = in.text();
        vectors.computeIfAbsent(eventId, k -> new HashMap<>()).put(in.count(), bytes);
      } else {
        states.add(EventState.fromBytes(bytes)); // whole: its vectors have no records yet
      }
    }
    List<String> orphans = new ArrayList<>();
    for (Map.Entry<String, Map<Integer, byte[]>> entry : vectors.entrySet()) {
      EventState e = cores.get(entry.getKey());
      if (e == null) {
        entry.getValue().keySet().forEach(v -> orphans.add(vectorKey(entry.getKey(), v)));
      }
    }
    for (EventState e : cores.values()) {
      attachVectors(e, expected.get(e.eventId), vectors.getOrDefault(e.eventId, Map.of()));
    }
    return new Restored(states, orphans);
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
