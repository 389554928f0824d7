package io.newsline.enrich;

import io.newsline.avro.CleanArticle;
import java.time.Instant;

/** Clean articles for enrich tests. */
final class CleanArticles {
  private CleanArticles() {}

  static CleanArticle of(String id, String text) {
    return CleanArticle.newBuilder()
        .setId(id)
        .setSourceId("src-" + id)
        .setSourceUri("test://" + id)
        .setReceivedAt(Instant.parse("2021-09-05T12:00:00Z"))
        .setText(text)
        .setContentHash(Integer.toHexString(text.hashCode()))
        .build();
  }
}
