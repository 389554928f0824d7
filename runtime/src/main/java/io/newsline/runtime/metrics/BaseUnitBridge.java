package io.newsline.runtime.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-publishes meters made by third-party binders (Kafka's client metrics, Micrometer's process
 * metrics) under names that pass {@code promtool check metrics}: values in nanoseconds or
 * milliseconds are scaled to seconds ({@code kafka.consumer.io.time.ns.total} becomes {@code
 * kafka_consumer_io_time_seconds_total}), and gauges named {@code ….count} become plurals ({@code
 * kafka.producer.connection.count} becomes {@code kafka_producer_connections}). Bind the
 * third-party binder to {@link #source()}; meters it adds or removes there are added to or removed
 * from the target registry. Meters whose names already conform are mirrored unchanged.
 */
final class BaseUnitBridge implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BaseUnitBridge.class);
  private final SimpleMeterRegistry source = new SimpleMeterRegistry();
  private final MeterRegistry target;
  private final Map<Meter.Id, Meter> mirrors = new ConcurrentHashMap<>();

  BaseUnitBridge(MeterRegistry target) {
    this.target = target;
    source.config().onMeterAdded(this::mirror);
    source
        .config()
        .onMeterRemoved(
            m -> {
              Meter mirror = mirrors.remove(m.getId());
              if (mirror != null) {
                target.remove(mirror);
              }
            });
  }

  /** The registry to bind third-party binders to. */
  MeterRegistry source() {
    return source;
  }

  /** A conforming name and the factor that converts values to its unit. */
  record Conformed(String name, String baseUnit, double scale) {}

  /**
   * The conforming name of a meter: abbreviated time units become seconds, gauge counts plurals.
   */
  static Conformed conform(String name, String baseUnit, Meter.Type type) {
    double scale = 1;
    String unit = baseUnit;
    String[] parts = name.split("\\.");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      double partScale = secondsPer(part);
      if (partScale != 0) {
        scale *= partScale;
        part = "seconds";
      } else if (part.equals("count")
          && i == parts.length - 1
          && i > 0
          && type != Meter.Type.COUNTER) {
        // "connection.count" is a gauge: Prometheus reserves _count for histograms and summaries.
        out.append('s');
        continue;
      }
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(part);
    }
    double unitScale = baseUnit == null ? 0 : secondsPer(baseUnit);
    if (unitScale != 0) {
      scale *= unitScale;
      unit = "seconds";
    }
    return new Conformed(out.toString(), unit, scale);
  }

  /** Seconds per one of the given time unit, or 0 when it is not an abbreviated sub-second unit. */
  private static double secondsPer(String unit) {
    return switch (unit) {
      case "ns", "nanoseconds" -> 1e-9;
      case "us", "microseconds" -> 1e-6;
      case "ms", "milliseconds" -> 1e-3;
      default -> 0;
    };
  }

  private void mirror(Meter meter) {
    Meter.Id id = meter.getId();
    Conformed c = conform(id.getName(), id.getBaseUnit(), id.getType());
    double scale = c.scale();
    Meter mirror;
    ToDoubleFunction<Meter> count = counted(meter);
    if (count != null) {
      mirror =
          FunctionCounter.builder(c.name(), meter, m -> count.applyAsDouble(m) * scale)
              .tags(id.getTags())
              .description(id.getDescription())
              .baseUnit(c.baseUnit())
              .register(target);
    } else if (meter instanceof Gauge gauge) {
      mirror =
          Gauge.builder(c.name(), gauge, g -> g.value() * scale)
              .tags(id.getTags())
              .description(id.getDescription())
              .baseUnit(c.baseUnit())
              .register(target);
    } else {
      // Kafka's and the process binders make only gauges and counters for real (KafkaMetrics also
      // registers and removes a placeholder meter once); timers and summaries would carry their
      // units in the registry's own convention.
      log.debug("not mirrored: {} {}", id.getType(), id.getName());
      return;
    }
    mirrors.put(id, mirror);
  }

  /**
   * How to read a counter's count (a function counter or a plain one), or null for other meters.
   */
  private static ToDoubleFunction<Meter> counted(Meter meter) {
    if (meter instanceof FunctionCounter) {
      return m -> ((FunctionCounter) m).count();
    }
    if (meter instanceof Counter) {
      return m -> ((Counter) m).count();
    }
    return null;
  }

  @Override
  public void close() {
    source.close();
  }
}
