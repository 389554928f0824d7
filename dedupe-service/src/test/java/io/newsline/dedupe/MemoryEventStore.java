package io.newsline.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.avro.CanonicalEvent;
import io.newsline.dedupe.cluster.EventState;
import io.newsline.dedupe.cluster.StateRecords;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stage's event store in memory, states kept as records as the processor's state stores keep
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
    StateRecords.write(state, StateRecords.into(states));
  }

  @Override
  public void deleteState(EventState state) {
    StateRecords.delete(state, StateRecords.into(states));
  }

  @Override
  public List<EventState> allStates() {
    StateRecords.Restored restored = StateRecords.read(states.values());
    assertThat(restored.orphanKeys()).isEmpty();
    assertThat(restored.broken()).isEmpty();
    return restored.states();
  }
}
