package io.newsline.ingest.clean;

/** Surface features of one normalised line, computed in a single pass for the line classifier. */
final class LineFeatures {
  /** Stop words are short; longer tokens are not looked up (saves allocation). */
  private static final int MAX_STOP_WORD_CHARS = 10;

  int chars;
  int words;
  int alphaWords;
  int capWords;
  int upperWords;
  int letters;
  int digits;
  int cjk;
  int separators;
  int urlLike;
  int oddChars;
  boolean terminal;
  boolean endsColon;

  /** A token that may name a news agency ("Reuters", "AP"...): worth an attribution search. */
  boolean agencyHint;

  /** Stop-word hits per language, indexed as {@link LanguageDetector#languages()}. */
  final int[] stopHits;

  LineFeatures(int languages) {
    stopHits = new int[languages];
  }

  /** Computes the features of {@code s} and adds its letters to {@code scripts}. */
  static LineFeatures of(String s, LanguageDetector.ScriptCounts scripts) {
    LineFeatures f = new LineFeatures(LanguageDetector.languageCount());
    f.chars = s.length();
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && s.charAt(i) == ' ') {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      while (i < n && s.charAt(i) != ' ') {
        i++;
      }
      f.token(s, start, i);
    }
    scripts.add(s);
    f.terminal = endsTerminal(s);
    char last = s.charAt(n - 1);
    f.endsColon = last == ':';
    return f;
  }

  private void token(String s, int start, int end) {
    words++;
    int a = start;
    int b = end;
    boolean hasLetter = false;
    boolean allUpper = true;
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
        letters++;
        hasLetter = true;
        if (c < 0x80 ? c >= 'a' : Character.isLowerCase(c)) {
          allUpper = false;
        }
        if (c >= 0x2e80 && c < 0xa000 || c >= 0xac00 && c < 0xd7b0) {
          cjk++;
        }
      } else if (c >= '0' && c <= '9' || c >= 0x80 && Character.isDigit(c)) {
        digits++;
      } else if (c == '|' || c == '»' || c == '›' || c == '•' || c == '·' || c == '→' || c == '>'
          || c == '«' || c == '‹') {
        separators++;
      } else if (c == '\ufffd' || Character.isISOControl(c) || c >= 0xe000 && c < 0xf900) {
        oddChars++;
      }
    }
    while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) {
      b--;
    }
    if (end - start >= 4 && looksLikeUrl(s, start, end)) {
      urlLike++;
    }
    if (!hasLetter) {
      return;
    }
    alphaWords++;
    if (Character.isUpperCase(s.charAt(a))) {
      capWords++;
      if (allUpper && b - a > 1) {
        upperWords++;
      }
    }
    if (b - a <= MAX_STOP_WORD_CHARS) {
      int flags = LanguageDetector.WORDS.get(s, a, b);
      if (flags != 0) {
        if ((flags & LanguageDetector.AGENCY_HINT) != 0) {
          agencyHint = true;
          flags &= ~LanguageDetector.AGENCY_HINT;
        }
        while (flags != 0) {
          stopHits[Integer.numberOfTrailingZeros(flags)]++;
          flags &= flags - 1;
        }
      }
    }
  }

  private static boolean looksLikeUrl(String s, int start, int end) {
    String t = s.substring(start, end);
    return t.startsWith("http")
        || t.startsWith("www.")
        || t.indexOf('@') > 0
        || t.contains(".com")
        || t.contains(".org")
        || t.contains(".html")
        || t.contains("/");
  }

  /** Ends in sentence punctuation, possibly followed by closing quotes or brackets. */
  static boolean endsTerminal(String s) {
    int i = s.length() - 1;
    while (i >= 0) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»'
          || c == '*') {
        i--;
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？';
    }
    return false;
  }

  /** Word-like size: CJK text has few spaces, so count two ideographs as one word. */
  int size() {
    return Math.max(words, cjk / 2 + (words - (cjk > 0 ? 1 : 0)));
  }

  double stopRatio(int lang) {
    int hits = lang < 0 ? maxHits() : stopHits[lang];
    return words == 0 ? 0 : (double) hits / words;
  }

  private int maxHits() {
    int m = 0;
    for (int h : stopHits) {
      m = Math.max(m, h);
    }
    return m;
  }

  double capRatio() {
    return alphaWords == 0 ? 0 : (double) capWords / alphaWords;
  }
}
