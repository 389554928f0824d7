package io.newsline.enrich.stage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordsTest {
  @Test
  void mostFrequentContentWordsFirstTiesByFirstAppearance() {
    String text =
        "The Taliban said the valley would fall. The Taliban entered the valley; resistance fighters"
            + " said the valley had not fallen. Resistance continues.";

    assertThat(Keywords.top(text, 4)).containsExactly("valley", "taliban", "resistance", "fall");
  }

  @Test
  void stopWordsShortWordsAndNumbersAreNotKeywords() {
    assertThat(Keywords.top("He said it was 2021 and they had won. On and on.", 10))
        .containsExactly("won");
  }

  @Test
  void emptyTextHasNoKeywords() {
    assertThat(Keywords.top("", 10)).isEmpty();
  }
}
