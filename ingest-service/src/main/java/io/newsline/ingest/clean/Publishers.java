package io.newsline.ingest.clean;

import java.util.Locale;
import java.util.Map;

/** Derives a publisher name from a source URI's host, for the sites newsline knows. */
final class Publishers {
  private static final Map<String, String> BY_DOMAIN =
      Map.ofEntries(
          Map.entry("straitstimes.com", "The Straits Times"),
          Map.entry("reuters.com", "Reuters"),
          Map.entry("apnews.com", "AP"),
          Map.entry("afp.com", "AFP"),
          Map.entry("tass.com", "TASS"),
          Map.entry("tass.ru", "TASS"),
          Map.entry("aa.com.tr", "Anadolu Agency"),
          Map.entry("xinhuanet.com", "Xinhua"),
          Map.entry("bbc.co.uk", "BBC"),
          Map.entry("bbc.com", "BBC"),
          Map.entry("theguardian.com", "The Guardian"),
          Map.entry("nytimes.com", "The New York Times"),
          Map.entry("washingtonpost.com", "The Washington Post"),
          Map.entry("wsj.com", "The Wall Street Journal"),
          Map.entry("cnn.com", "CNN"),
          Map.entry("aljazeera.com", "Al Jazeera"),
          Map.entry("trtworld.com", "TRT World"),
          Map.entry("dw.com", "DW"),
          Map.entry("france24.com", "France 24"),
          Map.entry("ndtv.com", "NDTV"),
          Map.entry("hindustantimes.com", "Hindustan Times"),
          Map.entry("indiatimes.com", "The Times of India"),
          Map.entry("indianexpress.com", "The Indian Express"),
          Map.entry("news18.com", "News18"),
          Map.entry("dawn.com", "Dawn"),
          Map.entry("tolonews.com", "TOLOnews"),
          Map.entry("thehill.com", "The Hill"),
          Map.entry("politico.com", "Politico"),
          Map.entry("bloomberg.com", "Bloomberg"),
          Map.entry("ft.com", "Financial Times"),
          Map.entry("economist.com", "The Economist"),
          Map.entry("npr.org", "NPR"),
          Map.entry("foxnews.com", "Fox News"),
          Map.entry("nbcnews.com", "NBC News"),
          Map.entry("cbsnews.com", "CBS News"),
          Map.entry("abcnews.go.com", "ABC News"),
          Map.entry("usatoday.com", "USA Today"),
          Map.entry("latimes.com", "Los Angeles Times"),
          Map.entry("independent.co.uk", "The Independent"),
          Map.entry("telegraph.co.uk", "The Telegraph"),
          Map.entry("scmp.com", "South China Morning Post"),
          Map.entry("japantimes.co.jp", "The Japan Times"),
          Map.entry("rt.com", "RT"),
          Map.entry("lemonde.fr", "Le Monde"),
          Map.entry("spiegel.de", "Der Spiegel"));

  private Publishers() {}

  /** The publisher for {@code uri}'s host or any parent domain of it, or null. */
  static String fromUri(String uri) {
    String host = host(uri);
    while (host != null && !host.isEmpty()) {
      String name = BY_DOMAIN.get(host);
      if (name != null) {
        return name;
      }
      int dot = host.indexOf('.');
      host = dot < 0 ? null : host.substring(dot + 1);
    }
    return null;
  }

  /** The lower-cased host of a URI-ish string (tolerant: no java.net.URI exceptions), or null. */
  static String host(String uri) {
    if (uri == null || uri.length() > 4096) {
      return null;
    }
    String s = uri.strip();
    int scheme = s.indexOf("://");
    if (scheme >= 0) {
      s = s.substring(scheme + 3);
    }
    int end = s.length();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        end = i;
        break;
      }
    }
    s = s.substring(0, end);
    int at = s.lastIndexOf('@');
    if (at >= 0) {
      s = s.substring(at + 1);
    }
    int colon = s.indexOf(':');
    if (colon >= 0) {
      s = s.substring(0, colon);
    }
    s = s.toLowerCase(Locale.ROOT);
    if (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.isEmpty() ? null : s;
  }
}
