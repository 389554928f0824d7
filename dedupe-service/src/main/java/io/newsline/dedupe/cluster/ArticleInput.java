package io.newsline.dedupe.cluster;

import java.util.List;

/** STUB until the clusterer lands. */
public record ArticleInput(
    String articleId, String title, String text, List<String> entityIds, long eventTime) {}
