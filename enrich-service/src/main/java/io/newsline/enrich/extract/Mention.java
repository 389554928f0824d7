package io.newsline.enrich.extract;

/** STUB until the extractor lands. */
public record Mention(int start, int end, String text, EntityKind kind) {}
