package io.newsline.ingest.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For a line, which rules can possibly match and from which offset RE2/J needs to search: the
 * literal prefixes of each rule are looked up with one scan of the line.
 */
final class RuleIndex {
  private record Trigger(int rule, String prefix, boolean exact) {}

  private final int size;

  /** Rules with no known prefix: always run from offset 0. */
  private final int[] alwaysRun;

  /** Rules that may only match at offset 0, where some branch is anchored. */
  private final boolean[] anchoredOnly;

  private final Map<Character, List<Trigger>> atStart = new HashMap<>();
  // Unanchored prefixes by their first two chars (one-char prefixes by their only char).
  private final Map<Integer, List<Trigger>> anywhereBuild = new HashMap<>();
  private final int[] bigramKeys;
  private final Trigger[][] bigramValues;
  private final int bigramMask;

  /** Per ASCII char, whether some unanchored prefix starts with it: skips most positions. */
  private final boolean[] asciiStart = new boolean[128];

  /** Bloom-like filter on the first three chars of unanchored prefixes: skips most lookups. */
  private final boolean[] tripleFilter = new boolean[1 << 16];

  /** Unanchored prefixes of one or two chars, by first char: checked at every position. */
  private final Map<Character, List<Trigger>> shortPrefixes = new HashMap<>();

  private final boolean[] shortAscii = new boolean[128];
  private boolean shortNonAscii;

  private boolean nonAsciiStart;

  RuleIndex(List<List<LiteralPrefixes.Branch>> rules) {
    size = rules.size();
    anchoredOnly = new boolean[size];
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
          if (b.anchored()) {
            atStart
                .computeIfAbsent(p.charAt(0), k -> new ArrayList<>())
                .add(new Trigger(r, p, b.exact()));
          } else if (p.length() <= 2) {
            if (p.charAt(0) < 128) {
              shortAscii[p.charAt(0)] = true;
            } else {
              shortNonAscii = true;
            }
            shortPrefixes
                .computeIfAbsent(p.charAt(0), k -> new ArrayList<>())
                .add(new Trigger(r, p, false));
          } else {
            anywhereBuild
                .computeIfAbsent(key(p, 0), k -> new ArrayList<>())
                .add(new Trigger(r, p, false));
            tripleFilter[triple(p.charAt(0), p.charAt(1), p.charAt(2))] = true;
            if (p.charAt(0) < 128) {
              asciiStart[p.charAt(0)] = true;
            } else {
              nonAsciiStart = true;
            }
          }
        }
      }
      anchoredOnly[r] = onlyAnchored;
    }
    alwaysRun = always.stream().mapToInt(Integer::intValue).toArray();
    int cap = Integer.highestOneBit(Math.max(16, anywhereBuild.size() * 4) - 1) << 1;
    bigramKeys = new int[cap];
    bigramValues = new Trigger[cap][];
    bigramMask = cap - 1;
    for (Map.Entry<Integer, List<Trigger>> e : anywhereBuild.entrySet()) {
      int slot = mix(e.getKey()) & bigramMask;
      while (bigramValues[slot] != null) {
        slot = (slot + 1) & bigramMask;
      }
      bigramKeys[slot] = e.getKey();
      bigramValues[slot] = e.getValue().toArray(new Trigger[0]);
    }
  }

  /** Lookup key of the one or two chars at i: one-char prefixes use the high bit. */
  private static int key(String s, int i) {
    return i + 1 < s.length()
        ? s.charAt(i) << 16 | s.charAt(i + 1)
        : s.charAt(i) << 16 | 0x8000_0000;
  }

  private static int triple(char a, char b, char c) {
    return ((a * 31 + b) * 31 + c) & 0xffff;
  }

  private static int mix(int k) {
    int h = k * 0x9E3779B9;
    return h ^ (h >>> 15);
  }

  private Trigger[] lookup(int key) {
    int slot = mix(key) & bigramMask;
    while (bigramValues[slot] != null) {
      if (bigramKeys[slot] == key) {
        return bigramValues[slot];
      }
      slot = (slot + 1) & bigramMask;
    }
    return null;
  }

  /**
   * Per rule, the offset to search {@code lower} from, or -1 when the rule cannot match. A rule
   * with an anchored branch is searched from 0 so that its ^ still means the line start.
   */
  int[] candidates(String lower) {
    int[] from = new int[size];
    Arrays.fill(from, -1);
    for (int r : alwaysRun) {
      from[r] = 0;
    }
    if (lower.isEmpty()) {
      return from;
    }
    List<Trigger> first = atStart.get(lower.charAt(0));
    if (first != null) {
      for (Trigger t : first) {
        if (t.exact ? lower.equals(t.prefix) : lower.startsWith(t.prefix)) {
          from[t.rule] = 0;
        }
      }
    }
    int n = lower.length();
    if (!shortPrefixes.isEmpty()) {
      for (int i = 0; i < n; i++) {
        char c = lower.charAt(i);
        List<Trigger> ts = (c < 128 ? shortAscii[c] : shortNonAscii) ? shortPrefixes.get(c) : null;
        if (ts != null) {
          scan(lower, i, ts.toArray(new Trigger[0]), from);
        }
      }
    }
    if (!anywhereBuild.isEmpty()) {
      for (int i = 0; i + 2 < n; i++) {
        char c = lower.charAt(i);
        if ((c < 128 ? asciiStart[c] : nonAsciiStart)
            && tripleFilter[triple(c, lower.charAt(i + 1), lower.charAt(i + 2))]) {
          scan(lower, i, lookup(key(lower, i)), from);
        }
      }
    }
    return from;
  }

  private void scan(String lower, int i, Trigger[] ts, int[] from) {
    if (ts == null) {
      return;
    }
    for (Trigger t : ts) {
      if (from[t.rule] < 0 && lower.startsWith(t.prefix, i)) {
        from[t.rule] = anchoredOnly[t.rule] ? 0 : i;
      }
    }
  }
}
