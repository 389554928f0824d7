package io.newsline.dedupe.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClusterConfigTest {
  private final ClusterConfig config = ClusterConfig.defaults();

  @Test
  void aOneArticleEventNeedsTheSameEventThreshold() {
    assertThat(config.thresholdFor(1)).isEqualTo(config.sameEventThreshold());
  }

  @Test
  void aLargerEventIsEasierToJoinButNeverBelowTheFloor() {
    assertThat(config.thresholdFor(8)).isLessThan(config.thresholdFor(2));
    assertThat(config.thresholdFor(2)).isLessThan(config.thresholdFor(1));
    assertThat(config.thresholdFor(1_000_000)).isEqualTo(config.minThreshold());
  }
}
