package io.newsline.ingest.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * For a line, which rules can possibly match and from which offset RE2/J needs to search: the
 * literal prefixes of the rules sit in two tries, one walked from the line start (anchored
 * prefixes), one from every position (unanchored prefixes); a rule whose every branch ends with $
 * is also ruled out when the line's last char cannot end a match.
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
     * Children by ASCII char, for nodes with {@link #DENSE_KEYS} or more children: the walk from
     * every line position spends most of its time in child lookups, and a scan of many keys is
     * slower than one array load. Null on sparse nodes.
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

  /** Rules that may only match at offset 0, where some branch is anchored. */
  private final boolean[] anchoredOnly;

  private final Node atStart = new Node();
  private final Node anywhere = new Node();

  /** The unanchored trie's first level by ASCII char: most positions stop at one array load. */
  private final Node[] anywhereAscii = new Node[128];

  private final boolean anywhereNonAscii;

  /**
   * Bit (a << 7 | b) is set when some unanchored prefix starts with the ASCII chars a, b: in text
   * most positions start no prefix, and this rules them out without walking the trie.
   */
  private final long[] asciiPairs = new long[128 * 128 / 64];

  /** Rules filtered by their last char, ascending. */
  private final int[] lastFiltered;

  /** Per rule, the chars a match can end with when every branch ends with $; null otherwise. */
  private final char[][] lastChars;

  RuleIndex(List<List<LiteralPrefixes.Branch>> rules, List<char[]> lastChars) {
    size = rules.size();
    anchoredOnly = new boolean[size];
    this.lastChars = lastChars.toArray(new char[0][]);
    List<Integer> always = new ArrayList<>();
    for (int r = 0; r < size; r++) {
      List<LiteralPrefixes.Branch> branches = rules.get(r);
      if (branches == null) {
        always.add(r);
        continue;
      }
      boolean onlyAnchored = true;
      for (LiteralPrefixes.Branch b : branches) {
        onlyAnchored &= b.anchored();
        for (String p : b.prefixes()) {
          Node end = (b.anchored() ? atStart : anywhere).add(p);
          if (b.anchored() && b.exact()) {
            end.exactRules = with(end.exactRules, r);
          } else {
            end.rules = with(end.rules, r);
          }
        }
      }
      anchoredOnly[r] = onlyAnchored;
    }
    alwaysRun = always.stream().mapToInt(Integer::intValue).toArray();
    boolean nonAscii = false;
    for (int i = 0; i < anywhere.keys.length; i++) {
      char c = anywhere.keys[i];
      if (c < 128) {
        anywhereAscii[c] = anywhere.next[i];
      } else {
        nonAscii = true;
      }
    }
    anywhereNonAscii = nonAscii;
    for (int i = 0; i < anywhere.keys.length; i++) {
      char a = anywhere.keys[i];
      for (char b : anywhere.next[i].keys) {
        if (a < 128 && b < 128) {
          asciiPairs[(a << 7 | b) >>> 6] |= 1L << b;
        }
      }
    }
    List<Integer> filtered = new ArrayList<>();
    for (int r = 0; r < size; r++) {
      if (this.lastChars[r] != null) {
        filtered.add(r);
      }
    }
    lastFiltered = filtered.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Per rule, one more than the offset to search {@code lower} from, 0 when the rule cannot match,
   * or {@link #CERTAIN} when it matches without a search. A rule with an anchored branch is
   * searched from 0 so that its ^ still means the line start.
   */
  int[] candidates(String lower) {
    return candidates(lower.toCharArray()); // plain array reads in the per-char loops
  }

  /**
   * {@code line} lower-cased as {@code String.toLowerCase(Locale.ROOT)} would, char by char, or
   * null when that would not be char by char (İ, Σ, surrogates): the caller then lower-cases the
   * line itself. Saves a lower-cased String for the many lines no rule needs to search.
   */
  static char[] lowerChars(String line) {
    char[] cs = line.toCharArray();
    for (int i = 0; i < cs.length; i++) {
      char c = cs[i];
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          cs[i] = (char) (c | 0x20);
        }
      } else if (c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c)) {
        return null;
      } else {
        cs[i] = Character.toLowerCase(c);
      }
    }
    return cs;
  }

  /** As {@link #candidates(String)} on the chars of a lower-cased line. */
  int[] candidates(char[] cs) {
    int[] from = new int[size];
    for (int r : alwaysRun) {
      from[r] = 1;
    }
    int n = cs.length;
    if (n == 0) {
      return from;
    }
    Node node = atStart;
    for (int i = 0; i < n && node != null; i++) {
      node = node.child(cs[i]);
      if (node != null) {
        mark(node.rules, 0, from);
        if (i == n - 1) {
          for (int r : node.exactRules) {
            from[r] = CERTAIN;
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      if (c < 128) {
        node = anywhereAscii[c];
        if (node == null) {
          continue;
        }
        if (i + 1 < n && node.rules.length == 0) {
          char d = cs[i + 1];
          if (d < 128 && (asciiPairs[(c << 7 | d) >>> 6] & (1L << d)) == 0) {
            continue; // no prefix starts with these two chars
          }
        }
      } else {
        node = anywhereNonAscii ? anywhere.child(c) : null;
      }
      for (int j = i + 1; node != null; j++) {
        mark(node.rules, i, from);
        if (j == n) {
          break;
        }
        node = node.child(cs[j]);
      }
    }
    char last = cs[n - 1];
    for (int r : lastFiltered) {
      if (from[r] > 0 && !contains(lastChars[r], last)) {
        from[r] = 0;
      }
    }
    return from;
  }

  private void mark(int[] rules, int i, int[] from) {
    for (int r : rules) {
      if (from[r] == 0) {
        from[r] = anchoredOnly[r] ? 1 : i + 1;
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
