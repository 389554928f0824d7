package io.newsline.dedupe;

import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.EnrichedArticle;
import io.newsline.dedupe.cluster.ClusterConfig;
import io.newsline.dedupe.cluster.EventClusterer;
import io.newsline.dedupe.cluster.EventState;
import io.newsline.dedupe.cluster.StateRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link DedupeStage} in Kafka Streams: event records and clustering state live in two
 * changelogged stores (so a restart or a move restores them exactly); the states, held by the
 * clusterer while the processor runs, are taken from their {@link StateHandOffStore} at init and
 * given back at close. Idle events are closed as the articles' event time passes (in {@link
 * DedupeStage}), never on wall-clock or on the records' timestamps, so a replay decides the same.
 */
final class DedupeProcessor implements Processor<String, EnrichedArticle, String, CanonicalEvent> {
  static final String EVENTS_STORE = "dedupe-events";
  static final String STATES_STORE = "dedupe-states";
  private static final Logger log = LoggerFactory.getLogger(DedupeProcessor.class);

  private final ClusterConfig config;
  private final long maxArticles;
  private final StateHandOffStore.Registry stateStores;
  private final HeldCounts held;
  private final BiConsumer<List<CanonicalEvent>, Instant> onEmit;
  private ProcessorContext<String, CanonicalEvent> context;
  private EventClusterer clusterer;
  private StateHandOffStore handOff;
  private DedupeStage stage;

  /**
   * @param maxArticles the most articles held (see {@link DedupeStage})
   * @param stateStores where the clustering-state stores of this topology register
   * @param held updated after every article, for the gauges
   * @param onEmit told of every batch of event versions emitted, with the receive time of the
   *     article that caused them, for metrics
   */
  DedupeProcessor(
      ClusterConfig config,
      long maxArticles,
      StateHandOffStore.Registry stateStores,
      HeldCounts held,
      BiConsumer<List<CanonicalEvent>, Instant> onEmit) {
    this.config = config;
    this.maxArticles = maxArticles;
    this.stateStores = stateStores;
    this.held = held;
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
    handOff = stateStores.of(context.taskId());
    StateHandOffStore.Taken taken = handOff.take();
    StateRecords.Restored restored = StateRecords.read(taken.records());
    if (!restored.orphanKeys().isEmpty()) {
      log.warn(
          "{} holds {} records of no event (first: {}): ignored",
          STATES_STORE,
          restored.orphanKeys().size(),
          restored.orphanKeys().get(0));
    }
    if (!restored.broken().isEmpty()) {
      log.error(
          "{} holds {} events whose records are incomplete (first: {}): their clustering state"
              + " cannot be rebuilt, and new articles of them will found new events",
          STATES_STORE,
          restored.broken().size(),
          restored.broken().get(0));
    }
    List<EventState> all = new ArrayList<>(restored.states());
    all.addAll(taken.states());
    clusterer = new EventClusterer(config);
    stage = new DedupeStage(clusterer, new StoreAdapter(events, states, all), maxArticles);
    held.update(clusterer);
  }

  /**
   * Gives the clustering states back to their store: the task is being suspended (its processor may
   * be initialised again on the same store) or closed.
   */
  @Override
  public void close() {
    if (handOff != null) {
      handOff.giveBack(clusterer.events());
      handOff = null;
    }
  }

  @Override
  public void process(Record<String, EnrichedArticle> record) {
    long redelivered = stage.redelivered();
    emit(
        stage.process(record.value()),
        record.timestamp(),
        record.value().getArticle().getReceivedAt());
    if (stage.redelivered() > redelivered) {
      held.redelivered();
    }
    held.update(clusterer);
  }

  private void emit(List<CanonicalEvent> events, long timestamp, Instant receivedAt) {
    for (CanonicalEvent event : events) {
      context.forward(new Record<>(event.getEventId(), event, timestamp));
    }
    if (!events.isEmpty()) {
      onEmit.accept(events, receivedAt);
    }
  }

  /**
   * The stage's event store on the two Kafka Streams stores. The states taken from their store are
   * read once, by the stage as it starts, and from then on held by the clusterer alone.
   */
  private static final class StoreAdapter implements DedupeStage.EventStore, StateRecords.Sink {
    private final KeyValueStore<String, CanonicalEvent> events;
    private final KeyValueStore<String, byte[]> states;
    private List<EventState> taken;

    StoreAdapter(
        KeyValueStore<String, CanonicalEvent> events,
        KeyValueStore<String, byte[]> states,
        List<EventState> taken) {
      this.events = events;
      this.states = states;
      this.taken = taken;
    }

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
      StateRecords.write(state, this);
    }

    @Override
    public void deleteState(EventState state) {
      StateRecords.delete(state, this);
    }

    @Override
    public void put(String key, byte[] value) {
      states.put(key, value);
    }

    @Override
    public void delete(String key) {
      states.delete(key);
    }

    @Override
    public List<EventState> allStates() {
      List<EventState> all = taken;
      taken = List.of(); // not kept: evicted events must be free to go
      return all;
    }
  }
}
