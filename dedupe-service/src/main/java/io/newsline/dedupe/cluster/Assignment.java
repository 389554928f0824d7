package io.newsline.dedupe.cluster;

import java.util.List;

/**
 * The decision for one article.
 *
 * @param eventId the event the article now belongs to
 * @param relation how it relates to that event
 * @param similarity estimated Jaccard for {@link Relation#NEAR_DUPLICATE}, the match score for
 *     {@link Relation#SAME_EVENT}, 1.0 for {@link Relation#REPRESENTATIVE}
 * @param newEvent whether the article founded the event
 * @param mergedEventIds events folded into eventId by this article (usually empty)
 */
public record Assignment(
    String eventId,
    Relation relation,
    double similarity,
    boolean newEvent,
    List<String> mergedEventIds) {
  public Assignment {
    mergedEventIds = List.copyOf(mergedEventIds);
  }
}
