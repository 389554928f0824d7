package io.newsline.ingest.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * For a line, which rules can possibly match and from which offset RE2/J needs to search: the
 * anchored literal prefixes of the rules sit in a trie walked from the line start, the unanchored
 * ones in an automaton run once over the line ({@link PrefixAutomaton}); a rule whose every branch
 * ends with $ is also ruled out when the line's last char cannot end a match.
 */
final class RuleIndex {
  private static final int[] NONE = {};

  /** A trie node over lower-cased chars. */
  private static final class Node {
    private char[] keys = new char[0];
    private Node[] next = new Node[0];

    /** Rules having a prefix that ends here. */
    int[] rules = NONE;

    /** Rules having an exact ^literal$ branch that ends here: only when the line ends here too. */
    int[] exactRules = NONE;

    /**
     * Children by ASCII char, for nodes with {@link #DENSE_KEYS} or more children: one array load
     * instead of a scan of the keys. Null on sparse nodes.
     */
    private Node[] ascii;

    Node child(char c) {
      Node[] a = ascii;
      if (a != null && c < 128) {
        return a[c];
      }
      char[] k = keys;
      for (int i = 0; i < k.length; i++) {
        if (k[i] == c) {
          return next[i];
        }
      }
      return null;
    }

    Node add(String prefix) {
      Node n = this;
      for (int i = 0; i < prefix.length(); i++) {
        char c = prefix.charAt(i);
        Node child = n.child(c);
        if (child == null) {
          child = new Node();
          n.keys = Arrays.copyOf(n.keys, n.keys.length + 1);
          n.next = Arrays.copyOf(n.next, n.next.length + 1);
          n.keys[n.keys.length - 1] = c;
          n.next[n.next.length - 1] = child;
          n.indexAscii();
        }
        n = child;
      }
      return n;
    }

    private void indexAscii() {
      if (keys.length < DENSE_KEYS) {
        return;
      }
      ascii = new Node[128];
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] < 128) {
          ascii[keys[i]] = next[i];
        }
      }
    }
  }

  private static final int DENSE_KEYS = 2;

  private static int[] with(int[] rules, int rule) {
    for (int r : rules) {
      if (r == rule) {
        return rules;
      }
    }
    int[] out = Arrays.copyOf(rules, rules.length + 1);
    out[rules.length] = rule;
    return out;
  }

  /** In {@link #candidates}: the line equals a literal of an exact branch, so the rule matches. */
  static final int CERTAIN = -1;

  private final int size;

  /** Rules with no known prefix: always run from offset 0 (unless their last char rules out). */
  private final int[] alwaysRun;

  private final Node atStart = new Node();

  /** The unanchored prefixes, all found in one pass over the line. */
  private final PrefixAutomaton anywhere;

  /** Rules filtered by their last char, ascending. */
  private final int[] lastFiltered;

  /** Per rule, the chars a match can end with when every branch ends with $; null otherwise. */
  private final char[][] lastChars;

  RuleIndex(List<List<LiteralPrefixes.Branch>> rules, List<char[]> lastChars) {
    size = rules.size();
    this.lastChars = lastChars.toArray(new char[0][]);
    List<Integer> always = new ArrayList<>();
    List<String> unanchoredPrefixes = new ArrayList<>();
    List<Integer> unanchoredRules = new ArrayList<>();
    for (int r = 0; r < size; r++) {
      List<LiteralPrefixes.Branch> branches = rules.get(r);
      if (branches == null) {
        always.add(r);
        continue;
      }
      for (LiteralPrefixes.Branch b : branches) {
        for (String p : b.prefixes()) {
          if (!b.anchored()) {
            unanchoredPrefixes.add(p);
            unanchoredRules.add(r);
            continue;
          }
          Node end = atStart.add(p);
          if (b.exact()) {
            end.exactRules = with(end.exactRules, r);
          } else {
            end.rules = with(end.rules, r);
          }
        }
      }
    }
    alwaysRun = always.stream().mapToInt(Integer::intValue).toArray();
    anywhere = new PrefixAutomaton(unanchoredPrefixes, unanchoredRules);
    List<Integer> filtered = new ArrayList<>();
    for (int r = 0; r < size; r++) {
      if (this.lastChars[r] != null) {
        filtered.add(r);
      }
    }
    lastFiltered = filtered.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Number of rules: the length of the array {@link #candidates} fills. */
  int size() {
    return size;
  }

  /**
   * Fills {@code from} (zeros, {@link #size} long) for the line {@code cs[0, n)} lower-cased char
   * by char ({@link CharCase#lower}): per rule, one more than the offset to search the lower-cased
   * line from, 0 when the rule cannot match, or {@link #CERTAIN} when it matches without a search.
   * A rule with an anchored branch is searched from 0 so that its ^ still means the line start.
   * False when some char does not lower on its own ({@link CharCase#lowersAlone}): then {@code
   * from} is not to be trusted, and the caller runs this again on the line lower-cased.
   */
  boolean candidates(char[] cs, int n, int[] from) {
    for (int r : alwaysRun) {
      from[r] = 1;
    }
    if (n == 0) {
      return true;
    }
    Node node = atStart;
    for (int i = 0; i < n && node != null; i++) {
      node = node.child(CharCase.lower(cs[i]));
      if (node != null) {
        markFromStart(node.rules, from);
        if (i == n - 1) {
          for (int r : node.exactRules) {
            from[r] = CERTAIN;
          }
        }
      }
    }
    // A rule with an unanchored branch is searched from where its first prefix occurrence starts.
    boolean lowersAlone = anywhere.markFirstStarts(cs, n, from);
    char last = CharCase.lower(cs[n - 1]);
    for (int r : lastFiltered) {
      if (from[r] > 0 && !contains(lastChars[r], last)) {
        from[r] = 0;
      }
    }
    return lowersAlone;
  }

  private static void markFromStart(int[] rules, int[] from) {
    for (int r : rules) {
      if (from[r] == 0) {
        from[r] = 1;
      }
    }
  }

  private static boolean contains(char[] chars, char c) {
    for (char x : chars) {
      if (x == c) {
        return true;
      }
    }
    return false;
  }
}
