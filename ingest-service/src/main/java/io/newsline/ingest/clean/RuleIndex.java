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
  private record Trigger(int rule, String prefix) {}

  private final int size;

  /** Rules with no known prefix: always run from offset 0. */
  private final int[] alwaysRun;

  /** Rules that may only match at offset 0, where some branch is anchored. */
  private final boolean[] anchoredOnly;

  private final Map<Character, List<Trigger>> atStart = new HashMap<>();
  private final Map<Character, List<Trigger>> anywhere = new HashMap<>();

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
          (b.anchored() ? atStart : anywhere)
              .computeIfAbsent(p.charAt(0), k -> new ArrayList<>())
              .add(new Trigger(r, p));
        }
      }
      anchoredOnly[r] = onlyAnchored;
    }
    alwaysRun = always.stream().mapToInt(Integer::intValue).toArray();
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
        if (lower.startsWith(t.prefix)) {
          from[t.rule] = 0;
        }
      }
    }
    if (!anywhere.isEmpty()) {
      for (int i = 0; i < lower.length(); i++) {
        List<Trigger> ts = anywhere.get(lower.charAt(i));
        if (ts == null) {
          continue;
        }
        for (Trigger t : ts) {
          if (from[t.rule] < 0 && lower.startsWith(t.prefix, i)) {
            from[t.rule] = anchoredOnly[t.rule] ? 0 : i;
          }
        }
      }
    }
    return from;
  }
}
