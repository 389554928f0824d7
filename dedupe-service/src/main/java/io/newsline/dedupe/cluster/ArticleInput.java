package io.newsline.dedupe.cluster;

import java.util.List;

/**
 * What clustering needs of an article.
 *
 * @param articleId stable article id (the founding article's id names its event)
 * @param title the headline (may be empty)
 * @param text the cleaned body
 * @param entityIds stable ids from upstream enrich (may be empty)
 * @param eventTime epoch millis (publishedAt, else receivedAt)
 */
public record ArticleInput(
    String articleId, String title, String text, List<String> entityIds, long eventTime) {
  public ArticleInput {
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    entityIds = entityIds == null ? List.of() : List.copyOf(entityIds);
  }
}
