package io.newsline.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTableTest {
  private final WordTable table = new WordTable(Map.of("the", 1, "und", 2, "reuters", 4));

  private int get(String text, int from, int to) {
    char[] cs = text.toCharArray();
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = WordTable.step(hash, cs[i]);
    }
    return table.get(cs, from, to, hash);
  }

  @Test
  void findsAWordWhateverItsCase() {
    assertThat(get("the", 0, 3)).isEqualTo(1);
    assertThat(get("THE", 0, 3)).isEqualTo(1);
    assertThat(get("Reuters", 0, 7)).isEqualTo(4);
  }

  @Test
  void looksUpOnlyTheGivenRange() {
    assertThat(get("said Reuters.", 5, 12)).isEqualTo(4);
    assertThat(get("und so", 0, 3)).isEqualTo(2);
    assertThat(get("theory", 0, 6)).isZero();
    assertThat(get("theory", 0, 3)).isEqualTo(1);
  }

  @Test
  void theLowerCaseStepIsTheStepOfALowerCaseChar() {
    for (char c = 'a'; c <= 'z'; c++) {
      assertThat(WordTable.stepLowerCase(17, c)).isEqualTo(WordTable.step(17, c));
      assertThat(WordTable.stepLowerCase(17, c))
          .isEqualTo(WordTable.step(17, Character.toUpperCase(c)));
    }
  }

  @Test
  void absentWordsAreZero() {
    assertThat(get("cat", 0, 3)).isZero();
    assertThat(get("", 0, 0)).isZero();
  }
}
