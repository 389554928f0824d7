package io.newsline.dedupe.cluster;

import io.newsline.runtime.hash.Hash64;
import java.util.Arrays;

/**
 * A dictionary (string ↔ dense id) with document frequencies and an inverted index of event slots.
 * Postings are deleted lazily: an entry holds the slot and its generation, and a slot's generation
 * changes when its event is evicted, so stale entries are skipped and compacted away once they are
 * half of a list.
 */
final class Vocab {
  // open addressing on a 96-bit fingerprint of the string: one probe, no String dereference
  // slot k: table[2k] = hash64, table[2k+1] = hashCode << 32 | id + 1 (0 = empty): one cache line
  // per probe
  private long[] table = new long[4096];
  String[] strings = new String[1024];
  long[] hashes = new long[1024]; // Hash64.of of each string
  int size;
  int[] df = new int[1024];
  int[][] postSlot = new int[1024][];
  int[][] postGen = new int[1024][];
  int[] postSize = new int[1024];
  int[] postDead = new int[1024];
  byte[] kind = new byte[1024]; // kindOf(strings[id])

  /** Kinds of strings that conflict evidence looks at ({@link #kindOf}). */
  static final byte OTHER = 0;

  /** A term of two or more digits that is not a {@link #YEAR}: a count, a sum, a score, a toll. */
  static final byte NUMBER = 1;

  /** A term of four digits from 1900 to 2099. */
  static final byte YEAR = 2;

  /** A person's entity id (enrich's ids start with their kind: "per:…", see EntityResolver). */
  static final byte PERSON = 3;

  /** The id of {@code s}, creating it if absent. */
  int intern(String s) {
    long fp = Hash64.of(s);
    int id = find(fp, s.hashCode());
    return id >= 0 ? id : add(s, fp);
  }

  /**
   * The id of the string chars [0, n), whose {@link Hash64#of} is fp and {@link String#hashCode}
   * h32, creating it if absent.
   */
  int intern(char[] chars, int n, long fp, int h32) {
    int id = find(fp, h32);
    return id >= 0 ? id : add(new String(chars, 0, n), fp);
  }

  /**
   * The id under the 96-bit fingerprint (hash64, hashCode), or -1. Strings are told apart by the
   * fingerprint alone, not compared: comparing meant reading each String, two cache misses per
   * word, and two distinct terms would only be confused if both hashes collided (odds about n² /
   * 2^97, 10^-15 for ten million terms).
   */
  private int find(long fp, int h32) {
    int mask = (table.length >> 1) - 1;
    int i = (int) fp & mask;
    long v;
    while ((v = table[2 * i + 1]) != 0) {
      if (table[2 * i] == fp && (int) (v >>> 32) == h32) {
        return (int) v - 1;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  private int add(String s, long fp) {
    if ((size + 1) * 2 > (table.length >> 1)) {
      rehash();
    }
    int mask = (table.length >> 1) - 1;
    int i = (int) fp & mask;
    while (table[2 * i + 1] != 0) {
      i = (i + 1) & mask;
    }
    table[2 * i] = fp;
    table[2 * i + 1] = ((long) s.hashCode() << 32) | (size + 1);
    if (size == strings.length) {
      int n = size * 2;
      strings = Arrays.copyOf(strings, n);
      hashes = Arrays.copyOf(hashes, n);
      df = Arrays.copyOf(df, n);
      postSlot = Arrays.copyOf(postSlot, n);
      postGen = Arrays.copyOf(postGen, n);
      postSize = Arrays.copyOf(postSize, n);
      postDead = Arrays.copyOf(postDead, n);
      kind = Arrays.copyOf(kind, n);
    }
    kind[size] = kindOf(s);
    strings[size] = s;
    hashes[size] = fp;
    return size++;
  }

  /** The kind of a term or an entity id. */
  static byte kindOf(String s) {
    if (s.startsWith("per:")) {
      return PERSON;
    }
    int n = s.length();
    if (n < 2) {
      return OTHER;
    }
    for (int k = 0; k < n; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return OTHER;
      }
    }
    return n == 4 && (s.startsWith("19") || s.startsWith("20")) ? YEAR : NUMBER;
  }

  private void rehash() {
    long[] t2 = new long[table.length * 2];
    int mask = (t2.length >> 1) - 1;
    for (int j = 0; j < table.length; j += 2) {
      if (table[j + 1] != 0) {
        int i = (int) table[j] & mask;
        while (t2[2 * i + 1] != 0) {
          i = (i + 1) & mask;
        }
        t2[2 * i] = table[j];
        t2[2 * i + 1] = table[j + 1];
      }
    }
    table = t2;
  }

  void post(int id, int slot, int gen) {
    int[] s = postSlot[id];
    int n = postSize[id];
    if (s == null) {
      postSlot[id] = s = new int[2];
      postGen[id] = new int[2];
    } else if (n == s.length) {
      postSlot[id] = s = Arrays.copyOf(s, n * 2);
      postGen[id] = Arrays.copyOf(postGen[id], n * 2);
    }
    s[n] = slot;
    postGen[id][n] = gen;
    postSize[id] = n + 1;
  }

  /** Notes one stale entry under {@code id}; compacts the list when half of it is stale. */
  void markDead(int id, int[] slotGen, EventState[] slots) {
    postDead[id]++;
    int n = postSize[id];
    if (postDead[id] * 2 >= n) {
      int[] s = postSlot[id];
      int[] g = postGen[id];
      int w = 0;
      for (int k = 0; k < n; k++) {
        if (slots[s[k]] != null && slotGen[s[k]] == g[k]) {
          s[w] = s[k];
          g[w] = g[k];
          w++;
        }
      }
      postSize[id] = w;
      postDead[id] = 0;
      if (w == 0) {
        postSlot[id] = null;
        postGen[id] = null;
      }
    }
  }
}
