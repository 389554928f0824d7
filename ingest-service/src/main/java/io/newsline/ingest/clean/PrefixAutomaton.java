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

  /** Next state by {@code state * classes + class}; state 0 is the root. */
  private final int[] next;

  /**
   * Per state, the rules with a prefix that ends here (the state's own string or a suffix of it),
   * and that prefix's length; null for states where none ends.
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
    }

    for (char c = 'A'; c <= 'Z'; c++) {
      asciiClass[c] = asciiClass[c | 0x20];
    }

    // Breadth first: each state's failure link is a shallower state, already complete.
    int states = trie.size();
    next = new int[states * classes];
    endingRules = new int[states][];
    endingLengths = new int[states][];
    int[] fail = new int[states];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int cls = 0; cls < classes; cls++) {
      int child = trie.get(0)[cls];
      next[cls] = Math.max(child, 0);
      if (child > 0) {
        queue.add(child);
      }
    }
    setEndings(0, ends.get(0));
    while (!queue.isEmpty()) {
      int s = queue.poll();
      Map<Integer, Integer> own = new HashMap<>(ends.get(s));
      // A prefix ending at the failure state ends here too. Per rule the longest prefix ending
      // here is kept: it starts first.
      int[] inheritedRules = endingRules[fail[s]];
      if (inheritedRules != null) {
        for (int i = 0; i < inheritedRules.length; i++) {
          own.merge(inheritedRules[i], endingLengths[fail[s]][i], Math::max);
        }
      }
      setEndings(s, own);
      for (int cls = 0; cls < classes; cls++) {
        int child = trie.get(s)[cls];
        if (child > 0) {
          fail[child] = next[fail[s] * classes + cls];
          next[s * classes + cls] = child;
          queue.add(child);
        } else {
          next[s * classes + cls] = next[fail[s] * classes + cls];
        }
      }
    }
  }

  private int[] newRow() {
    int[] row = new int[classes];
    Arrays.fill(row, -1);
    return row;
  }

  private void setEndings(int state, Map<Integer, Integer> ruleLengths) {
    if (ruleLengths.isEmpty()) {
      return;
    }
    int[] rs = ruleLengths.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    int[] lengths = new int[rs.length];
    for (int i = 0; i < rs.length; i++) {
      lengths[i] = ruleLengths.get(rs[i]);
    }
    endingRules[state] = rs;
    endingLengths[state] = lengths;
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
    int[] nextState = next;
    int[] ascii = asciiClass;
    int width = classes;
    boolean lowersAlone = true;
    int s = 0;
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      int cls;
      if (c < 128) {
        cls = ascii[c];
      } else {
        lowersAlone &= CharCase.lowersAlone(c);
        cls = classOf(Character.toLowerCase(c));
      }
      s = nextState[s * width + cls];
      int[] rs = endingRules[s];
      if (rs != null) {
        int[] lengths = endingLengths[s];
        for (int k = 0; k < rs.length; k++) {
          int start = i + 2 - lengths[k]; // one more than the offset the prefix starts at
          int r = rs[k];
          if (from[r] == 0 || from[r] > start) {
            from[r] = start;
          }
        }
      }
    }
    return lowersAlone;
  }

  /** Number of states, for tests. */
  int states() {
    return endingRules.length;
  }
}
