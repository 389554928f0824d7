package io.newsline.ingest.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The kept lines of one article so far, to find repeats. An article keeps a few dozen lines, and
 * comparing a new line with each (String.equals stops at the first differing length or byte) costs
 * less than hashing every char of every paragraph, which was 7% of cleaning; past {@link #FEW}
 * lines it switches to a hash set, so a long article stays linear.
 */
final class SeenLines {
  static final int FEW = 64;

  private final List<String> few = new ArrayList<>();
  private Set<String> many;

  /** Adds a line; false when an equal line was added before. */
  boolean add(String line) {
    if (many != null) {
      return many.add(line);
    }
    for (String seen : few) {
      if (seen.equals(line)) {
        return false;
      }
    }
    few.add(line);
    if (few.size() > FEW) {
      many = new HashSet<>(few);
    }
    return true;
  }
}
