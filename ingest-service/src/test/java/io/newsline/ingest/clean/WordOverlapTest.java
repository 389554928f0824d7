package io.newsline.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WordOverlapTest {
  @Test
  void perfectMatchIgnoresCaseAndPunctuation() {
    WordOverlap.Score s = WordOverlap.score("The cat, the HAT!", "the cat the hat");
    assertThat(s.f1()).isEqualTo(1.0);
  }

  @Test
  void comparesWordsAsMultisets() {
    // predicted: the x2, cat; gold: the x1, cat, sat -> overlap 2 of 3 predicted, 2 of 3 gold
    WordOverlap.Score s = WordOverlap.score("the the cat", "the cat sat");
    assertThat(s.precision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.f1()).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void wordsAreRunsOfLettersOrDigits() {
    assertThat(WordOverlap.bag("U.S.-allied 6,000 café’s"))
        .containsEntry("u", 1)
        .containsEntry("s", 2)
        .containsEntry("allied", 1)
        .containsEntry("6", 1)
        .containsEntry("000", 1)
        .containsEntry("café", 1)
        .hasSize(6);
  }

  @Test
  void emptyPredictionScoresZero() {
    assertThat(WordOverlap.score("", "gold words").f1()).isZero();
    assertThat(WordOverlap.score("words", "").f1()).isZero();
  }
}
