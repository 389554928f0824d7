package io.newsline.enrich.stage;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An article's top keywords: its most frequent content words (letters only, three or more, not a
 * stop word), ties broken by first appearance. Cheap and deterministic; enough for people to skim
 * and for dedupe to use as a signal.
 */
public final class Keywords {
  private static final Set<String> STOP_WORDS =
      Set.copyOf(
          List.of(
              "the",
              "and",
              "for",
              "that",
              "with",
              "was",
              "were",
              "are",
              "has",
              "have",
              "had",
              "not",
              "but",
              "from",
              "this",
              "they",
              "their",
              "there",
              "been",
              "its",
              "his",
              "her",
              "him",
              "she",
              "said",
              "says",
              "who",
              "which",
              "will",
              "would",
              "could",
              "can",
              "also",
              "than",
              "into",
              "over",
              "after",
              "before",
              "about",
              "more",
              "most",
              "some",
              "any",
              "all",
              "one",
              "two",
              "three",
              "out",
              "our",
              "you",
              "your",
              "what",
              "when",
              "where",
              "while",
              "how",
              "why",
              "them",
              "then",
              "these",
              "those",
              "being",
              "did",
              "does",
              "done",
              "such",
              "only",
              "other",
              "under",
              "between",
              "during",
              "against",
              "through",
              "per",
              "very",
              "just",
              "may",
              "might",
              "must",
              "shall",
              "should",
              "now",
              "new",
              "like",
              "still",
              "yet",
              "each",
              "both",
              "few",
              "many",
              "much",
              "own",
              "same",
              "here",
              "because",
              "since",
              "until",
              "upon",
              "within",
              "without",
              "whose",
              "whom",
              "across",
              "around",
              "told",
              "according",
              "including",
              "reported",
              "year",
              "years",
              "week",
              "day",
              "days"));

  private Keywords() {}

  /** Up to {@code limit} keywords of {@code text}, most important first. */
  public static List<String> top(String text, int limit) {
    WordCounts counts = new WordCounts(text);
    int position = 0;
    int start = -1;
    boolean ascii = true;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' '; // a last non-letter ends the last word
      if (isLetter(c)) {
        if (start < 0) {
          start = i;
          ascii = true;
        }
        ascii &= c < 0x80;
      } else if (start >= 0) {
        if (i - start >= 3) {
          if (ascii) {
            counts.addAscii(start, i, position);
          } else {
            counts.add(text.substring(start, i).toLowerCase(Locale.ROOT), position);
          }
        }
        position++;
        start = -1;
      }
    }
    return counts.best(limit);
  }

  /**
   * The content words of one text with their counts and first positions, in an open-addressing
   * table. An ASCII word (nearly every one) is held as its first range in the text and compared
   * case-insensitively in place, so it costs no string unless it is chosen: a substring and a
   * lower-cased copy per word were half of this class's time and allocation. Other words are held
   * as their lower-cased string. Hashes are those of the lower-cased strings, so both kinds meet.
   */
  private static final class WordCounts {
    // a slot's ints: hash, offset in the text, length (0: empty slot), count, first position
    private static final int STRIDE = 5;
    private final String text;
    private int[] slots;
    private String[] lowered; // per slot, the words not held as a range (null until one comes)
    private int size;

    WordCounts(String text) {
      // news has about one distinct content word per 12 chars: room for them at most 3/4 full
      this.text = text;
      this.slots =
          new int[STRIDE * Math.max(16, Integer.highestOneBit(text.length() / 12 + 1) * 2)];
    }

    void addAscii(int from, int to, int position) {
      int hash = 0;
      for (int i = from; i < to; i++) {
        hash = 31 * hash + lowerAscii(text.charAt(i));
      }
      if (!isStopWord(text, from, to - from, hash)) {
        add(hash, text, from, to - from, null, position);
      }
    }

    void add(String word, int position) {
      int hash = word.hashCode();
      if (!isStopWord(word, 0, word.length(), hash)) {
        add(hash, word, 0, word.length(), word, position);
      }
    }

    private void add(int hash, String chars, int from, int length, String word, int position) {
      int capacity = slots.length / STRIDE;
      for (int i = hash & (capacity - 1); ; i = (i + 1) & (capacity - 1)) {
        int at = i * STRIDE;
        if (slots[at + 2] == 0) {
          slots[at] = hash;
          slots[at + 1] = from;
          slots[at + 2] = length;
          slots[at + 3] = 1;
          slots[at + 4] = position;
          if (word != null) {
            if (lowered == null) {
              lowered = new String[capacity];
            }
            lowered[i] = word;
          }
          if (++size * 4 > capacity * 3) {
            grow();
          }
          return;
        }
        if (slots[at] == hash
            && slots[at + 2] == length
            && sameLower(chars, from, source(i), slots[at + 1], length)) {
          slots[at + 3]++;
          return;
        }
      }
    }

    private String source(int slot) {
      return lowered != null && lowered[slot] != null ? lowered[slot] : text;
    }

    private void grow() {
      int[] old = slots;
      String[] oldLowered = lowered;
      int capacity = old.length / STRIDE * 2;
      slots = new int[capacity * STRIDE];
      lowered = oldLowered == null ? null : new String[capacity];
      for (int o = 0; o < old.length / STRIDE; o++) {
        if (old[o * STRIDE + 2] != 0) {
          int i = old[o * STRIDE] & (capacity - 1);
          while (slots[i * STRIDE + 2] != 0) {
            i = (i + 1) & (capacity - 1);
          }
          System.arraycopy(old, o * STRIDE, slots, i * STRIDE, STRIDE);
          if (oldLowered != null) {
            lowered[i] = oldLowered[o];
          }
        }
      }
    }

    /**
     * The {@code limit} words of highest count, ties by first appearance, in that order: a
     * selection into a short sorted array, not a sort of every distinct word (an article has
     * hundreds and keeps ten).
     */
    List<String> best(int limit) {
      if (limit <= 0 || size == 0) {
        return List.of();
      }
      int[] chosen = new int[Math.min(limit, size)]; // slot indexes, best first
      int held = 0;
      for (int i = 0; i < slots.length / STRIDE; i++) {
        if (slots[i * STRIDE + 2] == 0) {
          continue;
        }
        if (held == chosen.length && !before(i, chosen[held - 1])) {
          continue;
        }
        int at = held < chosen.length ? held++ : held - 1;
        while (at > 0 && before(i, chosen[at - 1])) {
          chosen[at] = chosen[at - 1];
          at--;
        }
        chosen[at] = i;
      }
      String[] words = new String[held];
      for (int k = 0; k < held; k++) {
        words[k] = word(chosen[k]);
      }
      return List.of(words);
    }

    /** The lower-cased word of a slot. */
    private String word(int slot) {
      if (lowered != null && lowered[slot] != null) {
        return lowered[slot];
      }
      int from = slots[slot * STRIDE + 1];
      return text.substring(from, from + slots[slot * STRIDE + 2]).toLowerCase(Locale.ROOT);
    }

    /** Whether the word in slot a ranks before the one in slot b: more often, or earlier. */
    private boolean before(int a, int b) {
      int countA = slots[a * STRIDE + 3];
      int countB = slots[b * STRIDE + 3];
      return countA != countB ? countA > countB : slots[a * STRIDE + 4] < slots[b * STRIDE + 4];
    }
  }

  // The stop words by the hash of each, so that a word held as a range of the text is looked up
  // in place.
  private static final String[] STOP_TABLE = stopTable();

  private static String[] stopTable() {
    String[] table = new String[Integer.highestOneBit(STOP_WORDS.size()) * 4];
    for (String word : STOP_WORDS) {
      int i = word.hashCode() & (table.length - 1);
      while (table[i] != null) {
        i = (i + 1) & (table.length - 1);
      }
      table[i] = word;
    }
    return table;
  }

  private static boolean isStopWord(String chars, int from, int length, int hash) {
    for (int i = hash & (STOP_TABLE.length - 1);
        STOP_TABLE[i] != null;
        i = (i + 1) & (STOP_TABLE.length - 1)) {
      String stop = STOP_TABLE[i];
      if (stop.length() == length
          && stop.hashCode() == hash
          && sameLower(chars, from, stop, 0, length)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two ranges are the same word lower-cased. Each is either ASCII or already lower-cased,
   * so lower-casing ASCII letters is all it takes.
   */
  private static boolean sameLower(String a, int aFrom, String b, int bFrom, int length) {
    for (int k = 0; k < length; k++) {
      if (lowerAscii(a.charAt(aFrom + k)) != lowerAscii(b.charAt(bFrom + k))) {
        return false;
      }
    }
    return true;
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
  }

  private static boolean isLetter(char c) {
    return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }
}
