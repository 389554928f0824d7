package io.newsline.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrefixAutomatonTest {
  /** Rule 0: "cookie"; rule 1: "okie" or "we use"; rule 2: "©". */
  private final PrefixAutomaton automaton =
      new PrefixAutomaton(List.of("cookie", "okie", "we use", "©"), List.of(0, 1, 1, 2));

  private int[] firstStarts(String line) {
    int[] from = new int[3];
    char[] cs = line.toCharArray();
    assertThat(automaton.markFirstStarts(cs, cs.length, from)).isTrue();
    return from;
  }

  @Test
  void marksOneMoreThanTheFirstOffsetWhereAPrefixOfTheRuleStarts() {
    assertThat(firstStarts("our cookie policy")).containsExactly(5, 7, 0);
    assertThat(firstStarts("we use cookies and more cookies")).containsExactly(8, 1, 0);
    assertThat(firstStarts("nothing here")).containsExactly(0, 0, 0);
  }

  @Test
  void findsPrefixesThatOverlapOrSitInsideOthers() {
    // "cookie" contains "okie": both are found, each at its own start.
    assertThat(firstStarts("cookie")).containsExactly(1, 3, 0);
    // A failed "cook" match must not hide the "okie" starting inside it.
    assertThat(firstStarts("coookie")).containsExactly(0, 4, 0);
  }

  @Test
  void readsTheLineLowerCasedAndNonAsciiChars() {
    assertThat(firstStarts("COOKIE © 2024")).containsExactly(1, 3, 8);
    assertThat(firstStarts("Ünïcode — We Use")).containsExactly(0, 11, 0);
  }

  @Test
  void keepsEarlierAndNegativeMarks() {
    int[] from = {1, -1, 0};
    char[] cs = "x cookie".toCharArray();
    automaton.markFirstStarts(cs, cs.length, from);
    assertThat(from).containsExactly(1, -1, 0);
  }

  @Test
  void reportsCharsThatDoNotLowerAlone() {
    char[] cs = "İstanbul cookie".toCharArray();
    assertThat(automaton.markFirstStarts(cs, cs.length, new int[3])).isFalse();
    char[] sigma = "ΣΑΣ".toCharArray();
    assertThat(automaton.markFirstStarts(sigma, sigma.length, new int[3])).isFalse();
  }

  @Test
  void findsPrefixesAcrossTheMiddleOfALongLine() {
    String pad = "x".repeat(60);
    // 136 chars: the line is walked as two halves, split at 68, inside "cookie".
    String line = pad + "ab coo" + "kie " + pad + "we use";
    int[] from = firstStarts(line);
    assertThat(from).containsExactly(64, 66, 0);
    assertThat(firstStarts(pad + pad + "zz cookie ©")).containsExactly(124, 126, 131);
    char[] wide = (pad + pad + "İ").toCharArray();
    assertThat(automaton.markFirstStarts(wide, wide.length, new int[3])).isFalse();
  }

  @Test
  void scansOnlyTheFirstNChars() {
    int[] from = new int[3];
    char[] cs = "we cookie".toCharArray();
    automaton.markFirstStarts(cs, 5, from);
    assertThat(from).containsExactly(0, 0, 0);
  }
}
