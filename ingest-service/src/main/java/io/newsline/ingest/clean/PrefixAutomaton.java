package io.newsline.ingest.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The unanchored literal prefixes of the rules (lower case) as one Aho-Corasick automaton: a single
 * pass with one table load per char finds every occurrence of every prefix in a line, where walking
 * a trie from every position reads each char again for every prefix that might start before it. The
 * line is read as it is and lower-cased char by char ({@link CharCase}), so most lines never need a
 * lower-cased copy. Immutable and thread-safe.
 */
final class PrefixAutomaton {
  /** Char class of the chars no prefix contains: from any state they lead back to the root. */
  private static final int OTHER = 0;

  /** Class by ASCII char; an upper-case letter has the class of its lower-case one. */
  private final int[] asciiClass = new int[128];

  /** The non-ASCII chars some prefix contains, ascending, and their classes. */
  private final char[] wideChars;

  private final int[] wideClasses;

  private final int classes;

  /**
   * The transitions, laid out for the per-char loop: a state is named by its row's offset (state
   * number times {@link #classes}), and {@code next[state + class]} is the next state's offset. The
   * root is 0. States where some prefix ends come last, from {@link #endingsFrom} on, so the loop
   * tells them by one comparison.
   */
  private final int[] next;

  private final int endingsFrom;

  /** Lines this long or longer are walked as two halves at once. */
  private static final int SPLIT_LENGTH = 96;

  /** The longest prefix's length. */
  private final int longest;

  /**
   * Per state from {@link #endingsFrom} on (index {@code (state - endingsFrom) / classes}), the
   * rules with a prefix that ends there (the state's own string or a suffix of it) and that
   * prefix's length.
   */
  private final int[][] endingRules;

  private final int[][] endingLengths;

  /** An automaton finding {@code prefixes.get(k)}, a prefix of rule {@code rules.get(k)}. */
  PrefixAutomaton(List<String> prefixes, List<Integer> rules) {
    TreeSet<Character> wide = new TreeSet<>();
    int asciiCount = 0;
    for (String p : prefixes) {
      for (char c : p.toCharArray()) {
        if (c >= 128) {
          wide.add(c);
        } else if (asciiClass[c] == OTHER) {
          asciiClass[c] = ++asciiCount;
        }
      }
    }
    wideChars = new char[wide.size()];
    wideClasses = new int[wide.size()];
    int k = 0;
    for (char c : wide) {
      wideChars[k] = c;
      wideClasses[k] = asciiCount + 1 + k;
      k++;
    }
    classes = asciiCount + 1 + wideChars.length;

    // The trie of the prefixes, by class; goto[s][cls] is -1 where the trie has no edge.
    int maxLength = 0;
    List<int[]> trie = new ArrayList<>();
    List<Map<Integer, Integer>> ends = new ArrayList<>(); // rule -> prefix length, per state
    trie.add(newRow());
    ends.add(new HashMap<>());
    for (int p = 0; p < prefixes.size(); p++) {
      String prefix = prefixes.get(p);
      int s = 0;
      for (int i = 0; i < prefix.length(); i++) {
        int cls = classOf(prefix.charAt(i));
        if (trie.get(s)[cls] < 0) {
          trie.get(s)[cls] = trie.size();
          trie.add(newRow());
          ends.add(new HashMap<>());
        }
        s = trie.get(s)[cls];
      }
      ends.get(s).merge(rules.get(p), prefix.length(), Math::max);
      maxLength = Math.max(maxLength, prefix.length());
    }

    for (char c = 'A'; c <= 'Z'; c++) {
      asciiClass[c] = asciiClass[c | 0x20];
    }

    // Breadth first: each state's failure link is a shallower state, already complete.
    int states = trie.size();
    int[] go = new int[states * classes]; // by state number
    int[][] rulesAt = new int[states][];
    int[][] lengthsAt = new int[states][];
    int[] fail = new int[states];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int cls = 0; cls < classes; cls++) {
      int child = trie.get(0)[cls];
      go[cls] = Math.max(child, 0);
      if (child > 0) {
        queue.add(child);
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      Map<Integer, Integer> own = new HashMap<>(ends.get(s));
      // A prefix ending at the failure state ends here too. Per rule the longest prefix ending
      // here is kept: it starts first.
      int[] inheritedRules = rulesAt[fail[s]];
      if (inheritedRules != null) {
        for (int i = 0; i < inheritedRules.length; i++) {
          own.merge(inheritedRules[i], lengthsAt[fail[s]][i], Math::max);
        }
      }
      if (!own.isEmpty()) {
        rulesAt[s] = own.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        lengthsAt[s] = Arrays.stream(rulesAt[s]).map(own::get).toArray();
      }
      for (int cls = 0; cls < classes; cls++) {
        int child = trie.get(s)[cls];
        if (child > 0) {
          fail[child] = go[fail[s] * classes + cls];
          go[s * classes + cls] = child;
          queue.add(child);
        } else {
          go[s * classes + cls] = go[fail[s] * classes + cls];
        }
      }
    }

    // Renumber: states without endings first (the root, which has none, stays 0), then the rest.
    int[] renumbered = new int[states];
    int count = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (int s = 0; s < states; s++) {
        if ((rulesAt[s] != null) == (pass == 1)) {
          renumbered[s] = count++;
        }
      }
    }
    int withoutEndings = (int) Arrays.stream(rulesAt).filter(r -> r == null).count();
    endingsFrom = withoutEndings * classes;
    longest = maxLength;
    next = new int[states * classes];
    endingRules = new int[states - withoutEndings][];
    endingLengths = new int[states - withoutEndings][];
    for (int s = 0; s < states; s++) {
      int row = renumbered[s] * classes;
      for (int cls = 0; cls < classes; cls++) {
        next[row + cls] = renumbered[go[s * classes + cls]] * classes;
      }
      if (rulesAt[s] != null) {
        endingRules[renumbered[s] - withoutEndings] = rulesAt[s];
        endingLengths[renumbered[s] - withoutEndings] = lengthsAt[s];
      }
    }
  }

  private int[] newRow() {
    int[] row = new int[classes];
    Arrays.fill(row, -1);
    return row;
  }

  /** The class of a lower-cased char. */
  private int classOf(char c) {
    if (c < 128) {
      return asciiClass[c];
    }
    if (wideChars.length == 0) {
      return OTHER;
    }
    int i = Arrays.binarySearch(wideChars, c);
    return i >= 0 ? wideClasses[i] : OTHER;
  }

  /**
   * For every rule with a prefix in {@code cs[0, n)} lower-cased, lowers {@code from[rule]} to one
   * more than the first offset where one starts; {@code from[rule] == 0} (no start yet) counts as
   * infinite and negative values are left alone. False when the line has a char that does not lower
   * on its own ({@link CharCase#lowersAlone}): the marks are then not to be trusted.
   */
  boolean markFirstStarts(char[] cs, int n, int[] from) {
    // The walk is a chain of dependent table loads, one per char. A long line is walked as two
    // halves at once, whose loads overlap: the first half runs on until every prefix starting in it
    // has ended, the second starts afresh at the middle and finds the prefixes starting there on.
    int mid = n < SPLIT_LENGTH ? n : n / 2;
    int firstEnd = Math.min(n, mid + Math.max(longest, 1) - 1); // at least mid: no char is skipped
    int s1 = 0;
    int s2 = 0;
    int seen = 0; // every char ORed: at least 128 when some char is not ASCII
    int i = 0;
    int j = mid;
    for (; i < firstEnd && j < n; i++, j++) {
      char c1 = cs[i];
      char c2 = cs[j];
      seen |= c1 | c2;
      s1 = step(s1, c1, i, from);
      s2 = step(s2, c2, j, from);
    }
    for (; i < firstEnd; i++) {
      seen |= cs[i];
      s1 = step(s1, cs[i], i, from);
    }
    for (; j < n; j++) {
      seen |= cs[j];
      s2 = step(s2, cs[j], j, from);
    }
    return seen < 128 || lowersAlone(cs, n);
  }

  /** The state after {@code c}, the char at {@code i}, marking the prefixes that end there. */
  private int step(int state, char c, int i, int[] from) {
    int cls = c < 128 ? asciiClass[c] : classOf(Character.toLowerCase(c));
    int s = next[state + cls];
    if (s >= endingsFrom) {
      int e = (s - endingsFrom) / classes;
      int[] rs = endingRules[e];
      int[] lengths = endingLengths[e];
      for (int k = 0; k < rs.length; k++) {
        int start = i + 2 - lengths[k]; // one more than the offset the prefix starts at
        int r = rs[k];
        if (from[r] == 0 || from[r] > start) {
          from[r] = start;
        }
      }
    }
    return s;
  }

  private static boolean lowersAlone(char[] cs, int n) {
    for (int i = 0; i < n; i++) {
      if (!CharCase.lowersAlone(cs[i])) {
        return false;
      }
    }
    return true;
  }
}
