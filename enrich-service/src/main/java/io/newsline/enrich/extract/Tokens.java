package io.newsline.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A fast rule tokenizer with sentence-start marking. Linear in the text length. */
final class Tokens {
  /** Abbreviations whose trailing period belongs to the token and does not end a sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "ltd", "co", "corp", "gen", "col", "lt",
          "sgt", "capt", "gov", "sen", "rep", "prof", "mt", "ft", "no", "vs", "etc", "jan", "feb",
          "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "messrs", "rev",
          "gens", "maj", "adm", "cmdr", "supt", "hon", "bros", "dept", "univ", "est", "approx");

  static final class Token {
    final int start;
    final int end;
    final String text;
    final String lower;

    /** First letter upper or title case. */
    final boolean cap;

    /** At least two letters, all upper case. */
    final boolean allCaps;

    final boolean word;

    /** First token of a sentence, line, quotation or bracket. */
    boolean initial;

    /** {@link WordFlags} of {@link #lower}, looked up on first use (-1 until then). */
    int lexFlags = -1;

    Token(String source, int start, int end) {
      this.start = start;
      this.end = end;
      char only = end - start == 1 ? source.charAt(start) : 0x80;
      if (only < 0x80) {
        // a fifth of all tokens (punctuation, initials, digits): no strings of their own
        this.text = ONE_CHAR[only];
        this.lower = ONE_CHAR[only >= 'A' && only <= 'Z' ? only | 0x20 : only];
      } else {
        this.text = source.substring(start, end);
        this.lower = text.toLowerCase(Locale.ROOT);
      }
      int first = text.codePointAt(0);
      this.word = isLetterOrDigit(first);
      this.cap = first < 0x80 ? first >= 'A' && first <= 'Z' : isCapital(first);
      int letters = 0;
      boolean anyLower = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < 0x80) {
          if (c >= 'a' && c <= 'z') {
            letters++;
            anyLower = true;
          } else if (c >= 'A' && c <= 'Z') {
            letters++;
          }
        } else if (Character.isLetter(c)) {
          letters++;
          if (Character.isLowerCase(c)) {
            anyLower = true;
          }
        }
      }
      this.allCaps = letters >= 2 && !anyLower;
    }

    private static boolean isCapital(int c) {
      return Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    boolean isPunct(char c) {
      return text.length() == 1 && text.charAt(0) == c;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private static final String[] ONE_CHAR = oneCharStrings();

  private Tokens() {}

  private static String[] oneCharStrings() {
    String[] strings = new String[0x80];
    for (char c = 0; c < 0x80; c++) {
      strings[c] = String.valueOf(c);
    }
    return strings;
  }

  // The JDK's tests, with the ASCII answers (nearly every char of English news) first.

  private static boolean isSpace(int c) {
    return c < 0x80
        ? c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F)
        : Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b';
  }

  private static boolean isLetterOrDigit(int c) {
    return c < 0x80
        ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9')
        : Character.isLetterOrDigit(c);
  }

  static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>(Math.max(16, s.length() / 5));
    int n = s.length();
    int i = 0;
    boolean boundary = true;
    while (i < n) {
      int c = s.codePointAt(i);
      int cc = Character.charCount(c);
      if (isSpace(c)) {
        if (c == '\n' || c == '\r' || c == '\u2029') {
          boundary = true;
        }
        i += cc;
        continue;
      }
      int j;
      if (isLetterOrDigit(c)) {
        j = i + cc;
        boolean dotted = false;
        while (j < n) {
          int d = s.codePointAt(j);
          if (isLetterOrDigit(d)
              || (d >= 0x80 && Character.getType(d) == Character.NON_SPACING_MARK)) {
            j += Character.charCount(d);
            continue;
          }
          if ((d == '.' || d == '-' || d == '\'' || d == '’' || d == '&')
              && j + 1 < n
              && isLetterOrDigit(s.codePointAt(j + 1))) {
            if ((d == '\'' || d == '’')
                && (s.charAt(j + 1) == 's' || s.charAt(j + 1) == 'S')
                && (j + 2 >= n || !isLetterOrDigit(s.codePointAt(j + 2)))) {
              break; // possessive
            }
            if (d == '.') {
              dotted = true;
            }
            j++;
            continue;
          }
          break;
        }
        if (j < n && s.charAt(j) == '.') {
          String w = s.substring(i, j);
          if (dotted
              || (w.length() == 1 && Character.isUpperCase(w.charAt(0)))
              || ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT))) {
            j++;
          }
        }
      } else if ((c == '\'' || c == '’')
          && i + 1 < n
          && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
          && (i + 2 >= n || !isLetterOrDigit(s.codePointAt(i + 2)))) {
        j = i + 2;
      } else {
        j = i + cc;
      }
      Token t = new Token(s, i, j);
      t.initial = boundary;
      boundary = endsSentence(t);
      out.add(t);
      i = j;
    }
    return out;
  }

  private static boolean endsSentence(Token t) {
    if (t.text.length() != 1) {
      return false;
    }
    switch (t.text.charAt(0)) {
      case '.':
      case '!':
      case '?':
      case ':':
      case ';':
      case '"':
      case '“':
      case '‘':
      case '(':
      case '[':
      case '—':
      case '–':
      case '|':
      case '•':
      case '*':
      case '>':
        return true;
      default:
        return false;
    }
  }
}
