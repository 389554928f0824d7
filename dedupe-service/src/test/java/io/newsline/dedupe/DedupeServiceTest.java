package io.newsline.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DedupeServiceTest {
  @Test
  void theBoundOnArticlesHeldIsTheSettingOrFollowsTheHeap() {
    assertThat(DedupeService.maxArticles(5_000, 512L << 20)).isEqualTo(5_000);
    assertThat(DedupeService.maxArticles(0, 512L << 20)).isEqualTo(16_384);
    assertThat(DedupeService.maxArticles(0, 4L << 30)).isEqualTo(131_072);
  }
}
