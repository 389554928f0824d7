package io.newsline.ingest.clean;

/**
 * Thrown inside the prefilter's regex readers ({@link LiteralPrefixes}, {@link LastChars}) at
 * syntax they do not interpret; they then claim nothing about the rule, which always runs on RE2/J.
 * Control flow only: no message, no stack trace.
 */
final class UnreadableRegex extends Exception {
  private static final long serialVersionUID = 1L;

  UnreadableRegex() {
    super(null, null, false, false);
  }
}
