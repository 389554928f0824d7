package io.newsline.ingest.clean;

import java.util.Map;

/**
 * An allocation-free, case-insensitive lookup of short words to int flags: the per-token hot path
 * of the line classifier (stop words, agency names) without substring or toLowerCase.
 */
final class WordTable {
  private final String[] keys;
  private final int[] values;
  private final int mask;

  WordTable(Map<String, Integer> entries) {
    int cap = Integer.highestOneBit(Math.max(16, entries.size() * 4) - 1) << 1;
    keys = new String[cap];
    values = new int[cap];
    mask = cap - 1;
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      String k = e.getKey();
      int slot = hash(k, 0, k.length()) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = k;
      values[slot] = e.getValue();
    }
  }

  /**
   * The flags of s[from, to) lower-cased, or 0 when absent; {@code hash} is {@link #step} folded
   * over those chars. Keys must be lower case.
   */
  int get(char[] s, int from, int to, int hash) {
    int slot = mix(hash) & mask;
    while (true) {
      String k = keys[slot];
      if (k == null) {
        return 0;
      }
      if (equalsLower(k, s, from, to)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Folds one more char into a hash of a word, lower-cased as the lookup compares. */
  static int step(int hash, char c) {
    return stepLowerCase(hash, CharCase.lower(c));
  }

  /** As {@link #step} for a char known to be lower case: no test in the hash's chain. */
  static int stepLowerCase(int hash, char c) {
    return 31 * hash + c;
  }

  private static boolean equalsLower(String key, char[] s, int from, int to) {
    if (key.length() != to - from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (key.charAt(i - from) != CharCase.lower(s[i])) {
        return false;
      }
    }
    return true;
  }

  private static int hash(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = step(h, s.charAt(i));
    }
    return mix(h);
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }
}
