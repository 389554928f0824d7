package io.newsline.ingest.clean;

/**
 * Lower-casing one char at a time, as {@code String.toLowerCase(Locale.ROOT)} does for every char
 * that {@link #lowersAlone} accepts: lets the hot loops compare lines case-insensitively without a
 * lower-cased copy.
 */
final class CharCase {
  private CharCase() {}

  /** {@code c} lower-cased; ASCII without a call to Character. */
  static char lower(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
    }
    return Character.toLowerCase(c);
  }

  /**
   * False for the chars {@code String.toLowerCase(Locale.ROOT)} does not lower on their own: İ (two
   * chars), Σ (σ or ς by context) and surrogates (lowered as a pair).
   */
  static boolean lowersAlone(char c) {
    return c != '\u0130' && c != '\u03a3' && !Character.isSurrogate(c);
  }
}
