package io.newsline.enrich.stage;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    Map<String, int[]> counts = new HashMap<>();
    int position = 0;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        if (i - start >= 3) {
          String word = text.substring(start, i).toLowerCase(Locale.ROOT);
          if (!STOP_WORDS.contains(word)) {
            int first = position;
            counts.computeIfAbsent(word, w -> new int[] {0, first})[0]++;
          }
        }
        position++;
        start = -1;
      }
    }
    return best(counts, limit);
  }

  /**
   * The {@code limit} words of highest count, ties by first appearance, in that order: a selection
   * into a short sorted array, not a sort of every distinct word (an article has hundreds and keeps
   * ten; the sort was a fifth of this class's time).
   */
  private static List<String> best(Map<String, int[]> counts, int limit) {
    if (limit <= 0 || counts.isEmpty()) {
      return List.of();
    }
    String[] words = new String[Math.min(limit, counts.size())];
    int[][] stats = new int[words.length][];
    int held = 0;
    for (Map.Entry<String, int[]> entry : counts.entrySet()) {
      int[] stat = entry.getValue();
      if (held == words.length && !before(stat, stats[held - 1])) {
        continue;
      }
      int at = held < words.length ? held++ : held - 1;
      while (at > 0 && before(stat, stats[at - 1])) {
        words[at] = words[at - 1];
        stats[at] = stats[at - 1];
        at--;
      }
      words[at] = entry.getKey();
      stats[at] = stat;
    }
    return List.of(words);
  }

  /** Whether a word of {count, first position} ranks before another. */
  private static boolean before(int[] a, int[] b) {
    return a[0] != b[0] ? a[0] > b[0] : a[1] < b[1];
  }

  private static boolean isLetter(char c) {
    return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }
}
