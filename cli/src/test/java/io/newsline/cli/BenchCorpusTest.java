package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.ingest.input.InputArticle;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BenchCorpusTest {
  private static final BenchCorpus CORPUS = BenchCorpus.from(List.of(Path.of("../seeds")));

  @Test
  void everyArticleIsDistinctAndTheSameOnEveryRun() {
    BenchCorpus again = BenchCorpus.from(List.of(Path.of("../seeds")));
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 60; i++) {
      InputArticle article = CORPUS.article(i);
      assertThat(ids.add(article.articleId())).isTrue();
      assertThat(again.article(i)).isEqualTo(article);
    }
  }

  @Test
  void copiesOfOneStoryShareTheirWordsAndStoriesDoNot() {
    Set<String> first = words(CORPUS.article(0));
    Set<String> sameStory = words(CORPUS.article(1));
    // Story 5 is rewritten from the same seed as story 0, with other invented words.
    Set<String> otherStory = words(CORPUS.article(5 * BenchCorpus.STORY_SIZE));
    assertThat(jaccard(first, sameStory)).isGreaterThan(0.5);
    assertThat(jaccard(first, otherStory)).isLessThan(0.2);
  }

  @Test
  void theJunkTheCleanerRemovesStaysVerbatim() {
    // Seed 001 carries "Advertisement" lines; its copies must too, or ingest would have no work.
    List<String> lines =
        IntStream.range(0, 5)
            .mapToObj(i -> CORPUS.article(i * BenchCorpus.STORY_SIZE).body())
            .flatMap(body -> Arrays.stream(body.split("\n")))
            .map(String::strip)
            .toList();
    assertThat(lines).contains("Advertisement");
  }

  private static Set<String> words(InputArticle article) {
    return Arrays.stream(article.body().toLowerCase().split("\\P{L}+"))
        .filter(w -> w.length() > 3)
        .collect(Collectors.toSet());
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return (double) both.size() / union.size();
  }
}
