package io.newsline.dedupe;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.avro.CanonicalEvent;
import io.newsline.dedupe.cluster.ClusterConfig;
import java.util.Properties;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.junit.jupiter.api.Test;

class DedupeProcessorTest {
  @Test
  void aSecondClusteringTaskRefusesToStart() {
    // news.enriched gained a partition while dedupe read it directly: task 0_1 would cluster a
    // disjoint part of the articles into events of its own
    MockProcessorContext<String, CanonicalEvent> context =
        new MockProcessorContext<>(new Properties(), new TaskId(0, 1), null);
    DedupeProcessor processor =
        new DedupeProcessor(new ClusterConfig(7L * 24 * 3600 * 1000), 1000, (e, t) -> {});

    assertThatThrownBy(() -> processor.init(context))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("0_1")
        .hasMessageContaining("Restart dedupe");
  }
}
