package io.newsline.runtime.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BaseUnitBridgeTest {
  @Test
  void abbreviatedTimeUnitsBecomeSecondsWithTheirScale() {
    assertThat(BaseUnitBridge.conform("kafka.consumer.io.time.ns.total", null, Meter.Type.COUNTER))
        .isEqualTo(
            new BaseUnitBridge.Conformed("kafka.consumer.io.time.seconds.total", null, 1e-9));
    assertThat(BaseUnitBridge.conform("kafka.app.info.start.time.ms", null, Meter.Type.GAUGE))
        .isEqualTo(new BaseUnitBridge.Conformed("kafka.app.info.start.time.seconds", null, 1e-3));
    assertThat(BaseUnitBridge.conform("process.cpu.time", "ns", Meter.Type.COUNTER))
        .isEqualTo(new BaseUnitBridge.Conformed("process.cpu.time", "seconds", 1e-9));
  }

  @Test
  void gaugeCountsBecomePluralsButCounterNamesStay() {
    assertThat(
            BaseUnitBridge.conform("kafka.producer.connection.count", null, Meter.Type.GAUGE)
                .name())
        .isEqualTo("kafka.producer.connections");
    assertThat(BaseUnitBridge.conform("system.cpu.count", null, Meter.Type.GAUGE).name())
        .isEqualTo("system.cpus");
    assertThat(
            BaseUnitBridge.conform("kafka.consumer.fetch.count", null, Meter.Type.COUNTER).name())
        .isEqualTo("kafka.consumer.fetch.count");
  }

  @Test
  void conformingNamesPassUnchanged() {
    assertThat(
            BaseUnitBridge.conform(
                "kafka.consumer.fetch.manager.records.lag.max", null, Meter.Type.GAUGE))
        .isEqualTo(
            new BaseUnitBridge.Conformed(
                "kafka.consumer.fetch.manager.records.lag.max", null, 1.0));
  }

  @Test
  void mirrorsScaleValuesAndFollowRemovals() {
    SimpleMeterRegistry target = new SimpleMeterRegistry();
    try (BaseUnitBridge bridge = new BaseUnitBridge(target)) {
      AtomicLong nanos = new AtomicLong(2_500_000_000L);
      FunctionCounter source =
          FunctionCounter.builder("kafka.producer.io.time.ns.total", nanos, AtomicLong::get)
              .tag("client", "a")
              .register(bridge.source());
      Gauge.builder("kafka.producer.connection.count", () -> 3).register(bridge.source());

      assertThat(target.get("kafka.producer.io.time.seconds.total").functionCounter().count())
          .isEqualTo(2.5);
      nanos.set(4_000_000_000L);
      assertThat(target.get("kafka.producer.io.time.seconds.total").functionCounter().count())
          .isEqualTo(4.0);
      assertThat(target.get("kafka.producer.connections").gauge().value()).isEqualTo(3.0);
      assertThat(target.find("kafka.producer.io.time.ns.total").meters()).isEmpty();

      bridge.source().remove(source);
      assertThat(target.find("kafka.producer.io.time.seconds.total").meters()).isEmpty();
    }
  }

  @Test
  void theProcessExportsNoAbbreviatedUnits() {
    try (Metrics metrics = new Metrics(List.of("ingest"))) {
      String text = metrics.scrape();
      assertThat(text).contains("process_cpu_time_seconds_total").contains("system_cpus{");
      assertThat(text).doesNotContain("_ns_").doesNotContain("_ns{").doesNotContain("_count{");
    }
  }
}
