package io.newsline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsline.ingest.clean.ArticleCleaner;
import io.newsline.ingest.clean.BoilerplateRules;
import io.newsline.ingest.clean.CleanedText;
import io.newsline.ingest.clean.RawText;
import io.newsline.ingest.clean.RemovedLine;
import io.newsline.ingest.input.InputArticle;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsline clean}: ingest's cleaning on files, without Kafka. */
@Command(
    name = "clean",
    mixinStandardHelpOptions = true,
    description = {
      "Clean articles offline with the same code ingest-service runs (inputs as for replay).",
      "Default: each cleaned article as text. --explain: every input line with KEEP/DROP and the"
          + " rule. --json: one line per article: {\"id\",\"title\",\"text\",\"removed\":[{\"line\",\"rule\"}]}."
    })
final class CleanCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin InputOptions input;

  @Option(names = "--json", description = "One JSON object per article.")
  boolean json;

  @Option(
      names = "--explain",
      description = "Every input line with KEEP, TITLE or DROP and its rule.")
  boolean explain;

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description = "Rule file instead of the built-in rules.")
  Path rules;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ArticleCleaner cleaner =
        ArticleCleaner.withRules(
            rules == null ? BoilerplateRules.defaults() : BoilerplateRules.load(rules));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    input.forEach(
        err,
        article -> {
          CleanedText cleaned =
              cleaner.clean(
                  new RawText(
                      article.body(), article.title(), article.publisher(), article.sourceUri()));
          if (json) {
            out.println(json(article, cleaned));
          } else if (explain) {
            explain(out, article, cleaned);
          } else {
            text(out, article, cleaned);
          }
        });
    out.flush();
    return 0;
  }

  private static String json(InputArticle article, CleanedText cleaned) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", article.sourceId());
    node.put("title", cleaned.title());
    node.put("text", cleaned.text()); // as ingest publishes it on news.clean
    ArrayNode removed = node.putArray("removed");
    for (RemovedLine line : cleaned.removed()) {
      removed
          .addObject()
          .put("line", line.text())
          .put("rule", line.rule())
          .put("number", line.lineNumber());
    }
    node.put("dateline", cleaned.dateline());
    node.put("agency", cleaned.agency());
    node.put("publisher", cleaned.publisher());
    node.put("language", cleaned.language());
    return node.toString();
  }

  private static void text(PrintWriter out, InputArticle article, CleanedText cleaned) {
    out.println("=== " + article.sourceId());
    if (cleaned.title() != null) {
      out.println("# " + cleaned.title());
    }
    if (cleaned.dateline() != null || cleaned.agency() != null) {
      out.println("(" + nullToDash(cleaned.dateline()) + ", " + nullToDash(cleaned.agency()) + ")");
    }
    out.println();
    out.println(cleaned.text());
    out.println();
  }

  private static void explain(PrintWriter out, InputArticle article, CleanedText cleaned) {
    out.println("=== " + article.sourceId());
    Map<Integer, RemovedLine> removed = new HashMap<>();
    cleaned.removed().forEach(line -> removed.put(line.lineNumber(), line));
    String[] lines = article.body().split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      RemovedLine drop = removed.get(i + 1);
      if (drop != null) {
        out.printf("%4d DROP  %-24s %s%n", i + 1, drop.rule(), line);
      } else if (!line.isEmpty()) {
        boolean title = cleaned.title() != null && line.equals(cleaned.title().strip());
        out.printf("%4d %-5s %-24s %s%n", i + 1, title ? "TITLE" : "KEEP", "", line);
      }
    }
    out.println();
  }

  private static String nullToDash(String value) {
    return value == null ? "-" : value;
  }
}
