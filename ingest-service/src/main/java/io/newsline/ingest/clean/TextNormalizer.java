package io.newsline.ingest.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Splits a raw body into lines and normalises each: NFC, whitespace collapsed, trimmed. */
final class TextNormalizer {
  private TextNormalizer() {}

  /** One raw line after normalisation; {@code number} is 1-based in the raw body. */
  record Line(int number, String text) {}

  /** The non-blank lines of {@code body}, normalised, with their raw line numbers. */
  static List<Line> lines(String body) {
    List<Line> out = new ArrayList<>();
    int n = body.length();
    if (body.indexOf('\r') < 0) {
      // The common case: only \n ends lines, and indexOf finds it faster than a char loop.
      int number = 1;
      for (int start = 0; start <= n; number++) {
        int end = body.indexOf('\n', start);
        if (end < 0) {
          end = n;
        }
        String text = normalize(body, start, end);
        if (!text.isEmpty()) {
          out.add(new Line(number, text));
        }
        start = end + 1;
      }
      return out;
    }
    int start = 0;
    int number = 1;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? body.charAt(i) : '\n';
      if (c != '\n' && c != '\r') {
        continue;
      }
      String text = normalize(body, start, i);
      if (!text.isEmpty()) {
        out.add(new Line(number, text));
      }
      if (c == '\r' && i + 1 < n && body.charAt(i + 1) == '\n') {
        i++;
      }
      start = i + 1;
      number++;
    }
    return out;
  }

  /** NFC; whitespace, control and format runs collapsed to one space; trimmed. */
  static String normalize(String s, int from, int to) {
    if (isClean(s, from, to)) {
      return s.substring(from, to); // the common case: one copy, no builder
    }
    StringBuilder sb = null;
    boolean nfcSafe = true;
    boolean pendingSpace = false;
    int len = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 0x300 && (c < 0x2000 || c >= 0x2070)) {
        nfcSafe = false; // may compose or decompose; below U+0300 and punctuation never do
      }
      if (isSpace(c)) {
        pendingSpace = len > 0;
        continue;
      }
      if (isInvisible(c)) {
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(to - i);
      }
      if (pendingSpace) {
        sb.append(' ');
        pendingSpace = false;
      }
      sb.append(c);
      len++;
    }
    if (sb == null) {
      return "";
    }
    String out = sb.toString();
    if (!nfcSafe && !Normalizer.isNormalized(out, Normalizer.Form.NFC)) {
      out = Normalizer.normalize(out, Normalizer.Form.NFC);
    }
    return out;
  }

  /** True when [from, to) is already trimmed, single-spaced, visible and NFC-safe. */
  private static boolean isClean(String s, int from, int to) {
    if (from >= to || s.charAt(from) == ' ' || s.charAt(to - 1) == ' ') {
      return false;
    }
    char prev = 'x';
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (prev == ' ') {
          return false;
        }
      } else if (c < ' ' || c >= 0x7f && (c < 0xa1 || c >= 0x300) && (c < 0x2010 || c > 0x2027)) {
        return false; // controls, NBSP, soft hyphen, combining marks...: take the slow path
      }
      prev = c;
    }
    return true;
  }

  private static boolean isSpace(char c) {
    if (c <= ' ') {
      return true; // ASCII space and all C0 controls (tabs, NUL, form feed...)
    }
    if (c < 0x7f) {
      return false;
    }
    return c <= 0x9f || Character.isSpaceChar(c) || Character.isWhitespace(c);
  }

  /** Zero-width and soft-hyphen characters that carry no text. */
  private static boolean isInvisible(char c) {
    return c == '\u200b'
        || c == '\u2060'
        || c == '\ufeff'
        || c == '\u00ad'
        || c == '\u200e'
        || c == '\u200f';
  }
}
