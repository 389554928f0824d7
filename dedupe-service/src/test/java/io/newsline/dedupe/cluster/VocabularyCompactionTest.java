package io.newsline.dedupe.cluster;

import static io.newsline.dedupe.cluster.Fixtures.HOUR;
import static io.newsline.dedupe.cluster.Fixtures.T0;
import static io.newsline.dedupe.cluster.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The clusterer's vocabularies keep every term ever interned unless it rebuilds them; a long feed
 * of new stories (new names, new figures) would grow them for as long as it runs.
 */
class VocabularyCompactionTest {
  private static final String[] COMMON = {
    "the",
    "said",
    "officials",
    "on",
    "after",
    "police",
    "city",
    "government",
    "people",
    "report",
    "minister",
    "week",
    "were",
    "killed",
    "told",
    "reporters",
    "according",
    "statement"
  };

  /**
   * Six reports of each of {@code stories} stories, two hours apart, each with words of its own.
   */
  private static List<ArticleInput> feed(int stories) {
    List<ArticleInput> feed = new ArrayList<>();
    for (int k = 0; k < stories; k++) {
      Random own = new Random(k);
      String[] words = new String[30];
      for (int w = 0; w < words.length; w++) {
        StringBuilder word = new StringBuilder();
        for (int c = 0; c < 7; c++) {
          word.append((char) ('a' + own.nextInt(26)));
        }
        words[w] = word.toString();
      }
      for (int copy = 0; copy < 6; copy++) {
        Random r = new Random(k * 31L + copy);
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 5; s++) {
          for (int w = 0; w < 12; w++) {
            text.append(
                r.nextInt(10) < 7
                    ? words[r.nextInt(words.length)]
                    : COMMON[r.nextInt(COMMON.length)]);
            text.append(w == 11 ? ". " : " ");
          }
        }
        String title = words[0] + " " + words[1] + " " + words[2];
        feed.add(article("s" + k + "-" + copy, title, text.toString(), T0 + k * 2 * HOUR + copy));
      }
    }
    return feed;
  }

  @Test
  void rebuildingTheIndexesDropsTheTermsOfEvictedEventsAndDecidesTheSame() {
    ClusterConfig config = new ClusterConfig(24 * HOUR); // about twelve stories held at a time
    EventClusterer never = new EventClusterer(config, Integer.MAX_VALUE);
    EventClusterer often = new EventClusterer(config, 500);
    int mostHeld = 0;

    for (ArticleInput a : feed(120)) {
      assertThat(often.evictIdle(a.eventTime()))
          .extracting(EventState::eventId)
          .isEqualTo(never.evictIdle(a.eventTime()).stream().map(EventState::eventId).toList());
      assertThat(often.assign(a)).as(a.articleId()).isEqualTo(never.assign(a));
      mostHeld = Math.max(mostHeld, often.vocabularySize());
      for (EventState e : never.changedEvents()) {
        assertThat(often.event(e.eventId()).toBytes()).isEqualTo(e.toBytes());
      }
    }

    // 120 stories of about 30 words each: the vocabulary that never compacts holds them all
    assertThat(never.vocabularySize()).isGreaterThan(3_000);
    assertThat(mostHeld).isLessThan(never.vocabularySize() / 2);
  }
}
