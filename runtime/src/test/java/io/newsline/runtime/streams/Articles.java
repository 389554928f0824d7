package io.newsline.runtime.streams;

import io.newsline.avro.RawArticle;
import java.time.Instant;

/** Raw articles for runtime tests. */
final class Articles {
  private Articles() {}

  static RawArticle raw(String id, String body) {
    return RawArticle.newBuilder()
        .setId(id)
        .setSourceId("source-" + id)
        .setSourceUri("test://" + id)
        .setReceivedAt(Instant.parse("2021-09-04T12:00:00Z"))
        .setBody(body)
        .build();
  }
}
