package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.extract.EntityExtractor;
import io.newsline.ingest.input.ArticleReader;
import io.newsline.ingest.input.InputArticle;
import io.newsline.runtime.config.NewslineConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The five seeds through ingest, enrich and dedupe's clusterer, in every one of their 120 orders:
 * 000 and 001 report one event (the Taliban's message through the Russian embassy), 002, 003 and
 * 004 three others of the same story and fortnight.
 */
class SeedEventsTest {
  private static final Set<Set<String>> EVENTS =
      Set.of(Set.of("000", "001"), Set.of("002"), Set.of("003"), Set.of("004"));

  @Test
  void everyOrderGivesTheSeedsFourEvents() {
    List<InputArticle> seeds = seeds();
    assertThat(seeds).hasSize(5);
    EntityExtractor extractor = EntityExtractor.create();
    List<List<InputArticle>> orders = new ArrayList<>();
    permute(seeds, new ArrayList<>(), orders);
    for (List<InputArticle> order : orders) {
      Map<String, String> eventOf =
          new InProcessPipeline(NewslineConfig.defaults(), extractor).run(order);
      assertThat(events(eventOf))
          .as("order %s", order.stream().map(InputArticle::sourceId).toList())
          .isEqualTo(EVENTS);
    }
  }

  private static List<InputArticle> seeds() {
    List<InputArticle> seeds = new ArrayList<>();
    new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES)
        .read(
            List.of(Path.of("..", "seeds")),
            new ArticleReader.Listener() {
              @Override
              public void article(InputArticle article, long bytes) {
                seeds.add(article);
              }

              @Override
              public void skipped(String where, String reason) {}
            });
    return seeds;
  }

  /** The events as sets of seed numbers (the first three characters of the source id). */
  private static Set<Set<String>> events(Map<String, String> eventOf) {
    Map<String, Set<String>> members = new TreeMap<>();
    eventOf.forEach(
        (source, event) ->
            members.computeIfAbsent(event, e -> new TreeSet<>()).add(source.substring(0, 3)));
    return Set.copyOf(members.values());
  }

  private static void permute(
      List<InputArticle> left, List<InputArticle> prefix, List<List<InputArticle>> out) {
    if (left.isEmpty()) {
      out.add(List.copyOf(prefix));
      return;
    }
    for (InputArticle next : left) {
      List<InputArticle> rest = new ArrayList<>(left);
      rest.remove(next);
      prefix.add(next);
      permute(rest, prefix, out);
      prefix.remove(prefix.size() - 1);
    }
  }
}
