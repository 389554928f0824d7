package io.newsline.ingest.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Extracts from an RE2 pattern the literal strings a match must start with, so that most (line,
 * rule) pairs are ruled out by a cheap string test before RE2/J runs. Conservative: when in doubt
 * it returns null and the rule is always run.
 */
final class LiteralPrefixes {
  /**
   * One top-level branch: a match starts with one of {@code prefixes}, at 0 when anchored; when
   * {@code exact}, the branch is {@code ^(literal|...)$} and matches exactly the lines equal to
   * one.
   */
  record Branch(boolean anchored, List<String> prefixes, boolean exact) {}

  private static final int MAX_PREFIXES = 64;

  /** Classes of up to this many chars are expanded into prefixes. */
  private static final int MAX_CLASS_CHARS = 10;

  private static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  private final String re;
  private int pos;

  private LiteralPrefixes(String re) {
    this.re = re;
  }

  /** The branches of {@code regex}, or null when some branch has no usable literal prefix. */
  static List<Branch> of(String regex) {
    try {
      LiteralPrefixes p = new LiteralPrefixes(regex);
      List<Seq> seqs = p.alternation(true);
      if (p.pos != regex.length()) {
        return null;
      }
      List<Branch> out = new ArrayList<>();
      for (Seq s : seqs) {
        if (s.prefixes.contains("")) {
          return null;
        }
        out.add(new Branch(s.anchored, List.copyOf(s.prefixes), s.anchored && s.exact));
      }
      return out;
    } catch (UnreadableRegex | RuntimeException e) {
      return null;
    }
  }

  /** A parsed sequence: its possible literal prefixes and whether it was literal throughout. */
  private record Seq(boolean anchored, List<String> prefixes, boolean complete, boolean exact) {}

  private List<Seq> alternation(boolean top) throws UnreadableRegex {
    List<Seq> out = new ArrayList<>();
    out.add(sequence(top));
    while (pos < re.length() && re.charAt(pos) == '|') {
      pos++;
      out.add(sequence(top));
    }
    return out;
  }

  private Seq sequence(boolean top) throws UnreadableRegex {
    boolean anchored = false;
    if (top && pos < re.length() && re.charAt(pos) == '^') {
      anchored = true;
      pos++;
    }
    List<String> prefixes = new ArrayList<>(List.of(""));
    boolean done = false;
    boolean exact = false;
    int assertionsBefore = droppedAssertions;
    while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
      if (done) {
        skipAtom();
        continue;
      }
      char c = re.charAt(pos);
      if (c == '(') {
        pos++;
        if (re.startsWith("?:", pos)) {
          pos += 2;
        } else if (pos < re.length() && re.charAt(pos) == '?') {
          throw new UnreadableRegex(); // flags or named groups: do not guess
        }
        List<Seq> inner = alternation(false);
        expect(')');
        int min = quantifierMin();
        boolean innerComplete = true;
        List<String> innerPrefixes = new ArrayList<>();
        for (Seq s : inner) {
          innerComplete &= s.complete;
          innerPrefixes.addAll(s.prefixes);
        }
        if (min == 0 && lastQuestion && innerComplete && !innerPrefixes.contains("")) {
          innerPrefixes.add(""); // (...)? expands to "with" and "without"
          List<String> crossed = cross(prefixes, innerPrefixes);
          if (crossed == null) {
            done = true;
          } else {
            prefixes = crossed;
          }
          continue;
        }
        if (min == 0 || innerPrefixes.contains("")) {
          done = true;
          continue;
        }
        List<String> crossed = cross(prefixes, innerPrefixes);
        if (crossed == null) {
          done = true;
          continue;
        }
        prefixes = crossed;
        done = !innerComplete || min != 1 || hasQuantifierMax();
        continue;
      }
      List<String> literal;
      if (c == '\\') {
        if (pos + 1 >= re.length()) {
          throw new UnreadableRegex();
        }
        char e = re.charAt(pos + 1);
        pos += 2;
        if (e == 'b' || e == 'B') {
          droppedAssertions++;
          continue; // zero-width: dropping it only widens the prefilter
        }
        if (e == 'd') {
          literal = DIGITS;
        } else if (Character.isLetterOrDigit(e)) {
          pos -= 2;
          done = true; // \w, \s, \pL...: not a literal
          continue;
        } else {
          literal = List.of(String.valueOf(e));
        }
      } else if (c == '$' && !done && top && atBranchEnd(pos + 1)) {
        pos++;
        exact = true; // ^literal$: the whole line must be one of the prefixes
        continue;
      } else if (c == '[') {
        literal = smallClass();
        if (literal == null) {
          done = true; // a negated, large or escaped class: not a literal
          continue;
        }
      } else if (c == '.' || c == '$' || c == '^' || Character.isSurrogate(c)) {
        done = true;
        continue;
      } else if (c == '*' || c == '+' || c == '?' || c == '{') {
        throw new UnreadableRegex();
      } else {
        pos++;
        literal = List.of(String.valueOf(c));
      }
      int min = quantifierMin();
      if (min == 0 && lastQuestion) {
        List<String> withEmpty = new ArrayList<>(literal);
        withEmpty.add("");
        List<String> crossed = cross(prefixes, withEmpty);
        if (crossed == null) {
          done = true;
        } else {
          prefixes = crossed;
        }
        continue;
      }
      if (min == 0) {
        done = true;
        continue;
      }
      List<String> crossed = cross(prefixes, literal);
      if (crossed == null) {
        done = true;
        continue;
      }
      prefixes = crossed;
      if (min != 1 || hasQuantifierMax()) {
        done = true;
      }
    }
    // Exact means the line matches if and only if it equals a prefix: no \b may have been dropped.
    exact &= droppedAssertions == assertionsBefore;
    return new Seq(anchored, prefixes, !done, exact && !done);
  }

  /**
   * A class of a few plain chars or small ranges ({@code [-+]}, {@code [ap]}) as its chars, with
   * the class consumed; null, with nothing consumed, for anything else.
   */
  private List<String> smallClass() {
    int p = pos + 1;
    if (p < re.length() && re.charAt(p) == '^') {
      return null;
    }
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    boolean first = true;
    while (p < re.length()) {
      char c = re.charAt(p);
      if (c == ']' && !first) {
        pos = p + 1;
        return List.copyOf(out);
      }
      first = false;
      if (c == '[' || Character.isSurrogate(c)) {
        return null;
      }
      if (c == '\\') {
        if (p + 1 >= re.length() || Character.isLetterOrDigit(re.charAt(p + 1))) {
          return null; // \d, \pL, \s...
        }
        c = re.charAt(p + 1);
        p += 2;
      } else {
        p++;
      }
      char hi = c;
      if (p + 1 < re.length() && re.charAt(p) == '-' && re.charAt(p + 1) != ']') {
        hi = re.charAt(p + 1);
        if (hi == '\\' || hi == '[' || Character.isSurrogate(hi) || hi < c) {
          return null;
        }
        p += 2;
      }
      if (hi - c >= MAX_CLASS_CHARS) {
        return null;
      }
      for (char x = c; x <= hi; x++) {
        out.add(String.valueOf(x));
      }
      if (out.size() > MAX_CLASS_CHARS) {
        return null;
      }
    }
    return null;
  }

  private boolean atBranchEnd(int at) {
    return at >= re.length() || re.charAt(at) == '|';
  }

  /** Consumes a quantifier after an atom and returns its minimum (1 when there is none). */
  private int quantifierMin() {
    lastMax = false;
    lastQuestion = false;
    if (pos >= re.length()) {
      return 1;
    }
    char q = re.charAt(pos);
    int min;
    if (q == '?' || q == '*') {
      pos++;
      min = 0;
      lastQuestion = q == '?';
    } else if (q == '+') {
      pos++;
      min = 1;
      lastMax = true;
    } else if (q == '{' && pos + 1 < re.length() && Character.isDigit(re.charAt(pos + 1))) {
      int close = re.indexOf('}', pos);
      String[] parts = re.substring(pos + 1, close).split(",", -1);
      min = Integer.parseInt(parts[0]);
      lastMax = true;
      pos = close + 1;
    } else {
      return 1;
    }
    if (pos < re.length() && re.charAt(pos) == '?') {
      pos++; // lazy
    }
    return min;
  }

  private boolean lastMax;

  /** \b and \B read so far, which the prefixes do not check. */
  private int droppedAssertions;

  private boolean lastQuestion;

  /** Whether the quantifier just consumed allows more than one repetition. */
  private boolean hasQuantifierMax() {
    return lastMax;
  }

  /** Skips one atom (with its quantifier) without extracting anything. */
  private void skipAtom() throws UnreadableRegex {
    char c = re.charAt(pos);
    if (c == '\\') {
      pos += 2;
    } else if (c == '[') {
      pos++;
      if (pos < re.length() && re.charAt(pos) == '^') {
        pos++;
      }
      if (pos < re.length() && re.charAt(pos) == ']') {
        pos++;
      }
      while (pos < re.length() && re.charAt(pos) != ']') {
        if (re.charAt(pos) == '\\') {
          pos++;
        } else if (re.startsWith("[:", pos)) {
          int close = re.indexOf(":]", pos);
          if (close < 0) {
            throw new UnreadableRegex();
          }
          pos = close + 1;
        }
        pos++;
      }
      pos++;
    } else if (c == '(') {
      pos++;
      if (pos < re.length() && re.charAt(pos) == '?') {
        throw new UnreadableRegex();
      }
      alternation(false);
      expect(')');
    } else {
      pos++;
    }
    quantifierMin();
  }

  private void expect(char c) throws UnreadableRegex {
    if (pos >= re.length() || re.charAt(pos) != c) {
      throw new UnreadableRegex();
    }
    pos++;
  }

  private static List<String> cross(List<String> heads, List<String> tails) {
    if ((long) heads.size() * tails.size() > MAX_PREFIXES) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String h : heads) {
      for (String t : tails) {
        out.add(h + t);
      }
    }
    return out;
  }
}
