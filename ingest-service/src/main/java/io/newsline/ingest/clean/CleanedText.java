package io.newsline.ingest.clean;

import java.util.List;

/** The cleaner's result. */
public record CleanedText(
    String title,
    String dateline,
    String agency,
    String publisher,
    String language,
    List<String> paragraphs,
    List<RemovedLine> removed) {
  public CleanedText {
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
  }

  /** The paragraphs joined with "\n\n": the clean article body. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
