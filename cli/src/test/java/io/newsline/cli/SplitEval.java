package io.newsline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.dedupe.cluster.ClusterConfig;
import io.newsline.enrich.extract.EntityExtractor;
import io.newsline.ingest.input.InputArticle;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * ECB+ in process as {@code eval clusters --in-process --seed N} (same shuffle, same stages, a
 * fresh extractor per shuffle), with a split threshold. Args: FILE SPLIT_THRESHOLD FROM TO.
 */
public final class SplitEval {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> all = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (!line.isBlank()) {
        all.add(json.readTree(line));
      }
    }
    double split = Double.parseDouble(args[1]);
    NewslineConfig config = NewslineConfig.defaults();
    ClusterConfig clusters =
        tweak(
            new ClusterConfig(config.getLong(Settings.DEDUPE_RETENTION_MS))
                .withSplitThreshold(split));
    double sum = 0;
    int runs = 0;
    for (long seed = Long.parseLong(args[2]); seed <= Long.parseLong(args[3]); seed++) {
      List<JsonNode> rows = new ArrayList<>(all);
      Collections.shuffle(rows, new Random(seed));
      Map<String, String> gold = new LinkedHashMap<>();
      Path shuffled = Files.createTempFile("split-eval-", ".jsonl");
      try (var writer = Files.newBufferedWriter(shuffled)) {
        for (JsonNode row : rows) {
          String id = row.has("id") ? row.get("id").asText() : row.get("doc_id").asText();
          gold.put(id, row.get("cluster_id").asText());
          var article = json.createObjectNode();
          article.put("id", id);
          article.put("text", row.get("text").asText());
          if (row.hasNonNull("title")) {
            article.put("title", row.get("title").asText());
          }
          writer.write(article.toString());
          writer.write("\n");
        }
      }
      List<InputArticle> inputs = new ArrayList<>();
      new io.newsline.ingest.input.ArticleReader(
              io.newsline.ingest.input.ArticleReader.DEFAULT_MAX_BYTES)
          .read(
              List.of(shuffled),
              new io.newsline.ingest.input.ArticleReader.Listener() {
                @Override
                public void article(InputArticle article, long bytes) {
                  inputs.add(article);
                }

                @Override
                public void skipped(String where, String reason) {}
              });
      Files.deleteIfExists(shuffled);
      long t0 = System.nanoTime();
      InProcessPipeline pipeline =
          new InProcessPipeline(config, EntityExtractor.create(), clusters);
      Map<String, String> predicted = pipeline.run(inputs);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      long bytes = 0;
      long members = 0;
      long largest = 0;
      for (String id : new HashSet<>(predicted.values())) {
        var e = pipeline.clusterer().event(id);
        int b = e.toBytes().length;
        bytes += b;
        members += e.size();
        largest = Math.max(largest, b);
      }
      BCubed s = BCubed.score(predicted, gold);
      System.out.printf(
          "seed %d events %d P %.4f R %.4f F1 %.4f (%d ms; state %d bytes, %d per member,"
              + " largest event %d)%n",
          seed,
          new HashSet<>(predicted.values()).size(),
          s.precision(),
          s.recall(),
          s.f1(),
          ms,
          bytes,
          bytes / Math.max(1, members),
          largest);
      sum += s.f1();
      runs++;
    }
    System.out.printf(
        "mean F1 %.4f over %d shuffles (split threshold %.2f)%n", sum / runs, runs, split);
  }

  /** -Dtweak.NAME=VALUE overrides a ClusterConfig component (experiments only). */
  static ClusterConfig tweak(ClusterConfig c) throws Exception {
    var comps = ClusterConfig.class.getRecordComponents();
    Object[] vals = new Object[comps.length];
    Class<?>[] types = new Class<?>[comps.length];
    for (int i = 0; i < comps.length; i++) {
      types[i] = comps[i].getType();
      vals[i] = comps[i].getAccessor().invoke(c);
      String v = System.getProperty("tweak." + comps[i].getName());
      if (v != null) {
        vals[i] =
            types[i] == int.class
                ? (Object) Integer.parseInt(v)
                : types[i] == long.class
                    ? (Object) Long.parseLong(v)
                    : (Object) Double.parseDouble(v);
      }
    }
    return ClusterConfig.class.getDeclaredConstructor(types).newInstance(vals);
  }
}
