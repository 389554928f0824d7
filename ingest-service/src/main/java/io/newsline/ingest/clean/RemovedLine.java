package io.newsline.ingest.clean;

/**
 * A line taken out, with the rule or classifier reason that removed it. lineNumber is 1-based in
 * the raw body; text is the normalised line.
 */
public record RemovedLine(int lineNumber, String text, String rule) {}
