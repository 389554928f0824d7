package io.newsline.ingest.clean;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Word-level bag-of-words overlap between a predicted and a gold text: how boilerplate removal is
 * scored. Words are lower-cased maximal runs of Unicode letters or digits, compared as multisets.
 */
public final class WordOverlap {
  private WordOverlap() {}

  /** Precision, recall and F1 of one prediction; all zero when either side has no words. */
  public record Score(double precision, double recall, double f1) {}

  public static Score score(String predicted, String gold) {
    Map<String, Integer> p = bag(predicted);
    Map<String, Integer> g = bag(gold);
    long pn = total(p);
    long gn = total(g);
    if (pn == 0 || gn == 0) {
      return new Score(0, 0, 0);
    }
    long overlap = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      Integer other = g.get(e.getKey());
      if (other != null) {
        overlap += Math.min(other, e.getValue());
      }
    }
    if (overlap == 0) {
      return new Score(0, 0, 0);
    }
    double precision = (double) overlap / pn;
    double recall = (double) overlap / gn;
    return new Score(precision, recall, 2 * precision * recall / (precision + recall));
  }

  /** The multiset of words in {@code text}. */
  static Map<String, Integer> bag(String text) {
    Map<String, Integer> bag = new HashMap<>();
    if (text == null) {
      return bag;
    }
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n) {
        cp = text.codePointAt(i);
        if (!Character.isLetterOrDigit(cp)) {
          break;
        }
        i += Character.charCount(cp);
      }
      bag.merge(text.substring(start, i).toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    return bag;
  }

  private static long total(Map<String, Integer> bag) {
    long n = 0;
    for (int v : bag.values()) {
      n += v;
    }
    return n;
  }
}
