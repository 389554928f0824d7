package io.newsline.ingest.clean;

/**
 * What the cleaner gets: the raw body plus what the source already told us (each nullable except
 * body).
 */
public record RawText(String body, String givenTitle, String givenPublisher, String sourceUri) {
  public RawText {
    if (body == null) {
      throw new IllegalArgumentException("body must not be null");
    }
  }
}
