package io.newsline.dedupe.cluster;

import io.newsline.runtime.hash.Hash64;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Tokenising and hashing: pure functions, stable across JVMs and runs. */
final class Text {
  private Text() {}

  static final Set<String> STOPWORDS =
      new HashSet<>(
          Arrays.asList(
              ("a about above after again against all also am an and any are as at be because been"
                      + " before being below between both but by can could did do does doing down"
                      + " during each few for from further had has have having he her here hers"
                      + " herself him himself his how i if in into is it its itself just me more"
                      + " most my myself no nor not now of off on once only or other our ours"
                      + " ourselves out over own same she should so some such than that the their"
                      + " theirs them themselves then there these they this those through to too"
                      + " under until up very was we were what when where which while who whom why"
                      + " will with would you your yours yourself yourselves said says say told"
                      + " according reported report reports one two three new year years may might"
                      + " must shall us mr mrs ms per via ago amp http https www com")
                  .split(" ")));

  // the stop words by hash64, open addressing (for Tokenizer: no String per word)
  private static final long[] STOP_HASHES = new long[1024];
  private static final String[] STOP_STRINGS = new String[1024];

  static {
    for (String w : STOPWORDS) {
      long h = Hash64.of(w);
      int i = (int) h & (STOP_HASHES.length - 1);
      while (STOP_STRINGS[i] != null) {
        i = (i + 1) & (STOP_HASHES.length - 1);
      }
      STOP_HASHES[i] = h;
      STOP_STRINGS[i] = w;
    }
  }

  /** Whether chars [0, n) with {@link Hash64#of} {@code hash} are a stop word. */
  static boolean isStopword(char[] chars, int n, long hash) {
    int i = (int) hash & (STOP_HASHES.length - 1);
    String w;
    while ((w = STOP_STRINGS[i]) != null) {
      if (STOP_HASHES[i] == hash && equals(w, chars, n)) {
        return true;
      }
      i = (i + 1) & (STOP_HASHES.length - 1);
    }
    return false;
  }

  /** Whether {@code s} is chars [0, n). */
  static boolean equals(String s, char[] chars, int n) {
    if (s.length() != n) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (s.charAt(k) != chars[k]) {
        return false;
      }
    }
    return true;
  }

  /** Lower-cased word tokens (letters and digits), in order. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      } else if (b.length() > 0) {
        out.add(b.toString());
        b.setLength(0);
      }
    }
    if (b.length() > 0) {
      out.add(b.toString());
    }
    return out;
  }

  /**
   * Whether each of {@code words(s)} starts with a capital inside a sentence (not after . ! ? : or
   * a line break, nor at the start): a cheap sign of a name.
   */
  static boolean[] capitalised(String s, int count) {
    boolean[] out = new boolean[count];
    if (s == null) {
      return out;
    }
    int w = 0;
    boolean inWord = false;
    boolean sentenceStart = true;
    for (int i = 0, n = s.length(); i < n && w < count; i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (!inWord) {
          out[w] = Character.isUpperCase(c) && !sentenceStart;
          inWord = true;
          sentenceStart = false;
        }
      } else {
        if (inWord) {
          w++;
          inWord = false;
        }
        if (c == '.'
            || c == '!'
            || c == '?'
            || c == ':'
            || c == '\n'
            || c == '"'
            || c == '\u201c') {
          sentenceStart = true;
        }
      }
    }
    return out;
  }

  /** The index term of a word, or null for stop words and single characters. */
  static String term(String word) {
    if (word.length() < 2 || STOPWORDS.contains(word)) {
      return null;
    }
    int n = word.length();
    if (n > 4 && word.endsWith("ies")) {
      return word.substring(0, n - 3) + "y";
    }
    if (n > 3
        && word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("us")
        && !word.endsWith("is")
        && Character.isLetter(word.charAt(n - 2))) {
      return word.substring(0, n - 1);
    }
    return word;
  }

  /** Hashes of the word shingles of {@code words} (one shingle of all words when fewer). */
  static long[] shingles(List<String> words, int k) {
    if (words.isEmpty()) {
      return new long[0];
    }
    long[] wh = new long[words.size()];
    for (int i = 0; i < wh.length; i++) {
      wh[i] = Hash64.of(words.get(i));
    }
    return shingles(wh, wh.length, k);
  }

  /** {@link #shingles(List, int)} from the words' {@link Hash64#of}es, wh[0, n), n > 0. */
  static long[] shingles(long[] wh, int n, int k) {
    int count = Math.max(1, n - k + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x9e3779b97f4a7c15L;
      for (int j = i; j < Math.min(n, i + k); j++) {
        h = Hash64.mix(h * 31 + wh[j]);
      }
      out[i] = h;
    }
    return out;
  }

  /**
   * MinHash signature by one-permutation hashing: each shingle hash falls into one of {@code n}
   * bins and keeps the bin's minimum; empty bins borrow from the next non-empty bin (rotation
   * densification), so one hash per shingle gives {@code n} comparable values.
   */
  static int[] minHash(long[] shingles, int n) {
    int[] sig = new int[n];
    Arrays.fill(sig, Integer.MAX_VALUE);
    if (shingles.length == 0) {
      return sig;
    }
    for (long s : shingles) {
      long h = Hash64.mix(s + SEEDS[0]);
      int bin = (int) (((h >>> 32) * n) >>> 32);
      int v = (int) (h & 0x7fffffffL);
      if (v < sig[bin]) {
        sig[bin] = v;
      }
    }
    boolean[] empty = new boolean[n];
    int filled = 0;
    for (int i = 0; i < n; i++) {
      empty[i] = sig[i] == Integer.MAX_VALUE;
      if (!empty[i]) {
        filled++;
      }
    }
    if (filled < n) {
      for (int i = 0; i < n; i++) {
        if (empty[i]) {
          int j = i;
          int steps = 0;
          do {
            j = (j + 1) % n;
            steps++;
          } while (empty[j]);
          sig[i] = (int) (Hash64.mix(sig[j] + SEEDS[1 + steps % (SEEDS.length - 1)]) & 0x7fffffffL);
        }
      }
    }
    return sig;
  }

  private static final long[] SEEDS = new long[1024];

  static {
    long x = 0x5851f42d4c957f2dL;
    for (int i = 0; i < SEEDS.length; i++) {
      x += 0x9e3779b97f4a7c15L;
      SEEDS[i] = Hash64.mix(x);
    }
  }

  /** Fraction of equal positions of signatures a (at offA) and b (at offB), length n. */
  static double agreement(int[] a, int offA, int[] b, int offB, int n) {
    int eq = 0;
    for (int i = 0; i < n; i++) {
      if (a[offA + i] == b[offB + i]) {
        eq++;
      }
    }
    return (double) eq / n;
  }
}
