package io.newsline.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.avro.CleanArticle;
import io.newsline.avro.EnrichedArticle;
import io.newsline.avro.RemovedLine;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DedupeStageTest {
  private static final Instant T0 = Instant.parse("2021-09-04T10:00:00Z");

  private static EnrichedArticle withJunk() {
    EnrichedArticle article =
        EnrichedArticles.of(
            "a",
            "Taliban ask Russia",
            "The Taliban asked the Russian embassy to carry a message.",
            T0,
            "TASS",
            "per-zhirnov");
    article
        .getArticle()
        .setRemovedLines(List.of(new RemovedLine(3, "Advertisement", "advertisement")));
    return article;
  }

  @Test
  void theClusteringCopyDropsOnlyParagraphsAndRemovedLines() {
    EnrichedArticle article = withJunk();

    EnrichedArticle slim = DedupeStage.forClustering(article);

    CleanArticle expected =
        CleanArticle.newBuilder(article.getArticle())
            .setParagraphs(List.of())
            .setRemovedLines(List.of())
            .build();
    assertThat(slim.getArticle()).isEqualTo(expected);
    assertThat(slim.getEntities()).isEqualTo(article.getEntities());
    assertThat(slim.getKeywords()).isEqualTo(article.getKeywords());
    assertThat(DedupeStage.clusterInput(slim)).isEqualTo(DedupeStage.clusterInput(article));
  }

  @Test
  void theClusteringCopyLeavesTheInputAsItWas() {
    EnrichedArticle article = withJunk();

    DedupeStage.forClustering(article);

    assertThat(article.getArticle().getParagraphs()).hasSize(1);
    assertThat(article.getArticle().getRemovedLines()).hasSize(1);
  }
}
