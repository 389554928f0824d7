package io.newsline.enrich.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.codec.language.bm.Lang;
import org.apache.commons.codec.language.bm.Languages;
import org.apache.commons.codec.language.bm.Languages.LanguageSet;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;
import org.junit.jupiter.api.Test;

class BmLanguagesTest {
  private static final BmLanguages GUESS = BmLanguages.generic();
  private static final Lang CODEC = Lang.instance(NameType.GENERIC);

  @Test
  void guessesWhatCommonsCodecGuessesAndSoEncodesTheSame() throws IOException {
    PhoneticEngine engine = new PhoneticEngine(NameType.GENERIC, RuleType.APPROX, true);
    List<String> words = words();
    assertThat(words).hasSizeGreaterThan(500);
    // not a vacuous comparison: the rules narrow most of these words to some languages
    assertThat(words)
        .filteredOn(w -> CODEC.guessLanguages(w) instanceof Languages.SomeLanguages)
        .hasSizeGreaterThan(words.size() / 2);
    for (String word : words) {
      assertThat(languages(GUESS.guess(word)))
          .as(word)
          .isEqualTo(languages(CODEC.guessLanguages(word)));
      assertThat(engine.encode(word, GUESS.guess(word))).as(word).isEqualTo(engine.encode(word));
    }
  }

  /**
   * Every word of the seeds, and names from many languages, in their spelling with accents and
   * without.
   */
  private static List<String> words() throws IOException {
    TreeSet<String> words = new TreeSet<>();
    try (Stream<Path> seeds = Files.list(Path.of("../seeds"))) {
      for (Path seed : seeds.toList()) {
        for (String w : Files.readString(seed).split("[^\\p{L}'’-]+")) {
          if (w.length() >= 2) {
            words.add(w);
          }
        }
      }
    }
    words.addAll(
        List.of(
            "Zhirnov",
            "Zyrnoov",
            "Zirnov",
            "Schwarzenegger",
            "Nguyen",
            "O'Brien",
            "McDonald",
            "Fitzgerald",
            "Müller",
            "Mueller",
            "Dvořák",
            "García",
            "Papadopoulos",
            "Kowalski",
            "Jiménez",
            "Sánchez",
            "Tchaikovsky",
            "Çelik",
            "Øresund",
            "Ahmed",
            "d'Artagnan",
            "Szczepański",
            "Nagy",
            "Kovács",
            "Horváth",
            "Cohen",
            "Goldberg",
            "Rossi",
            "Esposito",
            "Gonçalves",
            "Ivanov",
            "Шевченко",
            "Κωνσταντίνος",
            "Yılmaz",
            "Wojciechowski"));
    return new ArrayList<>(words);
  }

  /**
   * A language set as its languages: SomeLanguages has no equals; "any" and "none" are themselves.
   */
  private static Object languages(LanguageSet set) {
    if (set instanceof Languages.SomeLanguages some) {
      return new TreeSet<>(some.getLanguages());
    }
    return set;
  }
}
