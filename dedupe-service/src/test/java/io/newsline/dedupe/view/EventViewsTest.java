package io.newsline.dedupe.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.avro.ArticleRelation;
import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.EventArticle;
import io.newsline.avro.EventEntity;
import io.newsline.avro.EventStatus;
import io.newsline.dedupe.EnrichedArticles;
import io.newsline.dedupe.cluster.Relation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventViewsTest {
  private static final Instant T0 = Instant.parse("2021-09-04T10:00:00Z");

  private final CanonicalEvent founded =
      EventViews.found(
          "evt-a",
          EnrichedArticles.of(
              "a",
              "Taliban ask Russia to carry a message",
              "The Taliban asked the Russian embassy. More followed.",
              T0,
              "TASS",
              "zhirnov",
              "taliban"),
          T0.toEpochMilli());

  @Test
  void theFoundingArticleIsTheRepresentativeOfVersionOne() {
    assertThat(founded.getVersion()).isEqualTo(1);
    assertThat(founded.getStatus()).isEqualTo(EventStatus.ACTIVE);
    assertThat(founded.getHeadline()).isEqualTo("Taliban ask Russia to carry a message");
    assertThat(founded.getArticles())
        .extracting(EventArticle::getRelation)
        .containsExactly(ArticleRelation.REPRESENTATIVE);
    assertThat(founded.getPublishers()).containsExactly("TASS");
    assertThat(founded.getFirstSeen()).isEqualTo(T0);
  }

  @Test
  void joiningAddsAMemberPublisherAndEntityCountsInANewVersion() {
    CanonicalEvent joined =
        EventViews.join(
            founded,
            EnrichedArticles.of(
                "b",
                "Russia relays Taliban signal",
                "Text.",
                T0.plusSeconds(3600),
                "Reuters",
                "zhirnov"),
            Relation.SAME_EVENT,
            0.42,
            T0.plusSeconds(3600).toEpochMilli());

    assertThat(joined.getVersion()).isEqualTo(2);
    assertThat(joined.getArticles())
        .extracting(EventArticle::getArticleId)
        .containsExactly("a", "b");
    assertThat(joined.getArticles().get(1).getSimilarity()).isEqualTo(0.42);
    assertThat(joined.getPublishers()).containsExactly("TASS", "Reuters");
    assertThat(joined.getTopEntities())
        .first()
        .satisfies(
            e -> {
              assertThat(e.getEntityId()).isEqualTo("zhirnov");
              assertThat(e.getArticleCount()).isEqualTo(2);
            });
    assertThat(joined.getLastUpdated()).isEqualTo(T0.plusSeconds(3600));
    assertThat(founded.getVersion()).as("the old version is untouched").isEqualTo(1);
  }

  @Test
  void mergingMovesMembersAndMarksTheLoser() {
    CanonicalEvent other =
        EventViews.found(
            "evt-b",
            EnrichedArticles.of("b", "B", "Text.", T0.minusSeconds(60), null, "taliban"),
            T0.minusSeconds(60).toEpochMilli());

    CanonicalEvent survivor = EventViews.absorb(founded, other, T0.toEpochMilli());
    CanonicalEvent loser = EventViews.mergedInto(other, "evt-a", T0.toEpochMilli());

    assertThat(survivor.getArticles())
        .extracting(EventArticle::getArticleId)
        .containsExactly("a", "b");
    assertThat(survivor.getArticles().get(1).getRelation()).isEqualTo(ArticleRelation.SAME_EVENT);
    assertThat(survivor.getFirstSeen()).isEqualTo(T0.minusSeconds(60));
    assertThat(survivor.getTopEntities())
        .filteredOn(e -> e.getEntityId().equals("taliban"))
        .extracting(EventEntity::getArticleCount)
        .containsExactly(2);
    assertThat(loser.getStatus()).isEqualTo(EventStatus.MERGED_INTO);
    assertThat(loser.getMergedInto()).isEqualTo("evt-a");
    assertThat(loser.getVersion()).isEqualTo(2);
  }

  @Test
  void summaryIsWholeLeadSentences() {
    String text = "First sentence is here. " + "Second one goes on and on. ".repeat(30);

    String summary = EventViews.summary(text);

    assertThat(summary)
        .startsWith("First sentence is here.")
        .endsWith(".")
        .hasSizeLessThanOrEqualTo(EventViews.SUMMARY_CHARS + 30);
  }

  @Test
  void collapsesWhiteSpaceAsTheRegexDid() {
    String alphabet = "ab. \t\n\u000B\f\r\u00A0\u2028\u001C";
    java.util.Random random = new java.util.Random(3);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int j = random.nextInt(12); j > 0; j--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = s.toString();
      assertThat(EventViews.collapseSpaces(text)).isEqualTo(text.replaceAll("\\s+", " "));
    }
  }

  @Test
  void withoutATitleTheHeadlineIsTheFirstSentence() {
    CanonicalEvent event =
        EventViews.found(
            "evt-c",
            EnrichedArticles.of(
                "c", null, "Fighting resumed in Panjshir. Both sides claimed gains.", T0, null),
            T0.toEpochMilli());

    assertThat(event.getHeadline()).isEqualTo("Fighting resumed in Panjshir.");
  }
}
