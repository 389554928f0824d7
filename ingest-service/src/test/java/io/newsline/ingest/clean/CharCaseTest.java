package io.newsline.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CharCaseTest {
  @Test
  void lowersAsStringToLowerCaseDoesForEveryCharThatLowersAlone() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (CharCase.lowersAlone(c)) {
        String expected = String.valueOf(c).toLowerCase(Locale.ROOT);
        assertThat(String.valueOf(CharCase.lower(c))).as("U+%04X", (int) c).isEqualTo(expected);
      }
    }
  }

  @Test
  void lowerCasingTwiceChangesNothing() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      char once = CharCase.lower(c);
      assertThat(CharCase.lower(once)).as("U+%04X", (int) c).isEqualTo(once);
    }
  }

  @Test
  void charsLoweredByContextOrAsPairsDoNotLowerAlone() {
    assertThat(CharCase.lowersAlone('İ')).isFalse();
    assertThat(CharCase.lowersAlone('Σ')).isFalse();
    assertThat(CharCase.lowersAlone('\ud801')).isFalse();
    assertThat(CharCase.lowersAlone('\udc00')).isFalse();
    assertThat(CharCase.lowersAlone('A')).isTrue();
    assertThat(CharCase.lowersAlone('É')).isTrue();
    assertThat(CharCase.lower('É')).isEqualTo('é');
    assertThat(CharCase.lower('Q')).isEqualTo('q');
    assertThat(CharCase.lower('7')).isEqualTo('7');
  }
}
