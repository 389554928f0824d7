package io.newsline.ingest.clean;

/**
 * A rule file is refused at start with a message naming the file and the 1-based line number and
 * why.
 */
public final class InvalidRulesException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int lineNumber;

  public InvalidRulesException(String source, int lineNumber, String reason) {
    super(source + ":" + lineNumber + ": " + reason);
    this.source = source;
    this.lineNumber = lineNumber;
  }

  /** The rule file's name as given to the parser. */
  public String source() {
    return source;
  }

  /** The 1-based line of the offending rule (0 when the whole file is at fault). */
  public int lineNumber() {
    return lineNumber;
  }
}
