package io.newsline.ingest.clean;

/** STUB until the cleaner lands. */
public final class InvalidRulesException extends IllegalArgumentException {
  public InvalidRulesException(String message) {
    super(message);
  }
}
