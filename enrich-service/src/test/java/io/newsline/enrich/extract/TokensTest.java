package io.newsline.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.extract.Tokens.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {
  @Test
  void everyKindOfSpaceSeparatesTokens() {
    // ASCII space and tab, the information separator U+001F, no-break space, em space, zero width
    String text = "a b\tc\u001fd\u00a0e\u2003f\u200bg";

    assertThat(Tokens.tokenize(text))
        .extracting(t -> t.text)
        .containsExactly("a", "b", "c", "d", "e", "f", "g");
  }

  @Test
  void wordsKeepMarksDotsAndAmpersandsAndPossessivesSplitOff() {
    List<Token> tokens = Tokens.tokenize("Zoe\u0301's AT&T met the U.S. team.");

    assertThat(tokens)
        .extracting(t -> t.text)
        .containsExactly("Zoe\u0301", "'s", "AT&T", "met", "the", "U.S.", "team", ".");
  }

  @Test
  void caseFlagsAndLowerFormsOfAsciiAndOtherWords() {
    List<Token> tokens = Tokens.tokenize("A NATO Émile ǅemal x 42 É");

    assertThat(tokens)
        .extracting(t -> t.lower)
        .containsExactly("a", "nato", "émile", "ǆemal", "x", "42", "é");
    assertThat(tokens)
        .extracting(t -> t.cap)
        .containsExactly(true, true, true, true, false, false, true);
    assertThat(tokens)
        .extracting(t -> t.allCaps)
        .containsExactly(false, true, false, false, false, false, false);
    assertThat(tokens)
        .extracting(t -> t.word)
        .containsExactly(true, true, true, true, true, true, true);
    assertThat(tokens.get(0).initial).isTrue();
    assertThat(tokens.get(1).initial).isFalse();
  }
}
