package io.newsline.ingest.clean;

import java.util.List;

/** STUB until the cleaner lands. */
public record CleanedText(
    String title,
    String dateline,
    String agency,
    String publisher,
    String language,
    List<String> paragraphs,
    List<RemovedLine> removed) {
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
