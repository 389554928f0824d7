package io.newsline.enrich;

import io.newsline.avro.EntityRecord;
import io.newsline.enrich.resolve.EntityRegistry;
import io.newsline.enrich.stage.EnrichStage;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the in-memory registry that resolution reads in step with the news.entities global store.
 * Restoring a global store bypasses its processor, so {@link #init} loads whatever the store
 * already holds; after that every record arriving on news.entities passes through here.
 */
final class RegistryUpdater implements Processor<String, EntityRecord, Void, Void> {
  private final String storeName;
  private final EntityRegistry registry;
  private KeyValueStore<String, EntityRecord> store;

  RegistryUpdater(String storeName, EntityRegistry registry) {
    this.storeName = storeName;
    this.registry = registry;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    store = context.getStateStore(storeName);
    try (KeyValueIterator<String, EntityRecord> all = store.all()) {
      all.forEachRemaining(entry -> registry.put(EnrichStage.known(entry.value)));
    }
  }

  @Override
  public void process(Record<String, EntityRecord> record) {
    if (record.value() == null) {
      store.delete(record.key());
      return;
    }
    store.put(record.key(), record.value());
    registry.put(EnrichStage.known(record.value()));
  }
}
