package io.newsline.dedupe;

import io.newsline.dedupe.cluster.EventState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateRestoreCallback;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * dedupe's clustering-state store: changelogged like any store, but it holds the states in memory
 * only while no processor does. The clusterer keeps every event's state as objects; an in-memory
 * store would keep each one a second time, as the bytes written to its changelog (57 MiB of
 * dedupe's 306 MiB live heap in the bench). So writes pass through to the changelog (the logging
 * layer above this store) and are not kept here.
 *
 * <p>The states are handed between store and processor: restored from the changelog into this store
 * (as its records, {@code StateRecords}); {@link #take() taken} by the processor when it starts;
 * {@link #giveBack given back} when it closes, as the objects themselves, which know which of the
 * changelog's records are theirs. Kafka Streams closes and re-initialises a processor without
 * touching its stores when a task is suspended and resumed in a rebalance; the resumed processor
 * then takes what its predecessor gave back. A task closed dirty gets a new store, restored from
 * the changelog.
 *
 * <p>Keys are the records' keys (event ids, and ids with "#d" or "#v" and a number), UTF-8 (the
 * store's key serde is {@code Serdes.String()}).
 */
final class StateHandOffStore implements KeyValueStore<Bytes, byte[]> {
  private final String name;
  private final Registry registry;
  private final Map<Bytes, byte[]> held = new HashMap<>();
  private List<EventState> givenBack = List.of();
  private final Position position = Position.emptyPosition();
  private boolean taken;
  private TaskId task;
  private StateStoreContext context;
  private volatile boolean open;

  private StateHandOffStore(String name, Registry registry) {
    this.name = name;
    this.registry = registry;
  }

  /**
   * Where a processor finds its task's store: Kafka Streams hands processors only the outermost
   * layer of a store (metered, logging), not this one.
   */
  static final class Registry {
    private final Map<TaskId, StateHandOffStore> stores = new ConcurrentHashMap<>();

    /** A supplier of stores named {@code name} that register here. */
    KeyValueBytesStoreSupplier supplier(String name) {
      return new KeyValueBytesStoreSupplier() {
        @Override
        public String name() {
          return name;
        }

        @Override
        public KeyValueStore<Bytes, byte[]> get() {
          return new StateHandOffStore(name, Registry.this);
        }

        @Override
        public String metricsScope() {
          return "in-memory-handoff";
        }
      };
    }

    /** The open store of the task. */
    StateHandOffStore of(TaskId task) {
      StateHandOffStore store = stores.get(task);
      if (store == null) {
        throw new IllegalStateException("no open clustering-state store for task " + task);
      }
      return store;
    }
  }

  /**
   * The states, for the processor that starts to hold them: what was restored (records), or what
   * the previous processor gave back (states). From now on writes are not kept here.
   */
  synchronized Taken take() {
    if (taken) {
      throw new IllegalStateException(
          "store " + name + " of task " + task + ": its states are held by another processor");
    }
    Taken out = new Taken(new ArrayList<>(held.values()), givenBack);
    held.clear();
    givenBack = List.of();
    taken = true;
    return out;
  }

  /**
   * What a processor takes: the changelog's records restored here, and the states a previous
   * processor gave back (as objects: they are what the changelog holds, and they know which of its
   * records are theirs).
   */
  record Taken(List<byte[]> records, List<EventState> states) {}

  /** The states back from a processor that closes. */
  synchronized void giveBack(Collection<EventState> states) {
    held.clear();
    givenBack = List.copyOf(states);
    taken = false;
  }

  /** Records and states held here (restored or given back, not taken). */
  synchronized int heldCount() {
    return held.size() + givenBack.size();
  }

  static Bytes key(String eventId) {
    return Bytes.wrap(eventId.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void init(StateStoreContext context, StateStore root) {
    this.context = context;
    task = context.taskId();
    context.register(root, (StateRestoreCallback) this::restore);
    registry.stores.put(task, this);
    open = true;
  }

  private synchronized void restore(byte[] key, byte[] value) {
    if (taken) {
      // never while a processor runs (a task restores before it processes); losing the record
      // silently would leave the processor's events out of step with the changelog
      throw new IllegalStateException("store " + name + " restored while a processor holds it");
    }
    apply(Bytes.wrap(key), value);
  }

  private void apply(Bytes key, byte[] value) {
    if (value == null) {
      held.remove(key);
    } else {
      held.put(key, value);
    }
  }

  @Override
  public synchronized void put(Bytes key, byte[] value) {
    if (!taken) {
      apply(key, value);
    }
    track();
  }

  /** Notes the input offset a write reflects; the logging layer puts it on the changelog record. */
  private void track() {
    context
        .recordMetadata()
        .ifPresent(m -> position.withComponent(m.topic(), m.partition(), m.offset()));
  }

  @Override
  public Position getPosition() {
    return position;
  }

  @Override
  public synchronized byte[] putIfAbsent(Bytes key, byte[] value) {
    byte[] old = get(key);
    if (old == null) {
      put(key, value);
    }
    return old;
  }

  @Override
  public synchronized void putAll(List<KeyValue<Bytes, byte[]>> entries) {
    entries.forEach(entry -> put(entry.key, entry.value));
  }

  @Override
  public synchronized byte[] delete(Bytes key) {
    track();
    return taken ? null : held.remove(key);
  }

  @Override
  public synchronized byte[] get(Bytes key) {
    requireHeld();
    return held.get(key);
  }

  @Override
  public KeyValueIterator<Bytes, byte[]> range(Bytes from, Bytes to) {
    throw new UnsupportedOperationException("store " + name + " is not queryable by range");
  }

  @Override
  public KeyValueIterator<Bytes, byte[]> all() {
    throw new UnsupportedOperationException("store " + name + " is read through take()");
  }

  @Override
  public synchronized long approximateNumEntries() {
    return held.size();
  }

  private void requireHeld() {
    if (taken) {
      throw new IllegalStateException(
          "store " + name + ": the states are held by the processor, not by the store");
    }
  }

  @Override
  public boolean persistent() {
    return false;
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public synchronized void close() {
    open = false;
    held.clear();
    givenBack = List.of();
    if (task != null) {
      registry.stores.remove(task, this);
    }
  }
}
