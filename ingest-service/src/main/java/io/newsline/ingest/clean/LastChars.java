package io.newsline.ingest.clean;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * For an RE2 pattern whose every top-level branch ends with $, the chars a match can end with: a
 * line whose last char is not one of them cannot match, and RE2/J need not run. Rules such as
 * {@code ^[^ ]{1,40}( [^ ]{1,40}){0,3} (says|said|wrote|writes):$} have no literal prefix but end
 * in one known char. Conservative: when in doubt (a class it cannot enumerate, flags, a branch
 * without $) it returns null and the pattern is not filtered.
 */
final class LastChars {
  /** Larger sets filter little; give up rather than carry them. */
  private static final int MAX_CHARS = 64;

  private final String re;
  private int pos;

  private LastChars(String re) {
    this.re = re;
  }

  /** The chars a match of {@code regex} can end with, sorted, or null when unknown. */
  static char[] of(String regex) {
    try {
      LastChars p = new LastChars(regex);
      Set<Character> set = p.alternation(true);
      if (set == null || p.pos != regex.length()) {
        return null;
      }
      char[] out = new char[set.size()];
      int i = 0;
      for (char c : set) {
        out[i++] = c;
      }
      return out;
    } catch (UnreadableRegex | RuntimeException e) {
      return null;
    }
  }

  /** The union over branches, or null when some branch's last chars are unknown. */
  private Set<Character> alternation(boolean top) throws UnreadableRegex {
    Set<Character> out = new TreeSet<>();
    boolean known = true;
    while (true) {
      Set<Character> s = sequence(top);
      if (s == null) {
        known = false;
      } else {
        out.addAll(s);
      }
      if (pos < re.length() && re.charAt(pos) == '|') {
        pos++;
      } else {
        break;
      }
    }
    return known && out.size() <= MAX_CHARS ? out : null;
  }

  /**
   * The last chars of one branch, or null when unknown. Non-null means the branch cannot match the
   * empty string (some atom it requires ends it). At top level the branch must also end with $.
   */
  private Set<Character> sequence(boolean top) throws UnreadableRegex {
    Set<Character> last = null; // nothing required yet, or unknown
    boolean endAnchored = false;
    while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
      char c = re.charAt(pos);
      if (c == '$'
          || c == '^'
          || c == '\\' && pos + 1 < re.length() && isZeroWidth(re.charAt(pos + 1))) {
        boolean end = c == '$' || c == '\\' && re.charAt(pos + 1) == 'z';
        pos += c == '\\' ? 2 : 1;
        if (pos < re.length() && "?*+{".indexOf(re.charAt(pos)) >= 0) {
          throw new UnreadableRegex(); // a quantified assertion: do not guess
        }
        endAnchored |= end;
        continue;
      }
      endAnchored = false;
      Set<Character> atom = atom();
      int min = quantifierMin();
      if (min > 0) {
        last = atom;
      } else {
        last = last == null || atom == null ? null : union(last, atom);
      }
    }
    return top && !endAnchored ? null : last;
  }

  private static boolean isZeroWidth(char e) {
    return e == 'b' || e == 'B' || e == 'A' || e == 'z';
  }

  private static Set<Character> union(Set<Character> a, Set<Character> b) {
    Set<Character> out = new TreeSet<>(a);
    out.addAll(b);
    return out.size() <= MAX_CHARS ? out : null;
  }

  /** One atom: its possible last chars, or null when unknown or possibly empty. */
  private Set<Character> atom() throws UnreadableRegex {
    char c = re.charAt(pos);
    if (c == '(') {
      pos++;
      if (re.startsWith("?:", pos)) {
        pos += 2;
      } else if (re.startsWith("?P<", pos)) {
        pos = re.indexOf('>', pos) + 1;
        if (pos == 0) {
          throw new UnreadableRegex();
        }
      } else if (pos < re.length() && re.charAt(pos) == '?') {
        throw new UnreadableRegex(); // flags such as (?i) change what matches
      }
      Set<Character> inner = alternation(false);
      if (pos >= re.length() || re.charAt(pos) != ')') {
        throw new UnreadableRegex();
      }
      pos++;
      return inner;
    }
    if (c == '[') {
      return charClass();
    }
    if (c == '.') {
      pos++;
      return null;
    }
    if (c == '\\') {
      if (pos + 1 >= re.length()) {
        throw new UnreadableRegex();
      }
      char e = re.charAt(pos + 1);
      pos += 2;
      if (e == 'd') {
        return digits();
      }
      if (e == 's') {
        return whitespace();
      }
      if (e == 'w' || e == 'W' || e == 'S' || e == 'D') {
        return null;
      }
      if (e == 'p' || e == 'P') {
        skipUnicodeClassName();
        return null;
      }
      if (Character.isLetterOrDigit(e) || Character.isSurrogate(e)) {
        throw new UnreadableRegex(); // \x{..}, \Q..\E, octal...: do not guess
      }
      return single(e);
    }
    if (c == '*' || c == '+' || c == '?' || c == '{' || Character.isSurrogate(c)) {
      throw new UnreadableRegex();
    }
    pos++;
    return single(c);
  }

  /** A bracketed class: its chars when it lists few plain chars and ranges, else null. */
  private Set<Character> charClass() throws UnreadableRegex {
    pos++;
    boolean negated = pos < re.length() && re.charAt(pos) == '^';
    if (negated) {
      pos++;
    }
    Set<Character> out = new TreeSet<>();
    boolean known = !negated;
    boolean first = true;
    while (true) {
      if (pos >= re.length()) {
        throw new UnreadableRegex();
      }
      char c = re.charAt(pos);
      if (c == ']' && !first) {
        pos++;
        return known && out.size() <= MAX_CHARS ? out : null;
      }
      first = false;
      if (c == '[' && re.startsWith("[:", pos)) {
        int close = re.indexOf(":]", pos);
        if (close < 0) {
          throw new UnreadableRegex();
        }
        pos = close + 2;
        known = false;
        continue;
      }
      char lo = classChar();
      if (lo == 0) {
        known = false; // \d, \pL...: consumed, not enumerated
        continue;
      }
      if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
        pos++;
        char hi = classChar();
        if (hi == 0 || hi < lo) {
          throw new UnreadableRegex();
        }
        if (hi - lo > MAX_CHARS) {
          known = false;
          continue;
        }
        for (char x = lo; x <= hi; x++) {
          out.add(x);
        }
      } else {
        out.add(lo);
      }
    }
  }

  /** After {@code \p} or {@code \P}: skips the class name, {@code L} or {@code {Greek}}. */
  private void skipUnicodeClassName() throws UnreadableRegex {
    if (pos < re.length() && re.charAt(pos) == '{') {
      pos = re.indexOf('}', pos) + 1;
      if (pos == 0) {
        throw new UnreadableRegex();
      }
    } else {
      pos++;
    }
  }

  /** One char inside a class, consumed; 0 for an escape that names a set (\d, \pL, \s...). */
  private char classChar() throws UnreadableRegex {
    char c = re.charAt(pos);
    if (Character.isSurrogate(c)) {
      throw new UnreadableRegex();
    }
    if (c != '\\') {
      pos++;
      return c;
    }
    if (pos + 1 >= re.length()) {
      throw new UnreadableRegex();
    }
    char e = re.charAt(pos + 1);
    pos += 2;
    if (e == 'p' || e == 'P') {
      skipUnicodeClassName();
      return 0;
    }
    if (e == 'd' || e == 'D' || e == 'w' || e == 'W' || e == 's' || e == 'S') {
      return 0;
    }
    if (Character.isLetterOrDigit(e) || Character.isSurrogate(e)) {
      throw new UnreadableRegex();
    }
    return e;
  }

  /** Consumes a quantifier after an atom and returns its minimum (1 when there is none). */
  private int quantifierMin() throws UnreadableRegex {
    if (pos >= re.length()) {
      return 1;
    }
    char q = re.charAt(pos);
    int min;
    if (q == '?' || q == '*') {
      pos++;
      min = 0;
    } else if (q == '+') {
      pos++;
      min = 1;
    } else if (q == '{' && pos + 1 < re.length() && Character.isDigit(re.charAt(pos + 1))) {
      int close = re.indexOf('}', pos);
      if (close < 0) {
        throw new UnreadableRegex();
      }
      min = Integer.parseInt(re.substring(pos + 1, close).split(",", -1)[0]);
      pos = close + 1;
    } else {
      return 1;
    }
    if (pos < re.length() && re.charAt(pos) == '?') {
      pos++; // lazy
    }
    return min;
  }

  private static Set<Character> single(char c) {
    Set<Character> s = new TreeSet<>();
    s.add(c);
    return s;
  }

  /** The chars of RE2's {@code \s}: tab, newline, form feed, carriage return, space. */
  private static Set<Character> whitespace() {
    return new TreeSet<>(List.of('\t', '\n', '\f', '\r', ' '));
  }

  private static Set<Character> digits() {
    Set<Character> s = new TreeSet<>();
    for (char c = '0'; c <= '9'; c++) {
      s.add(c);
    }
    return s;
  }
}
