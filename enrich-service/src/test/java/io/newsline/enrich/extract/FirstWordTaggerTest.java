package io.newsline.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FirstWordTaggerTest {
  private static POSModel model;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in =
        FirstWordTaggerTest.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
      model = new POSModel(in);
    }
  }

  @Test
  void givesTheFirstTagOfTheTaggersBeamSearch() {
    FirstWordTagger first = new FirstWordTagger(model);
    POSTaggerME beam = new POSTaggerME(model);
    String[][] windows = {
      {"Grant", "Smith", "arrived"},
      {"Grant", "prices", "rose"},
      {"Will", "they", "come"},
      {"Bazarak", "fell", "on"},
      {"However", ",", "the"},
      {"Taliban", "fighters", "entered"},
      {"Kabul"},
    };
    for (String[] w : windows) {
      assertThat(first.firstTag(w)).as(String.join(" ", w)).isEqualTo(beam.tag(w)[0]);
    }
    assertThat(first.firstTag(new String[] {"Grant", "Smith", "arrived"})).isEqualTo("PROPN");
    assertThat(first.firstTag(new String[] {"Grant", "prices", "rose"})).isNotEqualTo("PROPN");
  }
}
