package io.newsline.enrich.resolve;

import io.newsline.enrich.extract.Mention;
import java.util.List;
import java.util.Objects;

/** One entity of one article, with its mentions in text order. */
public record ResolvedEntity(KnownEntity entity, List<Mention> mentions) {
  public ResolvedEntity {
    Objects.requireNonNull(entity, "entity");
    mentions = List.copyOf(mentions);
  }
}
