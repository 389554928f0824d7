package io.newsline.enrich.resolve;

import io.newsline.enrich.extract.EntityKind;
import io.newsline.enrich.util.BoundedCache;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;

/** Name normalisation, phonetic codes and string similarity used by the resolver. */
final class Names {
  static final Set<String> TITLES =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "prof",
          "sir",
          "dame",
          "lord",
          "lady",
          "president",
          "minister",
          "ambassador",
          "spokesman",
          "commander",
          "leader",
          "general",
          "gen",
          "colonel",
          "col",
          "captain",
          "capt",
          "sheikh",
          "mullah",
          "king",
          "queen",
          "prince",
          "senator",
          "sen",
          "governor",
          "gov",
          "mayor",
          "judge",
          "imam",
          "vice");

  /** Name parts that may be present or absent without changing the person. */
  static final Set<String> PARTICLES =
      Set.of(
          "khan", "jan", "bin", "ibn", "al", "el", "de", "da", "del", "della", "di", "du", "van",
          "von", "der", "den", "la", "le", "y");

  static final Set<String> GENERATION = Set.of("jr", "sr", "ii", "iii", "iv", "junior", "senior");

  static final Set<String> ORG_STOP = Set.of("the", "of", "and", "for", "&", "in", "on", "at");

  static final Set<String> LOC_TYPES =
      Set.of(
          "valley",
          "province",
          "district",
          "region",
          "city",
          "county",
          "governorate",
          "prefecture",
          "oblast",
          "municipality",
          "state");

  /**
   * Entries each memo of parsed names (here and in {@link NameForm}) holds at most. The memos only
   * spare re-parsing a name seen lately (the registry's entities keep their own parsed forms), so
   * they hold the recent working set, not a long run's every name: at 200,000 they held about 30
   * MiB of enrich's live heap (docs/BENCHMARKS.md, "enrich's memos") and saved no CPU over 20,000.
   */
  static final int CACHE_LIMIT = 20_000;

  /**
   * Entries the memo of name words ({@link NameWord}) holds at most: larger, as a word's
   * Beider–Morse codes are the costliest thing parsing computes, and the registry's entities hold
   * their words anyway, so the memo costs little memory beyond them.
   */
  static final int WORD_CACHE_LIMIT = 200_000;

  private static final int MAX_BM_CODES = 12;
  private static final PhoneticEngine BM =
      new PhoneticEngine(NameType.GENERIC, RuleType.APPROX, true);
  private static final BmLanguages BM_LANGUAGES = BmLanguages.generic();
  private static final DoubleMetaphone DM = new DoubleMetaphone();

  private Names() {}

  /** Lower case, accents stripped, curly apostrophes straightened, possessive removed. */
  static String fold(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 128;
    }
    String d = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      b.append(c == '’' || c == '‘' ? '\'' : Character.toLowerCase(c));
    }
    String out = b.toString().strip();
    if (out.endsWith("'s")) {
      out = out.substring(0, out.length() - 2);
    } else if (out.endsWith("'")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }

  /** Words of a folded name: split on spaces and hyphens-free punctuation, dots removed. */
  static List<String> words(String folded) {
    List<String> out = new ArrayList<>(4);
    int n = folded.length();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < n; i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '&') {
        cur.append(c);
      } else if (c == '.') {
        continue;
      } else if (cur.length() > 0) {
        out.add(cur.toString());
        cur.setLength(0);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }

  /** A person name split into given names and surname, titles/particles/generation removed. */
  record PersonName(List<NameWord> given, NameWord surnameWord, boolean junior)
      implements NameForm {
    boolean fullName() {
      return !given.isEmpty();
    }

    String surname() {
      return surnameWord.text();
    }

    @Override
    public boolean same(NameForm other) {
      return samePerson(this, (PersonName) other);
    }
  }

  private static final BoundedCache<String, PersonName> PERSON_CACHE =
      new BoundedCache<>(CACHE_LIMIT);
  private static final BoundedCache<String, String> PLAIN_CACHE = new BoundedCache<>(CACHE_LIMIT);

  static PersonName person(String name) {
    return PERSON_CACHE.get(name, Names::parsePerson);
  }

  private static PersonName parsePerson(String name) {
    List<String> w = words(fold(name));
    int from = 0;
    while (from < w.size() - 1 && TITLES.contains(w.get(from))) {
      from++;
    }
    boolean junior = false;
    int to = w.size();
    while (to > from + 1 && GENERATION.contains(w.get(to - 1))) {
      junior |= w.get(to - 1).equals("jr") || w.get(to - 1).equals("junior");
      to--;
    }
    List<String> sig = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      if (!PARTICLES.contains(w.get(i)) || i == to - 1) {
        sig.add(w.get(i));
      }
    }
    if (sig.isEmpty()) {
      return new PersonName(List.of(), NameWord.of(""), junior);
    }
    List<NameWord> given = new ArrayList<>(sig.size() - 1);
    for (String g : sig.subList(0, sig.size() - 1)) {
      given.add(NameWord.of(g));
    }
    return new PersonName(List.copyOf(given), NameWord.of(sig.get(sig.size() - 1)), junior);
  }

  /** Organisation name words without a leading "the" and possessives; an immutable list. */
  static List<String> orgWords(String name) {
    return NameForm.Org.of(name).words();
  }

  /** Uncached: see {@link NameForm.Org}. */
  static List<String> parseOrgWords(String name) {
    List<String> w = words(fold(name));
    List<String> out = new ArrayList<>(w.size());
    for (String x : w) {
      if (!x.equals("the") || !out.isEmpty()) {
        out.add(x);
      }
    }
    return List.copyOf(out);
  }

  /** The name without a trailing "of X…" ("National Resistance Front of Afghanistan"). */
  static List<String> withoutOfTail(List<String> w) {
    int of = w.indexOf("of");
    if (of >= 2) {
      return w.subList(0, of);
    }
    return w;
  }

  static String acronym(List<String> w) {
    StringBuilder b = new StringBuilder();
    for (String x : w) {
      if (!ORG_STOP.contains(x) && !x.isEmpty()) {
        b.append(x.charAt(0));
      }
    }
    return b.toString();
  }

  /** Location core: without leading "the" and trailing/leading type words ("Panjshir Valley"). */
  static String locCore(String name) {
    return NameForm.Loc.of(name).core();
  }

  /** Uncached: see {@link NameForm.Loc}. */
  static String parseLocCore(String name) {
    List<String> w = new ArrayList<>(words(fold(name)));
    if (!w.isEmpty() && w.get(0).equals("the")) {
      w.remove(0);
    }
    while (w.size() > 1 && LOC_TYPES.contains(w.get(w.size() - 1))) {
      w.remove(w.size() - 1);
    }
    return String.join(" ", w);
  }

  static String plain(String name) {
    return PLAIN_CACHE.get(name, n -> String.join(" ", words(fold(n))));
  }

  /** Beider–Morse approximate codes (generic names, language guessed); see {@link NameWord#bm}. */
  static Set<String> encodeBm(String word) {
    Set<String> codes = new LinkedHashSet<>();
    if (word.length() <= 40) {
      String enc = BM.encode(word, BM_LANGUAGES.guess(word));
      for (String part : enc.split("[|\\-]")) {
        String c = part.strip();
        if (c.startsWith("(")) {
          c = c.substring(1);
        }
        if (c.endsWith(")")) {
          c = c.substring(0, c.length() - 1);
        }
        if (!c.isEmpty()) {
          codes.add(c);
        }
        if (codes.size() >= MAX_BM_CODES) {
          break;
        }
      }
    }
    return Set.copyOf(codes);
  }

  static String dm(String word) {
    String c = DM.doubleMetaphone(word);
    return c == null ? "" : c;
  }

  static boolean sameWord(String a, String b) {
    return sameWord(NameWord.of(a), NameWord.of(b));
  }

  /**
   * Two name words denote the same name: equal, sharing a BM code (both 3 letters or more), or
   * Jaro–Winkler ≥ 0.9 (both 4 letters or more).
   */
  static boolean sameWord(NameWord a, NameWord b) {
    if (a == b || a.text().equals(b.text())) {
      return true;
    }
    int min = Math.min(a.length(), b.length());
    if (min < 3) {
      return false;
    }
    // the cheap test of the two first
    return a.sharesCode(b) || (min >= 4 && jaroWinklerAtLeast(a.text(), b.text(), 0.9));
  }

  /** Given-name words match: same word, or an initial against a name. */
  static boolean sameGiven(NameWord a, NameWord b) {
    if (a.length() == 1 || b.length() == 1) {
      return a.text().charAt(0) == b.text().charAt(0);
    }
    return sameWord(a, b);
  }

  /**
   * Whether two person names may denote one person. Surnames must match; when both carry given
   * names, they must have the same number of given names pairwise matching ("Ahmad Massoud" vs
   * "Ahmad Shah Massoud" differ; "Bismillah Khan Mohammadi" = "Bismillah Mohammadi" because Khan is
   * an optional particle).
   */
  static boolean samePerson(PersonName a, PersonName b) {
    if (a.surnameWord().isEmpty() || b.surnameWord().isEmpty()) {
      return false;
    }
    // Given names before the surname: a candidate comes from the index under (a code of) the
    // surname, so its surname almost always matches and its given names usually do not.
    if (a.fullName() && b.fullName()) {
      if (a.given().size() != b.given().size()) {
        return false;
      }
      for (int i = 0; i < a.given().size(); i++) {
        if (!sameGiven(a.given().get(i), b.given().get(i))) {
          return false;
        }
      }
    }
    return sameWord(a.surnameWord(), b.surnameWord());
  }

  static boolean sameOrg(String a, String b) {
    return NameForm.Org.of(a).same(NameForm.Org.of(b));
  }

  static boolean isAcronym(String surface) {
    String s = surface.replace(".", "").strip();
    if (s.length() < 2 || s.length() > 8 || s.indexOf(' ') >= 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  static boolean sameName(String a, String b, EntityKind kind) {
    return NameForm.of(a, kind).same(NameForm.of(b, kind));
  }

  /**
   * Whether {@link #jaroWinkler} is at least {@code threshold}, without computing it when an upper
   * bound rules that out (most comparisons): the matches m are at most the characters of either
   * string that occur in the other, so Jaro ≤ (m/l1 + m/l2 + 1) / 3, and Jaro–Winkler grows with
   * Jaro for a given common prefix.
   */
  static boolean jaroWinklerAtLeast(String a, String b, double threshold) {
    int l1 = a.length();
    int l2 = b.length();
    if (l1 == 0 || l2 == 0) {
      return jaroWinkler(a, b) >= threshold;
    }
    // first from the lengths alone (m ≤ the shorter one, prefix ≤ 4), then from the characters;
    // the margin keeps the bound an upper bound despite rounding
    if (jaroWinklerBound(Math.min(l1, l2), l1, l2, 4) < threshold - 1e-9) {
      return false;
    }
    int m = Math.min(occurringIn(a, b), occurringIn(b, a));
    if (jaroWinklerBound(m, l1, l2, commonPrefix(a, b)) < threshold - 1e-9) {
      return false;
    }
    return jaroWinkler(a, b) >= threshold;
  }

  /** Jaro–Winkler at most, for at most m matches and this common prefix. */
  private static double jaroWinklerBound(int m, int l1, int l2, int prefix) {
    double jaro = (m / (double) l1 + m / (double) l2 + 1.0) / 3.0;
    return jaro + prefix * 0.1 * (1.0 - jaro);
  }

  /** How many characters of s occur in t; over-counts, never under-counts (characters hashed). */
  private static int occurringIn(String s, String t) {
    long inT = 0;
    for (int i = 0; i < t.length(); i++) {
      inT |= 1L << t.charAt(i); // shifts by the low 6 bits
    }
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if ((inT & (1L << s.charAt(i))) != 0) {
        n++;
      }
    }
    return n;
  }

  /** Length of the common prefix, up to 4 (as Jaro–Winkler counts it). */
  private static int commonPrefix(String s1, String s2) {
    int prefix = 0;
    for (int i = 0;
        i < Math.min(4, Math.min(s1.length(), s2.length())) && s1.charAt(i) == s2.charAt(i);
        i++) {
      prefix++;
    }
    return prefix;
  }

  /** Jaro–Winkler similarity (prefix scale 0.1, prefix up to 4). */
  static double jaroWinkler(String s1, String s2) {
    int l1 = s1.length();
    int l2 = s2.length();
    if (l1 == 0 || l2 == 0) {
      return l1 == l2 ? 1.0 : 0.0;
    }
    int window = Math.max(0, Math.max(l1, l2) / 2 - 1);
    boolean[] m1 = new boolean[l1];
    boolean[] m2 = new boolean[l2];
    int matches = 0;
    for (int i = 0; i < l1; i++) {
      int lo = Math.max(0, i - window);
      int hi = Math.min(l2 - 1, i + window);
      for (int j = lo; j <= hi; j++) {
        if (!m2[j] && s1.charAt(i) == s2.charAt(j)) {
          m1[i] = true;
          m2[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int t = 0;
    int k = 0;
    for (int i = 0; i < l1; i++) {
      if (m1[i]) {
        while (!m2[k]) {
          k++;
        }
        if (s1.charAt(i) != s2.charAt(k)) {
          t++;
        }
        k++;
      }
    }
    double m = matches;
    double jaro = (m / l1 + m / l2 + (m - t / 2.0) / m) / 3.0;
    return jaro + commonPrefix(s1, s2) * 0.1 * (1.0 - jaro);
  }
}
