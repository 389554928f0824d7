package io.newsline.ingest.clean;

/** STUB until the cleaner lands. */
public record RawText(String body, String givenTitle, String givenPublisher, String sourceUri) {}
