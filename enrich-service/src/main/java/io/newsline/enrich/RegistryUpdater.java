package io.newsline.enrich;

import io.newsline.avro.EntityRecord;
import io.newsline.runtime.deadletter.GlobalDeadLetters;
import io.newsline.schemas.TopicSpec;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The news.entities global store's processor: every record, restored or new, passes through here on
 * its way to the store and, once it is loaded, the registry ({@link RegistryLoad}).
 *
 * <p>It reads the topic as bytes and decodes them itself: a record Streams failed to decode on the
 * global thread would stop the service (see {@link GlobalDeadLetters}). A record it cannot decode
 * or apply goes to the dead letters and stays out of the store and the registry.
 */
final class RegistryUpdater implements Processor<byte[], byte[], Void, Void> {
  private final String storeName;
  private final TopicSpec<String, EntityRecord> topic;
  private final RegistryLoad load;
  private ProcessorContext<Void, Void> context;
  private KeyValueStore<String, EntityRecord> store;
  private GlobalDeadLetters deadLetters;

  RegistryUpdater(String storeName, TopicSpec<String, EntityRecord> topic, RegistryLoad load) {
    this.storeName = storeName;
    this.topic = topic;
    this.load = load;
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
      load.apply(store, key, value);
    } catch (RuntimeException e) {
      deadLetters.send("processing", context, record, e);
    }
  }
}
