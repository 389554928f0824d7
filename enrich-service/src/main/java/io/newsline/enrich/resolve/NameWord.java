package io.newsline.enrich.resolve;

import io.newsline.enrich.util.BoundedCache;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A folded name word with its Beider–Morse codes, one instance per word (while cached).
 *
 * <p>Resolution compares a new person's name words with those of hundreds of candidates; holding
 * the codes on the word, sorted by hash, makes "do they share a code" a walk over two int arrays
 * instead of two cache lookups and a set probe per code.
 */
final class NameWord {
  private static final BoundedCache<String, NameWord> CACHE =
      new BoundedCache<>(Names.WORD_CACHE_LIMIT);
  private static final String[] NO_CODES = {};

  private final String text;
  // Computed on first use (most words are never compared phonetically). Racy initialisation is
  // harmless: the value is immutable (final fields) and the same whichever thread computes it.
  private Codes codes;
  private List<String> surnameKeys;

  /** The codes as a set, and sorted by hash code: hashes[i] == sorted[i].hashCode(). */
  private record Codes(Set<String> set, String[] sorted, int[] hashes) {
    static Codes of(Set<String> set) {
      String[] sorted = set.toArray(NO_CODES);
      Arrays.sort(sorted, Comparator.comparingInt(String::hashCode));
      int[] hashes = new int[sorted.length];
      for (int i = 0; i < sorted.length; i++) {
        hashes[i] = sorted[i].hashCode();
      }
      return new Codes(set, sorted, hashes);
    }
  }

  private NameWord(String text) {
    this.text = text;
  }

  static NameWord of(String word) {
    return CACHE.get(word, NameWord::new);
  }

  String text() {
    return text;
  }

  int length() {
    return text.length();
  }

  boolean isEmpty() {
    return text.isEmpty();
  }

  /** Beider–Morse approximate codes (generic names, language guessed). */
  Set<String> bm() {
    return codes().set();
  }

  private Codes codes() {
    Codes c = codes;
    if (c == null) {
      c = Codes.of(Names.encodeBm(text));
      codes = c;
    }
    return c;
  }

  /**
   * The keys the word as a surname is grouped and indexed under: "t:" itself, "b:" its BM codes,
   * "d:" its DM code.
   */
  List<String> surnameKeys() {
    List<String> keys = surnameKeys;
    if (keys == null) {
      List<String> k = new ArrayList<>(4);
      k.add("t:" + text);
      for (String c : bm()) {
        k.add("b:" + c);
      }
      String dm = Names.dm(text);
      if (!dm.isEmpty()) {
        k.add("d:" + dm);
      }
      keys = List.copyOf(k);
      surnameKeys = keys;
    }
    return keys;
  }

  /** Whether the two words have a Beider–Morse code in common. */
  boolean sharesCode(NameWord other) {
    // merge the two hash-sorted arrays, comparing the strings of equal hashes (distinct codes may
    // share a hash)
    Codes a = codes();
    Codes b = other.codes();
    String[] ca = a.sorted();
    int[] ha = a.hashes();
    String[] cb = b.sorted();
    int[] hb = b.hashes();
    int i = 0;
    int j = 0;
    while (i < ha.length && j < hb.length) {
      if (ha[i] < hb[j]) {
        i++;
      } else if (ha[i] > hb[j]) {
        j++;
      } else {
        int h = ha[i];
        int iEnd = i;
        while (iEnd < ha.length && ha[iEnd] == h) {
          iEnd++;
        }
        int jEnd = j;
        while (jEnd < hb.length && hb[jEnd] == h) {
          jEnd++;
        }
        for (int x = i; x < iEnd; x++) {
          for (int y = j; y < jEnd; y++) {
            if (ca[x].equals(cb[y])) {
              return true;
            }
          }
        }
        i = iEnd;
        j = jEnd;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return text;
  }
}
