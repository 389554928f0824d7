package io.newsline.enrich.extract;

import java.util.Objects;

/**
 * One entity mention in a text.
 *
 * @param start Unicode code point offset of the first character, inclusive
 * @param end Unicode code point offset after the last character, exclusive
 * @param text the covered text
 * @param kind the entity type
 */
public record Mention(int start, int end, String text, EntityKind kind) {
  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
