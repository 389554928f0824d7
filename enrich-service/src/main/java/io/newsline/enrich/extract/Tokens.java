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
      this.text = source.substring(start, end);
      this.lower = text.toLowerCase(Locale.ROOT);
      int first = text.codePointAt(0);
      this.word = Character.isLetterOrDigit(first);
      this.cap = Character.isUpperCase(first) || Character.isTitleCase(first);
      int letters = 0;
      boolean anyLower = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          if (Character.isLowerCase(c)) {
            anyLower = true;
          }
        }
      }
      this.allCaps = letters >= 2 && !anyLower;
    }

    boolean isPunct(char c) {
      return text.length() == 1 && text.charAt(0) == c;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private Tokens() {}

  static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>(Math.max(16, s.length() / 5));
    int n = s.length();
    int i = 0;
    boolean boundary = true;
    while (i < n) {
      int c = s.codePointAt(i);
      int cc = Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b') {
        if (c == '\n' || c == '\r' || c == '\u2029') {
          boundary = true;
        }
        i += cc;
        continue;
      }
      int j;
      if (Character.isLetterOrDigit(c)) {
        j = i + cc;
        boolean dotted = false;
        while (j < n) {
          int d = s.codePointAt(j);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            j += Character.charCount(d);
            continue;
          }
          if ((d == '.' || d == '-' || d == '\'' || d == '’' || d == '&')
              && j + 1 < n
              && Character.isLetterOrDigit(s.codePointAt(j + 1))) {
            if ((d == '\'' || d == '’')
                && (s.charAt(j + 1) == 's' || s.charAt(j + 1) == 'S')
                && (j + 2 >= n || !Character.isLetterOrDigit(s.codePointAt(j + 2)))) {
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
          && (i + 2 >= n || !Character.isLetterOrDigit(s.codePointAt(i + 2)))) {
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
