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

  @Test
  void wordsCountAsOneWhateverTheirCaseAccentedOrNot() {
    String text = "Owners of the Café met. CAFÉ owners rose; THE café closed. OWNERS left.";

    assertThat(Keywords.top(text, 3)).containsExactly("owners", "café", "met");
  }

  @Test
  void aLongTextOfManyDistinctWordsKeepsTheMostFrequent() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      text.append(word(i)).append(i % 7 == 0 ? " Zebra " : " ");
    }

    // zebra 286 times, then each invented word once, by first appearance
    assertThat(Keywords.top(text.toString(), 3)).containsExactly("zebra", word(0), word(1));
  }

  /** A distinct word of letters only, e.g. "wordbaa". */
  private static String word(int i) {
    StringBuilder w = new StringBuilder("word");
    for (int k = 0; k < 3; k++, i /= 26) {
      w.append((char) ('a' + i % 26));
    }
    return w.toString();
  }
}
