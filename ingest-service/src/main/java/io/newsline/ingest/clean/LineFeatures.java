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
    return of(s.toCharArray(), s.length(), scripts);
  }

  /**
   * As {@link #of(String, LanguageDetector.ScriptCounts)} on the non-empty line {@code cs[0, n)}:
   * the per-char loops read a plain array.
   */
  static LineFeatures of(char[] cs, int n, LanguageDetector.ScriptCounts scripts) {
    LineFeatures f = new LineFeatures(LanguageDetector.languageCount());
    f.chars = n;
    int i = 0;
    while (i < n) {
      while (i < n && cs[i] == ' ') {
        i++;
      }
      if (i >= n) {
        break;
      }
      i = f.token(cs, n, i, scripts);
    }
    f.terminal = endsTerminal(cs, n);
    f.endsColon = cs[n - 1] == ':';
    return f;
  }

  /**
   * The number of space-separated tokens of {@code s}: {@link #words} without the other features.
   */
  static int countWords(String s) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = s.charAt(i) == ' ';
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  /**
   * The token starting at {@code start} (not a space) and running to the next space or the end: one
   * pass over its chars, which also finds its end, ASCII handled without Character calls, counts
   * kept in locals and added to the fields once. Returns the token's end.
   */
  private int token(char[] s, int n, int start, LanguageDetector.ScriptCounts scripts) {
    words++;
    int a = -1; // first letter or digit
    int b = start; // after the last letter or digit
    int asciiLetters = 0;
    int otherLetters = 0;
    int digitCount = 0;
    boolean allUpper = true;
    boolean maybeUrl = false; // has '.', '/' or an inner '@': worth the URL test
    int hash = 0; // WordTable's hash of s[a, k), so the stop-word lookup needs no second pass
    int hashToB = 0; // ... of s[a, b)
    int k = start;
    for (; k < n; k++) {
      char c = s[k];
      // A lower-case ASCII letter, most chars of a text: what the general path below does for it,
      // in fewer tests.
      if (c >= 'a' && c <= 'z') {
        asciiLetters++;
        allUpper = false;
        hash = a >= 0 ? WordTable.stepLowerCase(hash, c) : WordTable.stepLowerCase(0, c);
        if (a < 0) {
          a = k;
        }
        b = k + 1;
        hashToB = hash;
        continue;
      }
      if (c == ' ') {
        break;
      }
      if (a >= 0) {
        hash = WordTable.step(hash, c);
      }
      if (c < 0x80) {
        int lc = c | 0x20;
        if (lc >= 'a' && lc <= 'z') {
          asciiLetters++;
          allUpper &= c < 'a';
        } else if (c >= '0' && c <= '9') {
          digitCount++;
        } else {
          if (c == '|' || c == '>') {
            separators++;
          } else if (c < ' ' || c == 0x7f) {
            oddChars++;
          } else if (c == '.' || c == '/' || c == '@' && k > start) {
            maybeUrl = true;
          }
          continue;
        }
      } else {
        scripts.add(c);
        if (Character.isLetter(c)) {
          otherLetters++;
          if (Character.isLowerCase(c)) {
            allUpper = false;
          }
          if (c >= 0x2e80 && c < 0xa000 || c >= 0xac00 && c < 0xd7b0) {
            cjk++;
          }
        } else if (Character.isDigit(c)) {
          digitCount++;
        } else {
          if (c == '»' || c == '›' || c == '•' || c == '·' || c == '→' || c == '«' || c == '‹') {
            separators++;
          } else if (c == '\ufffd' || Character.isISOControl(c) || c >= 0xe000 && c < 0xf900) {
            oddChars++;
          }
          continue;
        }
      }
      if (a < 0) {
        a = k;
        hash = WordTable.step(0, c);
      }
      b = k + 1;
      hashToB = hash;
    }
    int end = k;
    letters += asciiLetters + otherLetters;
    scripts.latin += asciiLetters;
    digits += digitCount;
    boolean hasLetter = asciiLetters + otherLetters > 0;
    if (end - start >= 4 && looksLikeUrl(s, start, end, maybeUrl)) {
      urlLike++;
    }
    if (!hasLetter) {
      return end;
    }
    alphaWords++;
    char first = s[a];
    if (first < 0x80 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first)) {
      capWords++;
      if (allUpper && b - a > 1) {
        upperWords++;
      }
    }
    if (b - a <= MAX_STOP_WORD_CHARS) {
      int flags = LanguageDetector.WORDS.get(s, a, b, hashToB);
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
    return end;
  }

  /**
   * Starts with "http" or "www.", has an inner '@', ".com", ".org", ".html" or a '/'. Without a
   * '.', '/' or inner '@' ({@code maybeUrl} false) only the prefixes can make it one.
   */
  private static boolean looksLikeUrl(char[] s, int start, int end, boolean maybeUrl) {
    if (startsWith(s, start, end, "http") || startsWith(s, start, end, "www.")) {
      return true;
    }
    if (!maybeUrl) {
      return false;
    }
    for (int k = start; k < end; k++) {
      char c = s[k];
      if (c == '/' || c == '@' && k > start) {
        return true;
      }
      if (c == '.'
          && (startsWith(s, k, end, ".com")
              || startsWith(s, k, end, ".org")
              || startsWith(s, k, end, ".html"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s[at, end)} starts with {@code prefix}. */
  private static boolean startsWith(char[] s, int at, int end, String prefix) {
    if (end - at < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (s[at + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Ends in sentence punctuation, possibly followed by closing quotes or brackets. */
  static boolean endsTerminal(String s) {
    return endsTerminal(s.toCharArray(), s.length());
  }

  private static boolean endsTerminal(char[] s, int n) {
    int i = n - 1;
    while (i >= 0) {
      char c = s[i];
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
