package io.newsline.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleEndTest {
  private static final ArticleCleaner CLEANER = ArticleCleaner.withDefaultRules();

  private static final List<String> BODY =
      List.of(
          "The city council voted on Tuesday to close the old harbour bridge to lorries from next"
              + " spring, after engineers found corrosion in two of its main supports.",
          "The decision follows months of complaints from residents of the waterfront district, who"
              + " say heavy traffic has shaken their houses and kept them awake at night.",
          "Council officials said a temporary route through the industrial estate would open in"
              + " March and that the repairs could take as long as three years to finish.",
          "Local businesses warned that the diversion would add almost half an hour to deliveries,"
              + " and asked the council to consider opening the bridge at night.",
          "A spokesman for the council said the request would be studied, but that the safety of"
              + " the structure had to come before any commercial concerns in the area.");

  private static final String COMMENT_1 =
      "I drove over that bridge every day for ten years and I always wondered how long it would"
          + " last, so honestly I am not surprised at all.";
  private static final String COMMENT_2 =
      "Again, this is only my opinion, but you would think they could have started the repairs"
          + " years ago when the first cracks appeared.";

  private static CleanedText clean(String... lines) {
    return CLEANER.clean(new RawText(String.join("\n", lines), null, null, null));
  }

  private static String[] with(List<String> head, String... tail) {
    String[] all = new String[head.size() + tail.length];
    for (int i = 0; i < head.size(); i++) {
      all[i] = head.get(i);
    }
    System.arraycopy(tail, 0, all, head.size(), tail.length);
    return all;
  }

  private static String ruleOf(CleanedText out, String text) {
    return out.removed().stream()
        .filter(r -> r.text().equals(text))
        .map(RemovedLine::rule)
        .findFirst()
        .orElse(null);
  }

  @Test
  void readerCommentsAfterACommentHeaderAreDropped() {
    CleanedText out = clean(with(BODY, "14 Comments", "harbourwatcher", COMMENT_1, COMMENT_2));

    assertThat(out.paragraphs()).containsExactlyElementsOf(BODY);
    assertThat(ruleOf(out, COMMENT_1)).isEqualTo(ArticleEnd.AFTER_END);
    assertThat(ruleOf(out, COMMENT_2)).isEqualTo(ArticleEnd.AFTER_END);
    assertThat(out.removed()).extracting(RemovedLine::rule).doesNotContainNull();
  }

  @Test
  void aShortBodyBeforeACommentHeaderIsNotEnoughToCut() {
    CleanedText out = clean(BODY.get(0), BODY.get(1), "Comments", COMMENT_1, COMMENT_2);

    assertThat(out.paragraphs()).contains(COMMENT_1, COMMENT_2);
  }

  @Test
  void teaserTextAfterARelatedStoriesHeaderIsDropped() {
    String teaser =
        "A second bridge upstream has also been closed for inspection, the regional transport"
            + " authority said on Monday, and drivers who use it to reach the ferry terminal have"
            + " been told to expect long queues on the ring road while the work goes on, which"
            + " could last until the end of the summer holidays.";
    CleanedText out =
        clean(
            with(
                BODY,
                "Related Stories",
                "Harbour Ferry Returns After Winter Break",
                "Night Buses Cut Across The Region",
                "Council Tax Rise Approved",
                "Waterfront Market Moves Indoors",
                "New Cycle Lanes For The Old Town",
                "Stadium Plans Go To Public Vote",
                teaser));

    assertThat(out.paragraphs()).containsExactlyElementsOf(BODY);
    assertThat(ruleOf(out, teaser)).isEqualTo(ArticleEnd.AFTER_END);
  }

  @Test
  void anInlineRelatedBoxInsideTheArticleDoesNotEndIt() {
    String more =
        "Work on the replacement deck is expected to start once the council has chosen a"
            + " contractor, which officials hope to do before the end of the year.";
    CleanedText out =
        clean(
            with(
                BODY,
                "Related",
                "Harbour Ferry Returns After Winter Break",
                more,
                "The bridge, which opened in 1911, carries about 9,000 vehicles a day."));

    assertThat(out.paragraphs()).contains(more);
    assertThat(out.removed()).extracting(RemovedLine::rule).doesNotContain(ArticleEnd.AFTER_END);
  }

  @Test
  void aHeaderWithMoreTextAfterThanBeforeIsNotTheEnd() {
    List<String> after = BODY.subList(2, 5);
    CleanedText out =
        clean(
            BODY.get(0),
            BODY.get(1),
            "Most Popular",
            "Harbour Ferry Returns After Winter Break",
            "Night Buses Cut Across The Region",
            "Council Tax Rise Approved",
            "Waterfront Market Moves Indoors",
            "New Cycle Lanes For The Old Town",
            "Stadium Plans Go To Public Vote",
            after.get(0),
            after.get(1),
            after.get(2));

    assertThat(out.paragraphs()).containsAll(after);
  }

  @Test
  void aBlogCommentLineEndsTheArticle() {
    String meta = "Sam Porter on March 3, 2024 at 9:15 pm said:";
    CleanedText out = clean(with(BODY, meta, COMMENT_1, COMMENT_2));

    assertThat(out.paragraphs()).containsExactlyElementsOf(BODY);
    assertThat(ruleOf(out, meta)).isEqualTo(ArticleEnd.AFTER_END);
    assertThat(ruleOf(out, COMMENT_2)).isEqualTo(ArticleEnd.AFTER_END);
  }

  @Test
  void commentMetaNeedsAClockTimeBeforeTheVerb() {
    assertThat(ArticleEnd.commentMeta("Sam Porter on March 3, 2024 at 9:15 pm said:")).isTrue();
    assertThat(ArticleEnd.commentMeta("Jo on 3 March 2024 at 10:02 a.m. wrote:")).isTrue();
    assertThat(ArticleEnd.commentMeta("In a statement on Monday, the mayor said:")).isFalse();
    assertThat(ArticleEnd.commentMeta("At 9 am the mayor said:")).isFalse();
    assertThat(ArticleEnd.commentMeta("The mayor said: we will rebuild at 9 am")).isFalse();
  }
}
