package io.newsline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsline.enrich.extract.EntityExtractor;
import io.newsline.enrich.extract.EntityKind;
import io.newsline.enrich.extract.Mention;
import io.newsline.ingest.clean.ArticleCleaner;
import io.newsline.ingest.clean.CleanedText;
import io.newsline.ingest.clean.RawText;
import io.newsline.ingest.clean.WordOverlap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsline eval}: quality figures from gold data, with a threshold for CI. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measure quality against gold data. --min-f1 X exits 1 below X.",
    subcommands = {
      EvalCommand.Boilerplate.class,
      EvalCommand.Entities.class,
      EvalCommand.Identity.class,
      EvalCommand.Clusters.class
    })
final class EvalCommand implements Runnable {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing: boilerplate, entities, identity or clusters");
  }

  /** Options every evaluation has. */
  abstract static class Evaluation implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Gold data, JSONL.")
    Path file;

    @Option(
        names = "--min-f1",
        paramLabel = "X",
        description = "Exit 1 when the overall F1 is below X.")
    Double minF1;

    @Option(names = "--json", description = "The figures as one JSON object.")
    boolean json;

    @Spec CommandLine.Model.CommandSpec spec;

    /**
     * Reads every JSON line of the file; each must have every {@code required} field (a|b: either
     * one), or the evaluation stops naming the line and the field, since another evaluation's file
     * is the likely mistake.
     */
    List<JsonNode> rows(String... required) {
      List<JsonNode> rows = new ArrayList<>();
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        int number = 0;
        for (String line; (line = reader.readLine()) != null; ) {
          number++;
          if (line.isBlank()) {
            continue;
          }
          JsonNode row = JSON.readTree(line);
          for (String fields : required) {
            if (Arrays.stream(fields.split("\\|")).noneMatch(row::hasNonNull)) {
              throw new IllegalArgumentException(
                  file
                      + " line "
                      + number
                      + ": no \""
                      + fields.replace("|", "\" or \"")
                      + "\" field; this evaluation reads lines with "
                      + String.join(", ", required));
            }
          }
          rows.add(row);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
      return rows;
    }

    /** Prints the figures and applies the threshold. */
    int report(ObjectNode figures, String text, double f1) {
      PrintWriter out = spec.commandLine().getOut();
      out.println(json ? figures.toString() : text);
      out.flush();
      if (minF1 != null && f1 < minF1) {
        spec.commandLine()
            .getErr()
            .printf("F1 %.4f is below the threshold %.4f%n", f1, minF1)
            .flush();
        return NewslineCli.FAILURE;
      }
      return 0;
    }
  }

  @Command(
      name = "boilerplate",
      mixinStandardHelpOptions = true,
      description = {
        "Word-level precision/recall/F1 of the cleaned text against the gold body, averaged over"
            + " pages.",
        "FILE: {\"raw_lines\":[...],\"gold_body\":...,\"lang_en\":...} (the AEB benchmark; English"
            + " pages only unless --all-languages) or {\"id\",\"lines\":[...],\"gold\":...}."
      })
  static final class Boilerplate extends Evaluation {
    @Option(names = "--all-languages", description = "Score every page, not only lang_en ones.")
    boolean allLanguages;

    @Override
    public Integer call() {
      ArticleCleaner cleaner = ArticleCleaner.withDefaultRules();
      double precision = 0;
      double recall = 0;
      double f1 = 0;
      int pages = 0;
      for (JsonNode row : rows("raw_lines|lines", "gold_body|gold")) {
        if (!allLanguages && row.has("lang_en") && !row.get("lang_en").asBoolean()) {
          continue;
        }
        JsonNode lines = row.has("raw_lines") ? row.get("raw_lines") : row.get("lines");
        String gold =
            row.has("gold_body") ? row.get("gold_body").asText() : row.get("gold").asText();
        List<String> text = new ArrayList<>();
        lines.forEach(line -> text.add(line.asText()));
        CleanedText cleaned = cleaner.clean(new RawText(String.join("\n", text), null, null, null));
        // The gold bodies do not include the page title, so neither does the scored text.
        WordOverlap.Score score = WordOverlap.score(cleaned.text(), gold);
        precision += score.precision();
        recall += score.recall();
        f1 += score.f1();
        pages++;
      }
      ObjectNode figures = JSON.createObjectNode();
      figures.put("pages", pages);
      figures.put("precision", precision / Math.max(1, pages));
      figures.put("recall", recall / Math.max(1, pages));
      figures.put("f1", f1 / Math.max(1, pages));
      String text =
          String.format(
              "boilerplate: %d pages  precision %.4f  recall %.4f  F1 %.4f",
              pages,
              figures.get("precision").asDouble(),
              figures.get("recall").asDouble(),
              figures.get("f1").asDouble());
      return report(figures, text, figures.get("f1").asDouble());
    }
  }

  @Command(
      name = "entities",
      mixinStandardHelpOptions = true,
      description = {
        "Exact-span precision/recall/F1 of entity extraction per type (PER, ORG, LOC) and overall;"
            + " MISC is not scored.",
        "FILE: {\"id\",\"text\",\"entities\":[{\"start\",\"end\",\"type\"}]}, offsets in code"
            + " points (wikigold)."
      })
  static final class Entities extends Evaluation {
    private static final Map<String, EntityKind> TYPES =
        Map.of(
            "PER", EntityKind.PERSON, "ORG", EntityKind.ORGANIZATION, "LOC", EntityKind.LOCATION);

    @Override
    public Integer call() {
      EntityExtractor extractor = EntityExtractor.create();
      // true positives, predicted, gold; an EnumMap so the types print in one order every run
      Map<EntityKind, int[]> counts = new EnumMap<>(EntityKind.class);
      TYPES.values().forEach(kind -> counts.put(kind, new int[3]));
      int documents = 0;
      for (JsonNode row : rows("text", "entities")) {
        documents++;
        Set<String> gold = new HashSet<>();
        for (JsonNode entity : row.get("entities")) {
          EntityKind kind = TYPES.get(entity.get("type").asText());
          if (kind != null) {
            gold.add(entity.get("start").asInt() + ":" + entity.get("end").asInt() + ":" + kind);
            counts.get(kind)[2]++;
          }
        }
        for (Mention mention : extractor.extract(row.get("text").asText())) {
          int[] count = counts.get(mention.kind());
          if (count == null) {
            continue;
          }
          count[1]++;
          if (gold.contains(mention.start() + ":" + mention.end() + ":" + mention.kind())) {
            count[0]++;
          }
        }
      }
      ObjectNode figures = JSON.createObjectNode();
      figures.put("documents", documents);
      StringBuilder text = new StringBuilder("entities: " + documents + " documents\n");
      int[] total = new int[3];
      for (Map.Entry<EntityKind, int[]> entry : counts.entrySet()) {
        int[] c = entry.getValue();
        for (int i = 0; i < 3; i++) {
          total[i] += c[i];
        }
        put(figures.putObject(entry.getKey().name()), text, entry.getKey().name(), c);
      }
      put(figures.putObject("overall"), text, "overall", total);
      return report(figures, text.toString().stripTrailing(), f1(total));
    }

    private static void put(ObjectNode node, StringBuilder text, String label, int[] c) {
      double precision = c[1] == 0 ? 0 : (double) c[0] / c[1];
      double recall = c[2] == 0 ? 0 : (double) c[0] / c[2];
      node.put("precision", precision);
      node.put("recall", recall);
      node.put("f1", f1(c));
      node.put("gold", c[2]);
      node.put("predicted", c[1]);
      text.append(
          String.format(
              "  %-13s precision %.4f  recall %.4f  F1 %.4f  (gold %d, predicted %d)%n",
              label, precision, recall, f1(c), c[2], c[1]));
    }

    private static double f1(int[] c) {
      return c[1] == 0 || c[2] == 0 ? 0 : 2.0 * c[0] / (c[1] + c[2]);
    }
  }

  @Command(
      name = "clusters",
      mixinStandardHelpOptions = true,
      description = {
        "Run the real pipeline (embedded broker unless --bootstrap-servers) on the articles in a"
            + " shuffled order and score its events against the gold clusters: B-cubed"
            + " precision/recall/F1 and the number of events.",
        "FILE: {\"id\" or \"doc_id\",\"text\",\"title\"?,\"cluster_id\"} (ECB+)."
      })
  static final class Clusters extends Evaluation {
    @CommandLine.Mixin ConfigOptions options;

    @Option(
        names = "--seed",
        paramLabel = "N",
        defaultValue = "1",
        description = "Seed of the shuffle (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = "--in-process",
        description =
            "Run the stage functions in this thread without a broker (seconds, not a minute;"
                + " articles meet dedupe exactly in the shuffled order).")
    boolean inProcess;

    @Override
    public Integer call() throws IOException {
      List<JsonNode> rows = new ArrayList<>(rows("id|doc_id", "text", "cluster_id"));
      java.util.Collections.shuffle(rows, new java.util.Random(seed));
      Map<String, String> gold = new LinkedHashMap<>();
      Path shuffled = Files.createTempFile("newsline-eval-clusters-", ".jsonl");
      try {
        try (var writer = Files.newBufferedWriter(shuffled, StandardCharsets.UTF_8)) {
          for (JsonNode row : rows) {
            String id = row.has("id") ? row.get("id").asText() : row.get("doc_id").asText();
            gold.put(id, row.get("cluster_id").asText());
            ObjectNode article = JSON.createObjectNode();
            article.put("id", id);
            article.put("text", row.get("text").asText());
            if (row.hasNonNull("title")) {
              article.put("title", row.get("title").asText());
            }
            writer.write(article.toString());
            writer.write("\n");
          }
        }
        Map<String, String> predicted = inProcess ? inProcess(shuffled) : pipeline(shuffled);
        int active = new java.util.HashSet<>(predicted.values()).size();
        BCubed score = BCubed.score(predicted, gold);
        long missing = gold.keySet().stream().filter(id -> !predicted.containsKey(id)).count();
        ObjectNode figures = JSON.createObjectNode();
        figures.put("articles", gold.size());
        figures.put("goldClusters", new java.util.HashSet<>(gold.values()).size());
        figures.put("events", active);
        figures.put("unclustered", missing);
        figures.put("precision", score.precision());
        figures.put("recall", score.recall());
        figures.put("f1", score.f1());
        String text =
            String.format(
                "clusters: %d articles, %d gold clusters, %d events (%d articles in none)%n"
                    + "  B-cubed precision %.4f  recall %.4f  F1 %.4f",
                gold.size(),
                figures.get("goldClusters").asInt(),
                active,
                missing,
                score.precision(),
                score.recall(),
                score.f1());
        return report(figures, text, score.f1());
      } finally {
        Files.deleteIfExists(shuffled);
      }
    }

    /** Each article's event from the real pipeline: source id to event id. */
    private Map<String, String> pipeline(Path articles) {
      Map<String, io.newsline.avro.CanonicalEvent> events =
          PipelineRun.run(
              options.config(),
              List.of(articles),
              java.time.Duration.ofSeconds(3),
              java.time.Duration.ofMinutes(30));
      Map<String, String> predicted = new LinkedHashMap<>();
      for (io.newsline.avro.CanonicalEvent event : events.values()) {
        if (event.getStatus() != io.newsline.avro.EventStatus.MERGED_INTO) {
          event.getArticles().forEach(a -> predicted.put(a.getSourceId(), event.getEventId()));
        }
      }
      return predicted;
    }

    /** Each article's event from {@link InProcessPipeline}. */
    private Map<String, String> inProcess(Path articles) {
      List<io.newsline.ingest.input.InputArticle> inputs = new ArrayList<>();
      new io.newsline.ingest.input.ArticleReader(
              io.newsline.ingest.input.ArticleReader.DEFAULT_MAX_BYTES)
          .read(
              List.of(articles),
              new io.newsline.ingest.input.ArticleReader.Listener() {
                @Override
                public void article(io.newsline.ingest.input.InputArticle article, long bytes) {
                  inputs.add(article);
                }

                @Override
                public void skipped(String where, String reason) {}
              });
      return new InProcessPipeline(options.config(), EntityExtractor.create()).run(inputs);
    }
  }

  @Command(
      name = "identity",
      mixinStandardHelpOptions = true,
      description = {
        "Entity identity against Wikipedia ids (GUM): all documents resolved in order against one"
            + " registry; of the gold proper-name mentions with a Wikipedia id that extraction"
            + " detects (a predicted mention overlaps; the one ending last within the span is"
            + " taken), pairs with the same id should share an entity id (\"same\"), pairs with"
            + " different ids should not (\"different\"); within documents, across, and all.",
        "FILE: {\"doc_id\",\"text\",\"mentions\":[{\"start\",\"end\",\"wikipedia\","
            + "\"has_propn\"}]}. --min-f1 applies to the harmonic mean of same and different."
      })
  static final class Identity extends Evaluation {
    /** One detected gold mention: its document, Wikipedia id and predicted entity id. */
    private record Detected(int document, String wikipedia, String entityId) {}

    @Override
    public Integer call() {
      EntityExtractor extractor = EntityExtractor.create();
      io.newsline.enrich.resolve.EntityResolver resolver =
          new io.newsline.enrich.resolve.EntityResolver(
              new io.newsline.enrich.resolve.InMemoryEntityRegistry());
      List<Detected> detected = new ArrayList<>();
      int gold = 0;
      int document = 0;
      for (JsonNode row : rows("text", "mentions")) {
        List<Mention> mentions = extractor.extract(row.get("text").asText());
        Map<Mention, String> entityOf = new java.util.IdentityHashMap<>();
        for (var entity : resolver.resolve(mentions)) {
          entity.mentions().forEach(m -> entityOf.put(m, entity.entity().entityId()));
        }
        for (JsonNode g : row.get("mentions")) {
          if (!g.path("has_propn").asBoolean()
              || g.path("wikipedia").isNull()
              || g.path("wikipedia").isMissingNode()) {
            continue;
          }
          gold++;
          Mention best = head(mentions, entityOf, g.get("start").asInt(), g.get("end").asInt());
          if (best != null) {
            detected.add(new Detected(document, g.get("wikipedia").asText(), entityOf.get(best)));
          }
        }
        document++;
      }
      long[] within =
          new long
              [4]; // same-id pairs, of which same entity; different-id pairs, of which different
      long[] across = new long[4];
      for (int i = 0; i < detected.size(); i++) {
        for (int j = i + 1; j < detected.size(); j++) {
          Detected a = detected.get(i);
          Detected b = detected.get(j);
          long[] c = a.document() == b.document() ? within : across;
          boolean sameEntity = a.entityId().equals(b.entityId());
          if (a.wikipedia().equals(b.wikipedia())) {
            c[0]++;
            c[1] += sameEntity ? 1 : 0;
          } else {
            c[2]++;
            c[3] += sameEntity ? 0 : 1;
          }
        }
      }
      long[] all = new long[4];
      for (int k = 0; k < 4; k++) {
        all[k] = within[k] + across[k];
      }
      ObjectNode figures = JSON.createObjectNode();
      figures.put("goldMentions", gold);
      figures.put("detected", detected.size());
      StringBuilder text =
          new StringBuilder(
              String.format(
                  "identity: %d gold proper-name mentions with a Wikipedia id, %d detected (%.1f%%)%n",
                  gold, detected.size(), 100.0 * detected.size() / Math.max(1, gold)));
      put(figures.putObject("withinDocuments"), text, "within documents", within);
      put(figures.putObject("acrossDocuments"), text, "across documents", across);
      double f = put(figures.putObject("all"), text, "all pairs", all);
      return report(figures, text.toString().stripTrailing(), f);
    }

    /**
     * The predicted mention standing for a gold span: the one ending last inside it, else any
     * overlap.
     */
    private static Mention head(
        List<Mention> mentions, Map<Mention, String> entityOf, int start, int end) {
      Mention best = null;
      for (Mention m : mentions) {
        if (m.start() < end
            && m.end() > start
            && m.end() <= end
            && entityOf.containsKey(m)
            && (best == null || m.end() > best.end())) {
          best = m;
        }
      }
      if (best == null) {
        for (Mention m : mentions) {
          if (m.start() < end && m.end() > start && entityOf.containsKey(m)) {
            return m;
          }
        }
      }
      return best;
    }

    private static double put(ObjectNode node, StringBuilder text, String label, long[] c) {
      double same = (double) c[1] / Math.max(1, c[0]);
      double different = (double) c[3] / Math.max(1, c[2]);
      double f = same + different == 0 ? 0 : 2 * same * different / (same + different);
      node.put("sameIdSameEntity", same);
      node.put("differentIdDifferentEntity", different);
      node.put("sameIdPairs", c[0]);
      node.put("differentIdPairs", c[2]);
      text.append(
          String.format(
              "  %-17s same id → same entity %.4f (%d pairs)  different ids → different entities %.4f (%d pairs)%n",
              label, same, c[0], different, c[2]));
      return f;
    }
  }
}
