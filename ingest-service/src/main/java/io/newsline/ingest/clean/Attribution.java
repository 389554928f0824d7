package io.newsline.ingest.clean;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Finds a dateline ("PANJSHIR (REUTERS) -") and the news agency an article credits. */
final class Attribution {
  /** Datelines are looked for in the first few paragraphs only, and in their first chars. */
  static final int DATELINE_PARAGRAPHS = 3;

  private static final int DATELINE_PREFIX_CHARS = 160;
  private static final int MAX_ATTRIBUTION_CHARS = 5000;

  /** Lower-cased agency names and aliases → the one canonical form reported. */
  private static final Map<String, String> CANONICAL =
      Map.ofEntries(
          Map.entry("reuters", "Reuters"),
          Map.entry("thomson reuters", "Reuters"),
          Map.entry("ap", "AP"),
          Map.entry("associated press", "AP"),
          Map.entry("the associated press", "AP"),
          Map.entry("afp", "AFP"),
          Map.entry("agence france-presse", "AFP"),
          Map.entry("agence france presse", "AFP"),
          Map.entry("tass", "TASS"),
          Map.entry("itar-tass", "TASS"),
          Map.entry("ani", "ANI"),
          Map.entry("asian news international", "ANI"),
          Map.entry("pti", "PTI"),
          Map.entry("press trust of india", "PTI"),
          Map.entry("xinhua", "Xinhua"),
          Map.entry("anadolu", "Anadolu"),
          Map.entry("dpa", "DPA"),
          Map.entry("deutsche presse-agentur", "DPA"),
          Map.entry("upi", "UPI"),
          Map.entry("united press international", "UPI"),
          Map.entry("ians", "IANS"),
          Map.entry("indo-asian news service", "IANS"),
          Map.entry("bloomberg", "Bloomberg"));

  /** The first words of the {@link #CANONICAL} names: where an alias can start. */
  private static final Set<String> FIRST_WORDS =
      CANONICAL.keySet().stream()
          .map(name -> name.split(" ")[0])
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Lower-cased single tokens that hint a paragraph may name an agency (cheap prefilter). */
  static final Set<String> HINT_TOKENS =
      Set.of(
          "reuters",
          "ap",
          "associated",
          "afp",
          "agence",
          "tass",
          "itar-tass",
          "ani",
          "asian",
          "pti",
          "trust",
          "xinhua",
          "anadolu",
          "dpa",
          "deutsche",
          "upi",
          "united",
          "ians",
          "indo-asian",
          "bloomberg");

  private static final String ALIAS =
      "(Thomson Reuters|Reuters|REUTERS|[Tt]he Associated Press|Associated Press|AP|"
          + "Agence France-Presse|Agence France Presse|AFP|ITAR-TASS|TASS|Tass|"
          + "Asian News International|ANI|Press Trust of India|PTI|Xinhua|XINHUA|Anadolu|ANADOLU|"
          + "Deutsche Presse-Agentur|DPA|dpa|United Press International|UPI|"
          + "Indo-Asian News Service|IANS|Bloomberg|BLOOMBERG)";

  private static final String PLACE = "([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3})";

  // PANJSHIR (REUTERS) - ...   WASHINGTON, Nov 18 (Reuters) - ...
  private static final Pattern PLACE_AGENCY =
      Pattern.compile("^" + PLACE + "(?:, [A-Za-z0-9. ]{1,30})? ?\\(" + ALIAS + "\\) ?[-–—:]");
  // (Reuters) - ...
  private static final Pattern AGENCY_ONLY = Pattern.compile("^\\(" + ALIAS + "\\) ?[-–—:]");
  // MADRID — ...   MADRID (AP) — handled above.
  private static final Pattern PLACE_ONLY =
      Pattern.compile("^" + PLACE + "(?:, [A-Za-z0-9. ]{1,30})? ?[-–—] ");

  private Attribution() {}

  /** A dateline and/or agency found at the start of a paragraph; fields may be null. */
  record Dateline(String place, String agency) {}

  /** The dateline at the start of {@code paragraph}, or null. */
  static Dateline dateline(String paragraph) {
    String head =
        paragraph.length() > DATELINE_PREFIX_CHARS
            ? paragraph.substring(0, DATELINE_PREFIX_CHARS)
            : paragraph;
    if (head.isEmpty() || !mayHaveDateline(head)) {
      return null;
    }
    Matcher m = PLACE_AGENCY.matcher(head);
    if (m.find()) {
      return new Dateline(place(m.group(1)), canonical(m.group(2)));
    }
    m = AGENCY_ONLY.matcher(head);
    if (m.find()) {
      return new Dateline(null, canonical(m.group(1)));
    }
    m = PLACE_ONLY.matcher(head);
    if (m.find()) {
      String word = m.group(1);
      String agency = canonical(word);
      if (agency != null) {
        return new Dateline(null, agency);
      }
      if (word.length() >= 3) {
        return new Dateline(place(word), null);
      }
    }
    return null;
  }

  /** Cheap test before the regexes: "(" first, or an upper-case word then "(" or a dash. */
  private static boolean mayHaveDateline(String head) {
    char c0 = head.charAt(0);
    if (c0 == '(') {
      return true;
    }
    if (head.length() < 4 || !Character.isUpperCase(c0) || !Character.isUpperCase(head.charAt(1))) {
      return false;
    }
    for (int i = 2; i < head.length(); i++) {
      char c = head.charAt(i);
      if (c == '(' || c == '-' || c == '–' || c == '—') {
        return true;
      }
    }
    return false;
  }

  /** The first agency a paragraph credits ("TASS News Agency reported"), or null. */
  static String creditedAgency(String paragraph) {
    String s =
        paragraph.length() > MAX_ATTRIBUTION_CHARS
            ? paragraph.substring(0, MAX_ATTRIBUTION_CHARS)
            : paragraph;
    String[] raw = s.split(" ");
    String[] words = new String[raw.length];
    for (int i = 0; i < raw.length; i++) {
      words[i] = strip(raw[i]);
    }
    for (int i = 0; i < words.length; i++) {
      if (!FIRST_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
        continue; // no alias starts with this word
      }
      for (int len = Math.min(4, words.length - i); len >= 1; len--) {
        String agency = alias(raw, words, i, len);
        if (agency == null) {
          continue;
        }
        if (creditedBefore(words, i) || creditedAfter(words, i + len)) {
          return agency;
        }
      }
    }
    return null;
  }

  /** The agency named by words[i, i+len), or null. Short acronyms must be written in capitals. */
  private static String alias(String[] raw, String[] words, int i, int len) {
    StringBuilder sb = new StringBuilder();
    for (int k = i; k < i + len; k++) {
      if (k > i) {
        sb.append(' ');
      }
      sb.append(words[k]);
    }
    String name = sb.toString();
    String agency = CANONICAL.get(name.toLowerCase(Locale.ROOT));
    if (agency == null) {
      return null;
    }
    if (len == 1 && name.length() <= 4 && !name.equals(name.toUpperCase(Locale.ROOT))) {
      return name.equals("dpa") || name.equals("Tass") ? agency : null;
    }
    if (len > 1 && words[i].isEmpty()) {
      return null;
    }
    return agency;
  }

  private static final Set<String> AFTER_SKIP = Set.of("news", "agency", "newswire", "wire");
  private static final Set<String> CREDIT_VERBS =
      Set.of("reported", "said", "reports", "quoted", "cited", "contributed", "wrote", "learned");

  /** "according to (the) X", "told (the) X", "citing X", "quoting X", "via X". */
  private static boolean creditedBefore(String[] words, int i) {
    int j = i - 1;
    if (j >= 0 && words[j].equalsIgnoreCase("the")) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    String w = words[j].toLowerCase(Locale.ROOT);
    if (w.equals("told") || w.equals("citing") || w.equals("quoting") || w.equals("via")) {
      return true;
    }
    return w.equals("to") && j >= 1 && words[j - 1].equalsIgnoreCase("according");
  }

  /** "X (news agency) reported/said/...". */
  private static boolean creditedAfter(String[] words, int j) {
    while (j < words.length && AFTER_SKIP.contains(words[j].toLowerCase(Locale.ROOT))) {
      j++;
    }
    return j < words.length && CREDIT_VERBS.contains(words[j].toLowerCase(Locale.ROOT));
  }

  /** A word without surrounding punctuation (inner hyphens kept: "Agence France-Presse"). */
  private static String strip(String w) {
    int a = 0;
    int b = w.length();
    while (a < b && !Character.isLetterOrDigit(w.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) {
      b--;
    }
    return w.substring(a, b);
  }

  /** The canonical agency name for an alias in any case, or null. */
  static String canonical(String alias) {
    return alias == null ? null : CANONICAL.get(alias.toLowerCase(Locale.ROOT));
  }

  private static String place(String caps) {
    return caps.strip();
  }
}
