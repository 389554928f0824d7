package io.newsline.runtime.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The process's one meter registry, in Prometheus format, with the JVM binders bound. Meters that
 * carry no {@code service} tag (JVM, process) get the names of the services this process hosts, so
 * every meter has one: {@code service="ingest"} in a single-service container, {@code
 * service="ingest,enrich,dedupe"} for {@code ./newsline run}.
 */
public final class Metrics implements AutoCloseable {
  private final PrometheusMeterRegistry registry;
  private final JvmGcMetrics gcMetrics;
  private final BaseUnitBridge thirdParty;

  public Metrics(List<String> serviceNames) {
    registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    String processServices = String.join(",", serviceNames);
    registry.config().meterFilter(new ServiceTagAndHelp(String.join(",", serviceNames)));
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    thirdParty = new BaseUnitBridge(registry);
    new ProcessorMetrics().bindTo(thirdParty.source());
    new UptimeMetrics().bindTo(registry);
    gcMetrics = new JvmGcMetrics();
    gcMetrics.bindTo(registry);
  }

  /**
   * Gives every meter a {@code service} tag (JVM and process meters get the names of the services
   * this process hosts) and a help text (Kafka's client metrics often have none). Names are left as
   * Micrometer and Kafka make them, so standard dashboards keep working.
   */
  static final class ServiceTagAndHelp implements MeterFilter {
    private final String processServices;

    ServiceTagAndHelp(String processServices) {
      this.processServices = processServices;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
      List<Tag> tags = new ArrayList<>(id.getTags());
      if (id.getTag(MetricNames.TAG_SERVICE) == null) {
        tags.add(Tag.of(MetricNames.TAG_SERVICE, processServices));
      }
      String description =
          id.getDescription() == null || id.getDescription().isBlank()
              ? id.getName().replace('.', ' ')
              : id.getDescription();
      return new Meter.Id(id.getName(), Tags.of(tags), id.getBaseUnit(), description, id.getType());
    }
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /**
   * Where to bind binders whose meter names do not follow Prometheus conventions (Kafka's client
   * metrics in nanoseconds, gauges named {@code count}): their meters reach {@link #registry()}
   * renamed and scaled to base units, so {@code /metrics} passes {@code promtool check metrics}.
   */
  public MeterRegistry thirdPartyRegistry() {
    return thirdParty.source();
  }

  /** The Prometheus text exposition of every meter. */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    gcMetrics.close();
    thirdParty.close();
    registry.close();
  }
}
