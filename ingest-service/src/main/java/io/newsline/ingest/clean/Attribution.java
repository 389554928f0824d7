package io.newsline.ingest.clean;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
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
  // "... TASS News Agency reported", "according to the Associated Press", "told Reuters"
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?:[Aa]ccording to|told|[Cc]iting|[Qq]uoting|[Ss]ource:|[Vv]ia)(?: the)? "
              + ALIAS
              + "\\b|\\b"
              + ALIAS
              + "(?: [Nn]ews [Aa]gency| [Nn]ews| [Aa]gency| [Nn]ewswire)? "
              + "(?:reported|said|reports|quoted|cited|contributed|wrote|learned)");

  private Attribution() {}

  /** A dateline and/or agency found at the start of a paragraph; fields may be null. */
  record Dateline(String place, String agency) {}

  /** The dateline at the start of {@code paragraph}, or null. */
  static Dateline dateline(String paragraph) {
    String head =
        paragraph.length() > DATELINE_PREFIX_CHARS
            ? paragraph.substring(0, DATELINE_PREFIX_CHARS)
            : paragraph;
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

  /** The first agency a paragraph credits ("TASS News Agency reported"), or null. */
  static String creditedAgency(String paragraph) {
    String s =
        paragraph.length() > MAX_ATTRIBUTION_CHARS
            ? paragraph.substring(0, MAX_ATTRIBUTION_CHARS)
            : paragraph;
    Matcher m = CREDIT.matcher(s);
    if (!m.find()) {
      return null;
    }
    return canonical(m.group(1) != null ? m.group(1) : m.group(2));
  }

  /** The canonical agency name for an alias in any case, or null. */
  static String canonical(String alias) {
    return alias == null ? null : CANONICAL.get(alias.toLowerCase(Locale.ROOT));
  }

  /** All canonical agency names. */
  static List<String> agencies() {
    return CANONICAL.values().stream().distinct().sorted().toList();
  }

  private static String place(String caps) {
    return caps.strip();
  }
}
