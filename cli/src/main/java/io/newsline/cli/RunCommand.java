package io.newsline.cli;

import io.newsline.dedupe.DedupeService;
import io.newsline.enrich.EnrichService;
import io.newsline.ingest.IngestService;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.config.Settings;
import io.newsline.runtime.streams.StreamsService;
import io.newsline.testkit.EmbeddedKafka;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsline run}: the pipeline's services in one process, on a given or embedded broker. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run the pipeline's services in this process until Ctrl-C/SIGTERM, one Kafka Streams"
          + " instance each, one HTTP endpoint for all.",
      "Without --bootstrap-servers (or NEWSLINE_BOOTSTRAP_SERVERS) an embedded broker is started"
          + " and its address printed on stdout."
    })
final class RunCommand extends ServiceCommand {
  /** Every service this build has, by name, in pipeline order. */
  static final Map<String, Supplier<StreamsService>> SERVICES = new LinkedHashMap<>();

  static {
    SERVICES.put(IngestService.NAME, IngestService::new);
    SERVICES.put(EnrichService.NAME, EnrichService::new);
    SERVICES.put(DedupeService.NAME, DedupeService::new);
  }

  @Option(
      names = "--services",
      split = ",",
      paramLabel = "NAME",
      description = "Services to run, comma-separated (default: all of ${COMPLETION-CANDIDATES}).",
      completionCandidates = ServiceNames.class)
  List<String> services;

  @Override
  List<StreamsService> services() {
    List<StreamsService> chosen = new ArrayList<>();
    for (String name : services == null ? List.copyOf(SERVICES.keySet()) : services) {
      Supplier<StreamsService> service = SERVICES.get(name.trim());
      if (service == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "unknown service '" + name + "'; known: " + SERVICES.keySet());
      }
      chosen.add(service.get());
    }
    return chosen;
  }

  @Override
  public Integer call() throws InterruptedException {
    List<StreamsService> chosen = services();
    NewslineConfig config = config();
    if (config.explicitValues().containsKey(Settings.BOOTSTRAP_SERVERS.key())) {
      return ServiceCommand.runUntilStopped(config, chosen);
    }
    EmbeddedKafka broker = EmbeddedKafka.start();
    spec.commandLine().getOut().println(broker.bootstrapServers());
    spec.commandLine().getOut().flush();
    return ServiceCommand.runUntilStopped(
        config.with(Settings.BOOTSTRAP_SERVERS, broker.bootstrapServers()), chosen, broker);
  }

  /** The service names, for help text. */
  static final class ServiceNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return SERVICES.keySet().iterator();
    }
  }
}
