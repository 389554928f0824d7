package io.newsline.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineFeaturesTest {
  private static LineFeatures of(String line) {
    return LineFeatures.of(line, new LanguageDetector.ScriptCounts());
  }

  @Test
  void countsWordsLettersDigitsAndCapitals() {
    LineFeatures f = of("The NATO summit opened on 12 May in Vilnius.");
    assertThat(f.chars).isEqualTo(44);
    assertThat(f.words).isEqualTo(9);
    assertThat(f.alphaWords).isEqualTo(8);
    assertThat(f.capWords).isEqualTo(4);
    assertThat(f.upperWords).isEqualTo(1);
    assertThat(f.digits).isEqualTo(2);
    assertThat(f.terminal).isTrue();
    assertThat(f.endsColon).isFalse();
  }

  @Test
  void findsUrlsAndSeparators() {
    LineFeatures f = of("Home | News » http://x.org www.example.com a.html mail@x.com plain");
    assertThat(f.separators).isEqualTo(2);
    assertThat(f.urlLike).isEqualTo(4);
    assertThat(of("Read: Europe.Com").urlLike).isEqualTo(0); // ".Com" is not ".com"
  }

  @Test
  void readsOnlyTheGivenCharsOfABuffer() {
    char[] buffer = "Sign up: today tail that is not the line".toCharArray();
    LineFeatures f = LineFeatures.of(buffer, 8, new LanguageDetector.ScriptCounts());
    assertThat(f.words).isEqualTo(2);
    assertThat(f.endsColon).isTrue();
    assertThat(f.terminal).isFalse();
  }

  @Test
  void endsTerminalLooksPastClosingQuotesAndBrackets() {
    assertThat(LineFeatures.endsTerminal("He said \"yes.\")")).isTrue();
    assertThat(LineFeatures.endsTerminal("Breaking news")).isFalse();
    assertThat(of("短い文です。").terminal).isTrue();
  }

  @Test
  void countsStopWordsOfTheLanguages() {
    LineFeatures f = of("The cat and the dog are in the house");
    int en = LanguageDetector.languages().indexOf("en");
    assertThat(f.stopHits[en]).isGreaterThanOrEqualTo(4);
  }
}
