package io.newsline.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LastCharsTest {
  private static String of(String regex) {
    char[] chars = LastChars.of(regex);
    return chars == null ? null : new String(chars);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "^[^ ]{1,40}( [^ ]{1,40}){0,3} (says|said|wrote|writes):$; :",
        "^\\d+ (votes?|likes?)$; es",
        "^(a|bc)d?$; acd",
        "all rights reserved\\.?$; .d",
        "^\\(photo [^)]{1,60}\\)$; )",
        "^x\\b$; x",
        "^ab[ap]$; ap",
        "^(?P<n>ok)$; k",
        "^\\d{4}$; 0123456789",
        "^a[a-e]$; abcde",
      })
  void aPatternEndingWithDollarEndsWithKnownChars(String regex, String expected) {
    assertThat(of(regex)).isEqualTo(expected);
  }

  @Test
  void whitespaceIsRe2sFiveChars() {
    assertThat(of("^(on|by)\\s*:?$")).isEqualTo("\t\n\f\r :ny");
    assertThat(of("^a\\s$")).isEqualTo("\t\n\f\r ");
  }

  @Test
  void unknownWhenABranchIsNotAnchoredAtTheEndOrMayBeEmpty() {
    assertThat(of("^abc")).isNull();
    assertThat(of("^abc$|def")).isNull();
    assertThat(of("^(abc)?$")).isNull();
    assertThat(of("^a.$")).isNull();
    assertThat(of("^a[^b]$")).isNull();
    assertThat(of("^a\\w$")).isNull();
    assertThat(of("^a[\\p{L}]$")).isNull();
  }

  @Test
  void unknownForFlagsAndConstructsItDoesNotRead() {
    assertThat(of("(?i)abc$")).isNull();
    assertThat(of("^a\\x{41}$")).isNull();
    assertThat(of("^a$?")).isNull();
    assertThat(of("^(a")).isNull();
  }
}
