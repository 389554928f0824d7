package io.newsline.dedupe;

import io.newsline.avro.CanonicalEvent;
import io.newsline.dedupe.cluster.EventState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stage's event store in memory, states kept as bytes as the processor's state stores keep
 * them: a new stage on the same store is a restart.
 */
final class MemoryEventStore implements DedupeStage.EventStore {
  final Map<String, CanonicalEvent> events = new LinkedHashMap<>();
  final Map<String, byte[]> states = new LinkedHashMap<>();

  @Override
  public CanonicalEvent event(String eventId) {
    return events.get(eventId);
  }

  @Override
  public void putEvent(CanonicalEvent event) {
    events.put(event.getEventId(), event);
  }

  @Override
  public void deleteEvent(String eventId) {
    events.remove(eventId);
  }

  @Override
  public void putState(EventState state) {
    states.put(state.eventId(), state.toBytes());
  }

  @Override
  public void deleteState(String eventId) {
    states.remove(eventId);
  }

  @Override
  public List<EventState> allStates() {
    List<EventState> all = new ArrayList<>();
    states.values().forEach(bytes -> all.add(EventState.fromBytes(bytes)));
    return all;
  }
}
