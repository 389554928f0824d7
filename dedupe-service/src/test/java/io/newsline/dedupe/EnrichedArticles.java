package io.newsline.dedupe;

import io.newsline.avro.CleanArticle;
import io.newsline.avro.EnrichedArticle;
import io.newsline.avro.Entity;
import io.newsline.avro.EntityType;
import java.time.Instant;
import java.util.List;

/** Enriched articles for dedupe tests. */
public final class EnrichedArticles {
  private EnrichedArticles() {}

  public static EnrichedArticle of(
      String id,
      String title,
      String text,
      Instant published,
      String publisher,
      String... entityIds) {
    CleanArticle clean =
        CleanArticle.newBuilder()
            .setId(id)
            .setSourceId("src-" + id)
            .setSourceUri("test://" + id)
            .setTitle(title)
            .setPublisher(publisher)
            .setPublishedAt(published)
            .setReceivedAt(published.plusSeconds(60))
            .setText(text)
            .setContentHash(Integer.toHexString(text.hashCode()))
            .build();
    List<Entity> entities =
        java.util.Arrays.stream(entityIds)
            .map(
                e ->
                    Entity.newBuilder()
                        .setEntityId(e)
                        .setName(e)
                        .setType(EntityType.PERSON)
                        .setMentions(List.of())
                        .setCount(1)
                        .setSalience(0.5)
                        .build())
            .toList();
    return EnrichedArticle.newBuilder()
        .setArticle(clean)
        .setEntities(entities)
        .setKeywords(List.of())
        .build();
  }
}
