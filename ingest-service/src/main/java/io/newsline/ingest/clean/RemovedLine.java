package io.newsline.ingest.clean;

/** STUB until the cleaner lands. */
public record RemovedLine(int lineNumber, String text, String rule) {}
