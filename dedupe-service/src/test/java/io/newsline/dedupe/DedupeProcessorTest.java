package io.newsline.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.EventArticle;
import io.newsline.dedupe.cluster.ClusterConfig;
import io.newsline.schemas.Topics;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class DedupeProcessorTest {
  private static final Instant T0 = Instant.parse("2021-09-04T10:00:00Z");
  private static final String STORY =
      "The Taliban asked the Russian embassy in Kabul to carry a message to the resistance in the"
          + " Panjshir Valley, ambassador Dmitry Zhirnov said on Saturday.";

  private final StateHandOffStore.Registry stateStores = new StateHandOffStore.Registry();

  private DedupeProcessor processor() {
    return new DedupeProcessor(
        new ClusterConfig(7L * 24 * 3600 * 1000),
        1000,
        stateStores,
        new HeldCounts(),
        (e, t) -> {});
  }

  @Test
  void aSecondClusteringTaskRefusesToStart() {
    // news.enriched gained a partition while dedupe read it directly: task 0_1 would cluster a
    // disjoint part of the articles into events of its own
    MockProcessorContext<String, CanonicalEvent> context =
        new MockProcessorContext<>(new Properties(), new TaskId(0, 1), null);

    assertThatThrownBy(() -> processor().init(context))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("0_1")
        .hasMessageContaining("Restart dedupe");
  }

  @Test
  void aProcessorInitialisedAgainOnTheSameStoresKeepsItsEvents() {
    // what Kafka Streams does to a task suspended and resumed in a rebalance: it closes the
    // processor and initialises a new one, leaving the stores as they are
    MockProcessorContext<String, CanonicalEvent> context =
        new MockProcessorContext<>(new Properties(), new TaskId(0, 0), null);
    Topics topics = Topics.withPrefix("");
    addStore(
        context,
        Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(DedupeProcessor.EVENTS_STORE),
                Serdes.String(),
                topics.events.valueSerde())
            .withLoggingDisabled()
            .build());
    addStore(
        context,
        Stores.keyValueStoreBuilder(
                stateStores.supplier(DedupeProcessor.STATES_STORE),
                Serdes.String(),
                Serdes.ByteArray())
            .withLoggingDisabled()
            .build());
    StateHandOffStore states = stateStores.of(new TaskId(0, 0));

    DedupeProcessor first = processor();
    first.init(context);
    first.process(
        new Record<>("a", EnrichedArticles.of("a", "Taliban ask Russia", STORY, T0, "TASS"), 0L));
    assertThat(states.heldCount()).as("held by the running processor alone").isZero();
    first.close();
    assertThat(states.heldCount()).as("given back").isEqualTo(1);

    DedupeProcessor resumed = processor();
    resumed.init(context);
    context.resetForwards();
    resumed.process(
        new Record<>(
            "b",
            EnrichedArticles.of("b", "Taliban ask Russia", STORY, T0.plusSeconds(600), "Reuters"),
            0L));

    assertThat(context.forwarded()).hasSize(1);
    CanonicalEvent event = context.forwarded().get(0).record().value();
    assertThat(event.getVersion()).isEqualTo(2);
    assertThat(event.getArticles())
        .extracting(EventArticle::getArticleId)
        .containsExactly("a", "b");
  }

  private static void addStore(MockProcessorContext<?, ?> context, StateStore store) {
    store.init(context.getStateStoreContext(), store);
    context.addStateStore(store);
  }
}
