package io.newsline.enrich;

import io.newsline.avro.EntityRecord;
import io.newsline.enrich.resolve.EntityRegistry;
import io.newsline.enrich.stage.EnrichStage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the in-memory registry in step with the news.entities global store, which holds every
 * entity ever published while the registry keeps only as many as it can hold.
 *
 * <p>Until enrich starts processing, records go to the store only: rebuilding the store replays the
 * whole topic, and putting each record into a bounded registry that evicts one for each cost about
 * 30 µs (a million entities, half a minute). Then, once, {@link #load} fills the registry with the
 * most recently updated entities it can hold, oldest first, so that its least-recently-seen order
 * starts as the order of the entities' last updates. From then on every record goes to both.
 */
final class RegistryLoad {
  private static final Logger log = LoggerFactory.getLogger(RegistryLoad.class);
  private static final Comparator<EntityRecord> BY_UPDATE =
      Comparator.comparing(EntityRecord::getUpdatedAt).thenComparing(EntityRecord::getEntityId);

  private final EntityRegistry registry;
  private boolean loaded; // guarded by this

  RegistryLoad(EntityRegistry registry) {
    this.registry = registry;
  }

  /**
   * Applies a record of news.entities (a null value deletes): to the store, and to the registry
   * once it is loaded. A record the registry refuses throws and is not stored.
   */
  synchronized void apply(
      KeyValueStore<String, EntityRecord> store, String key, EntityRecord value) {
    if (value == null) {
      store.delete(key);
      return;
    }
    if (loaded) {
      registry.put(EnrichStage.known(value));
    }
    store.put(key, value);
  }

  /**
   * Loads the registry from the store unless done already; returns the entities it put. The global
   * thread's {@link #apply} waits meanwhile (a few seconds per million entities), so no update
   * arriving during the load is missed or overwritten by an older one from the store.
   */
  synchronized int load(ReadOnlyKeyValueStore<String, EntityRecord> store) {
    if (loaded) {
      return 0;
    }
    long started = System.nanoTime();
    int capacity = registry.capacity();
    PriorityQueue<EntityRecord> newest = new PriorityQueue<>(BY_UPDATE);
    long held = 0;
    try (KeyValueIterator<String, EntityRecord> all = store.all()) {
      while (all.hasNext()) {
        EntityRecord record = all.next().value;
        held++;
        if (newest.size() < capacity) {
          newest.add(record);
        } else if (BY_UPDATE.compare(record, newest.peek()) > 0) {
          newest.poll();
          newest.add(record);
        }
      }
    }
    List<EntityRecord> oldestFirst = new ArrayList<>(newest.size());
    while (!newest.isEmpty()) {
      oldestFirst.add(newest.poll());
    }
    int put = 0;
    for (EntityRecord record : oldestFirst) {
      try {
        registry.put(EnrichStage.known(record));
        put++;
      } catch (RuntimeException e) {
        // it is in the store, so it came through apply() before the registry was loaded
        log.warn(
            "entity {} in the registry store not loaded: {}", record.getEntityId(), e.toString());
      }
    }
    loaded = true;
    log.info(
        "registry loaded: {} of the {} entities in the store, the most recently updated, in {} ms",
        put,
        held,
        (System.nanoTime() - started) / 1_000_000);
    return put;
  }

  /**
   * Loads the registry when the first of enrich's stream tasks starts, which Streams does only once
   * the global store is restored; then passes records through.
   */
  static final class OnStart<K, V> implements FixedKeyProcessor<K, V, V> {
    private final RegistryLoad load;
    private final String storeName;
    private FixedKeyProcessorContext<K, V> context;

    OnStart(RegistryLoad load, String storeName) {
      this.load = load;
      this.storeName = storeName;
    }

    @Override
    public void init(FixedKeyProcessorContext<K, V> context) {
      this.context = context;
      KeyValueStore<String, EntityRecord> store = context.getStateStore(storeName);
      load.load(store);
    }

    @Override
    public void process(FixedKeyRecord<K, V> record) {
      context.forward(record);
    }
  }
}
