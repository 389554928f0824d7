package io.newsline.dedupe.cluster;

import io.newsline.runtime.hash.Hash64;

/**
 * The allocation-free form of {@link Text#words}, {@link Text#capitalised}, {@link Text#term} and
 * {@link Hash64#of}, for the clusterer's hot path: one pass over the characters gives each word
 * lower-cased in a reused buffer, its hash, whether it is capitalised inside a sentence, and its
 * index term. Gives exactly what those functions give (see TokenizerTest). Not thread-safe.
 */
final class Tokenizer {

  private String s = "";
  private int i;
  private boolean sentenceStart;

  /** The current word lower-cased, then (after {@link #term()}) its term: chars [0, length). */
  char[] chars = new char[64];

  /** Length of the current word in {@link #chars}. */
  int wordLength;

  /** {@link Hash64#of} of the current word. */
  long wordHash;

  /** Whether the current word starts with a capital inside a sentence. */
  boolean capitalised;

  /** Length of the current word's term in {@link #chars}, after {@link #term()}. */
  int termLength;

  /** {@link Hash64#of} of the current word's term, after {@link #term()}. */
  long termHash;

  /** {@link String#hashCode} of the current word's term, after {@link #term()}. */
  int termHashCode;

  private int wordHashCode;

  void reset(String text) {
    s = text == null ? "" : text;
    i = 0;
    sentenceStart = true;
  }

  /** Advances to the next word; false at the end of the text. */
  boolean next() {
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        break;
      }
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '"' || c == '\u201c') {
        sentenceStart = true;
      }
      i++;
    }
    if (i == n) {
      return false;
    }
    capitalised = Character.isUpperCase(s.charAt(i)) && !sentenceStart;
    sentenceStart = false;
    int len = 0;
    long h = Hash64.FNV_OFFSET;
    int h32 = 0;
    char c;
    while (i < n && Character.isLetterOrDigit(c = s.charAt(i))) {
      char l = Character.toLowerCase(c);
      if (len == chars.length) {
        chars = java.util.Arrays.copyOf(chars, len * 2);
      }
      chars[len++] = l;
      h ^= l;
      h *= Hash64.FNV_PRIME;
      h32 = 31 * h32 + l;
      i++;
    }
    wordLength = len;
    wordHashCode = h32;
    wordHash = Hash64.mix(h);
    return true;
  }

  /**
   * Turns the current word into its index term in place, as {@link Text#term}; false for stop words
   * and single characters (then the buffer still holds the word).
   */
  boolean term() {
    int n = wordLength;
    if (n < 2 || Text.isStopword(chars, n, wordHash)) {
      return false;
    }
    char[] w = chars;
    if (n > 4 && w[n - 3] == 'i' && w[n - 2] == 'e' && w[n - 1] == 's') {
      w[n - 3] = 'y';
      termLength = n - 2;
    } else if (n > 3
        && w[n - 1] == 's'
        && w[n - 2] != 's'
        && w[n - 2] != 'u'
        && w[n - 2] != 'i'
        && Character.isLetter(w[n - 2])) {
      termLength = n - 1;
    } else {
      termLength = n;
      termHash = wordHash;
      termHashCode = wordHashCode;
      return true;
    }
    long h = Hash64.FNV_OFFSET;
    int h32 = 0;
    for (int k = 0; k < termLength; k++) {
      h ^= w[k];
      h *= Hash64.FNV_PRIME;
      h32 = 31 * h32 + w[k];
    }
    termHash = Hash64.mix(h);
    termHashCode = h32;
    return true;
  }
}
