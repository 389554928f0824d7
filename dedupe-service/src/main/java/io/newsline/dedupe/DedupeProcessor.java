package io.newsline.dedupe;

import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.EnrichedArticle;
import io.newsline.dedupe.cluster.ClusterConfig;
import io.newsline.dedupe.cluster.EventClusterer;
import io.newsline.dedupe.cluster.EventState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Runs {@link DedupeStage} in Kafka Streams: event records and clustering state live in two
 * changelogged stores (so a restart or a move restores them exactly). Idle events are closed as the
 * articles' event time passes (in {@link DedupeStage}), never on wall-clock or on the records'
 * timestamps, so a replay decides the same.
 */
final class DedupeProcessor implements Processor<String, EnrichedArticle, String, CanonicalEvent> {
  static final String EVENTS_STORE = "dedupe-events";
  static final String STATES_STORE = "dedupe-states";

  private final ClusterConfig config;
  private final long maxArticles;
  private final BiConsumer<List<CanonicalEvent>, Instant> onEmit;
  private ProcessorContext<String, CanonicalEvent> context;
  private DedupeStage stage;

  /**
   * @param maxArticles the most articles held (see {@link DedupeStage})
   * @param onEmit told of every batch of event versions emitted, with the receive time of the
   *     article that caused them, for metrics
   */
  DedupeProcessor(
      ClusterConfig config, long maxArticles, BiConsumer<List<CanonicalEvent>, Instant> onEmit) {
    this.config = config;
    this.maxArticles = maxArticles;
    this.onEmit = onEmit;
  }

  @Override
  public void init(ProcessorContext<String, CanonicalEvent> context) {
    if (context.taskId().partition() != 0) {
      // news.enriched, read directly, has gained partitions since the topology was built: a second
      // clustering task would hold a second, disjoint set of events. A restart routes through one.
      throw new IllegalStateException(
          "dedupe got clustering task "
              + context.taskId()
              + ": its input has gained partitions while it ran. Restart dedupe: it then routes"
              + " every article through one clustering task");
    }
    this.context = context;
    KeyValueStore<String, CanonicalEvent> events = context.getStateStore(EVENTS_STORE);
    KeyValueStore<String, byte[]> states = context.getStateStore(STATES_STORE);
    stage =
        new DedupeStage(new EventClusterer(config), new StoreAdapter(events, states), maxArticles);
  }

  @Override
  public void process(Record<String, EnrichedArticle> record) {
    emit(
        stage.process(record.value()),
        record.timestamp(),
        record.value().getArticle().getReceivedAt());
  }

  private void emit(List<CanonicalEvent> events, long timestamp, Instant receivedAt) {
    for (CanonicalEvent event : events) {
      context.forward(new Record<>(event.getEventId(), event, timestamp));
    }
    if (!events.isEmpty()) {
      onEmit.accept(events, receivedAt);
    }
  }

  /** The stage's event store on the two Kafka Streams stores. */
  private record StoreAdapter(
      KeyValueStore<String, CanonicalEvent> events, KeyValueStore<String, byte[]> states)
      implements DedupeStage.EventStore {
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
      events.delete(eventId);
    }

    @Override
    public void putState(EventState state) {
      states.put(state.eventId(), state.toBytes());
    }

    @Override
    public void deleteState(String eventId) {
      states.delete(eventId);
    }

    @Override
    public List<EventState> allStates() {
      List<EventState> all = new ArrayList<>();
      try (KeyValueIterator<String, byte[]> iterator = states.all()) {
        iterator.forEachRemaining(entry -> all.add(EventState.fromBytes(entry.value)));
      }
      return all;
    }
  }
}
