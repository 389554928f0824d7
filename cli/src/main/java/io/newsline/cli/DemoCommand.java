package io.newsline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.EventArticle;
import io.newsline.schemas.RecordJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsline demo}: the whole pipeline on some files, then the events it made. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the whole pipeline once: a broker (embedded unless --bootstrap-servers), the three"
          + " services in this process, a replay of PATH (default: seeds/), a wait until every"
          + " service has consumed everything and no event changed for a while, then the final"
          + " version of each canonical event.",
      "Default output: a table. --json: one JSON object per event, with its members' sourceIds."
    })
final class DemoCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Inputs (default: seeds/).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--json", description = "One JSON object per event.")
  boolean json;

  @Option(
      names = "--settle",
      paramLabel = "SECONDS",
      defaultValue = "3",
      description =
          "Quiet time without new events before the result is final (default: ${DEFAULT-VALUE}).")
  long settleSeconds;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "600",
      description = "Give up after this long (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    List<Path> inputs = paths.isEmpty() ? List.of(Path.of("seeds")) : paths;
    print(
        PipelineRun.run(
                options.config(),
                inputs,
                Duration.ofSeconds(settleSeconds),
                Duration.ofSeconds(timeoutSeconds))
            .values());
    return 0;
  }

  private void print(java.util.Collection<CanonicalEvent> events) {
    PrintWriter out = spec.commandLine().getOut();
    List<CanonicalEvent> ordered = new ArrayList<>(events);
    ordered.sort(
        Comparator.comparing(CanonicalEvent::getFirstSeen)
            .thenComparing(CanonicalEvent::getEventId));
    if (json) {
      for (CanonicalEvent event : ordered) {
        ObjectNode node = (ObjectNode) RecordJson.of(event);
        node.putPOJO(
            "sourceIds", event.getArticles().stream().map(EventArticle::getSourceId).toList());
        out.println(node);
      }
    } else {
      out.printf("%d events%n%n", ordered.size());
      for (CanonicalEvent event : ordered) {
        out.printf(
            "%s  v%d  %s  %d article%s%n  %s%n",
            event.getEventId(),
            event.getVersion(),
            event.getStatus(),
            event.getArticles().size(),
            event.getArticles().size() == 1 ? "" : "s",
            event.getHeadline());
        for (EventArticle article : event.getArticles()) {
          out.printf(
              "    %-15s %-24s %.2f  %s%n",
              article.getRelation(),
              article.getSourceId(),
              article.getSimilarity(),
              article.getTitle() == null ? "" : article.getTitle());
        }
        out.println();
      }
    }
    out.flush();
  }
}
