package io.newsline.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.avro.EntityRecord;
import io.newsline.avro.EntityType;
import io.newsline.enrich.resolve.InMemoryEntityRegistry;
import io.newsline.enrich.resolve.KnownEntity;
import io.newsline.schemas.Topics;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegistryLoadTest {
  private final InMemoryEntityRegistry registry = new InMemoryEntityRegistry(2);
  private final RegistryLoad load = new RegistryLoad(registry);
  private KeyValueStore<String, EntityRecord> store;

  @BeforeEach
  void openStore() {
    MockProcessorContext<Void, Void> context =
        new MockProcessorContext<>(new Properties(), new TaskId(0, 0), null);
    store =
        Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore("registry"),
                Serdes.String(),
                Topics.withPrefix("").entities.valueSerde())
            .withLoggingDisabled()
            .build();
    store.init(context.getStateStoreContext(), store);
  }

  @Test
  void recordsBeforeTheLoadGoToTheStoreOnly() {
    load.apply(store, "p:1", entity("p:1", "Ahmad Massoud", 1));

    assertThat(store.get("p:1")).isNotNull();
    assertThat(registry.size()).isZero();
  }

  @Test
  void theLoadKeepsTheMostRecentlyUpdatedEntitiesTheRegistryCanHold() {
    // in key order the oldest comes last: a load in store order would keep it
    load.apply(store, "p:1", entity("p:1", "Ahmad Massoud", 30));
    load.apply(store, "p:2", entity("p:2", "Dmitry Zhirnov", 20));
    load.apply(store, "p:3", entity("p:3", "Zabihullah Mujahid", 10));

    assertThat(load.load(store)).isEqualTo(2);

    assertThat(registry.all()).extracting(KnownEntity::entityId).containsExactly("p:2", "p:1");
    assertThat(store.approximateNumEntries()).isEqualTo(3);
  }

  @Test
  void afterTheLoadRecordsGoToBothAndASecondLoadDoesNothing() {
    load.apply(store, "p:1", entity("p:1", "Ahmad Massoud", 1));
    load.load(store);
    load.apply(store, "p:2", entity("p:2", "Dmitry Zhirnov", 2));

    assertThat(load.load(store)).isZero();
    assertThat(registry.all()).extracting(KnownEntity::entityId).containsExactly("p:1", "p:2");
  }

  @Test
  void aDeleteLeavesTheStore() {
    load.apply(store, "p:1", entity("p:1", "Ahmad Massoud", 1));
    load.apply(store, "p:1", null);

    assertThat(store.get("p:1")).isNull();
  }

  private static EntityRecord entity(String id, String name, long updatedAtSeconds) {
    return EntityRecord.newBuilder()
        .setEntityId(id)
        .setName(name)
        .setType(EntityType.PERSON)
        .setUpdatedAt(Instant.ofEpochSecond(updatedAtSeconds))
        .build();
  }
}
