package io.newsline.enrich;

import io.newsline.avro.EntityRecord;
import io.newsline.runtime.deadletter.GlobalDeadLetters;
import io.newsline.schemas.TopicSpec;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the in-memory registry that resolution reads in step with the news.entities global store.
 * Streams replays the topic through a new instance of this processor to restore the store, so
 * {@link #init} loads whatever the store already holds and every record after that passes through
 * {@link #process}.
 *
 * <p>It reads the topic as bytes and decodes them itself: a record Streams failed to decode on the
 * global thread would stop the service (see {@link GlobalDeadLetters}). A record it cannot decode
 * or apply goes to the dead letters and stays out of the store and the registry.
 */
final class RegistryUpdater implements Processor<byte[], byte[], Void, Void> {
  private final String storeName;
  private final TopicSpec<String, EntityRecord> topic;
  private final RegistryLoad registry;
  private ProcessorContext<Void, Void> context;
  private KeyValueStore<String, EntityRecord> store;
  private GlobalDeadLetters deadLetters;

  RegistryUpdater(String storeName, TopicSpec<String, EntityRecord> topic, RegistryLoad registry) {
    this.storeName = storeName;
    this.topic = topic;
    this.registry = registry;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    this.context = context;
    store = context.getStateStore(storeName);
    deadLetters = GlobalDeadLetters.from(context.appConfigs());
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    String key;
    EntityRecord value;
    try {
      if (record.key() == null) {
        throw new IllegalArgumentException("an entity record without a key (its entity id)");
      }
      key = topic.key(record.key());
      value = record.value() == null ? null : topic.value(record.value());
    } catch (RuntimeException e) {
      deadLetters.send("deserialization", context, record, e);
      return;
    }
    try {
      registry.apply(store, key, value);
    } catch (RuntimeException e) {
      deadLetters.send("processing", context, record, e);
    }
  }
}
