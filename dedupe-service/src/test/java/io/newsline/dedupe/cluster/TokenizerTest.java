package io.newsline.dedupe.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.runtime.hash.Hash64;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The clusterer's one-pass Tokenizer gives exactly what Text's String functions give. */
class TokenizerTest {

  /** Per word: the lower-cased word, hash, capitalised flag, term and term hash. */
  private static List<String> viaText(String s) {
    List<String> words = Text.words(s);
    boolean[] caps = Text.capitalised(s, words.size());
    List<String> out = new ArrayList<>();
    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k);
      String t = Text.term(w);
      out.add(
          w + " " + Hash64.of(w) + " " + caps[k] + " " + t + " " + (t == null ? "" : Hash64.of(t)));
    }
    return out;
  }

  private static List<String> viaTokenizer(String s) {
    Tokenizer tok = new Tokenizer();
    tok.reset(s);
    List<String> out = new ArrayList<>();
    while (tok.next()) {
      String w = new String(tok.chars, 0, tok.wordLength);
      long h = tok.wordHash;
      boolean cap = tok.capitalised;
      boolean term = tok.term();
      String t = term ? new String(tok.chars, 0, tok.termLength) : null;
      out.add(w + " " + h + " " + cap + " " + t + " " + (term ? tok.termHash : ""));
    }
    return out;
  }

  @Test
  void sameWordsTermsHashesAndCapitalsAsText() {
    List<String> texts = new ArrayList<>();
    for (ArticleInput a : Fixtures.background()) {
      texts.add(a.title());
      texts.add(a.text());
    }
    texts.add(Fixtures.EMBASSY);
    texts.add(Fixtures.CAPITAL);
    texts.add("");
    texts.add("   ");
    texts.add("a I x 42 US's cities ties dies cats class bus this is Ökonomie STRASSE: Über.");
    texts.add("\u201cQuoted\u201d Start \"Again\" after? Yes! New\nLine mid Sentence ébène ÉCOLE");
    texts.add("Stories glasses species Virus thesis 3s ABCs x2s it's Mr. Smith's");
    SplittableRandom rnd = new SplittableRandom(7);
    String alphabet = "aeisuyAESZ .,:!?\n\"'-\u201c\u00e9\u00c9\u00df1";
    for (int n = 0; n < 200; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = rnd.nextInt(80); k > 0; k--) {
        b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      texts.add(b.toString());
    }

    for (String s : texts) {
      assertThat(viaTokenizer(s)).as(s).isEqualTo(viaText(s));
    }
  }

  @Test
  void shinglesFromHashesEqualShinglesFromWords() {
    List<String> words = Text.words(Fixtures.EMBASSY);
    long[] wh = new long[words.size()];
    for (int i = 0; i < wh.length; i++) {
      wh[i] = Hash64.of(words.get(i));
    }

    assertThat(Text.shingles(wh, wh.length, 4)).isEqualTo(Text.shingles(words, 4));
    assertThat(Text.shingles(wh, 2, 4)).isEqualTo(Text.shingles(words.subList(0, 2), 4));
  }
}
