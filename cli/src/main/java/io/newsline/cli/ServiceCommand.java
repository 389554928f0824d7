package io.newsline.cli;

import io.newsline.dedupe.DedupeService;
import io.newsline.enrich.EnrichService;
import io.newsline.ingest.IngestService;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.config.Settings;
import io.newsline.runtime.streams.ServiceHost;
import io.newsline.runtime.streams.StreamsService;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs services until SIGTERM: what each container runs ({@code newsline ingest}). */
abstract class ServiceCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Option(
      names = "--metrics-port",
      paramLabel = "PORT",
      description = "HTTP port for /metrics and /health (default: metrics.port, 9400).")
  Integer metricsPort;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  abstract List<StreamsService> services();

  /** The configuration from all layers and this command's flags. */
  NewslineConfig config() {
    return options.config(NewslineConfig.builder().flag(Settings.METRICS_PORT, metricsPort));
  }

  @Override
  public Integer call() throws InterruptedException {
    return runUntilStopped(config(), services());
  }

  /** Starts the services, stops them on SIGTERM/Ctrl-C; 0 after a clean stop, 1 if one failed. */
  static int runUntilStopped(NewslineConfig config, List<StreamsService> services)
      throws InterruptedException {
    return runUntilStopped(config, services, () -> {});
  }

  /**
   * As {@link #runUntilStopped(NewslineConfig, List)}, closing {@code afterwards} (an embedded
   * broker, say) once the services have stopped, on every path out.
   */
  static int runUntilStopped(
      NewslineConfig config, List<StreamsService> services, AutoCloseable afterwards)
      throws InterruptedException {
    ServiceHost host;
    try {
      host = ServiceHost.start(config, services);
    } catch (RuntimeException e) {
      closeQuietly(afterwards);
      throw e;
    }
    // One hook, so the services close before what they depend on.
    Thread shutdown =
        new Thread(
            () -> {
              host.close();
              closeQuietly(afterwards);
            },
            "newsline-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    boolean failed = host.awaitTermination();
    return failed ? NewslineCli.FAILURE : 0;
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      org.slf4j.LoggerFactory.getLogger(ServiceCommand.class)
          .warn("close failed: {}", e.toString());
    }
  }

  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description = "Run ingest-service (news.raw → news.clean) until stopped.")
  static final class Ingest extends ServiceCommand {
    @Override
    List<StreamsService> services() {
      return List.of(new IngestService());
    }
  }

  @Command(
      name = "enrich",
      mixinStandardHelpOptions = true,
      description =
          "Run enrich-service (news.clean → news.enriched, registry on news.entities) until stopped.")
  static final class Enrich extends ServiceCommand {
    @Override
    List<StreamsService> services() {
      return List.of(new EnrichService());
    }
  }

  @Command(
      name = "dedupe",
      mixinStandardHelpOptions = true,
      description = "Run dedupe-service (news.enriched → news.events) until stopped.")
  static final class Dedupe extends ServiceCommand {
    @Override
    List<StreamsService> services() {
      return List.of(new DedupeService());
    }
  }
}
