package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedTest {
  @Test
  void aPerfectClusteringScoresOne() {
    BCubed score =
        BCubed.score(Map.of("a", 1, "b", 1, "c", 2), Map.of("a", "x", "b", "x", "c", "y"));

    assertThat(score.f1()).isEqualTo(1.0);
  }

  @Test
  void overMergingCostsPrecisionAndSplittingCostsRecall() {
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y", "d", "y");

    BCubed merged = BCubed.score(Map.of("a", 1, "b", 1, "c", 1, "d", 1), gold);
    BCubed split = BCubed.score(Map.of("a", 1, "b", 2, "c", 3, "d", 4), gold);

    assertThat(merged.precision()).isEqualTo(0.5);
    assertThat(merged.recall()).isEqualTo(1.0);
    assertThat(split.precision()).isEqualTo(1.0);
    assertThat(split.recall()).isEqualTo(0.5);
    assertThat(split.f1()).isCloseTo(2 / 3.0, within(1e-9));
  }

  @Test
  void itemsInNoClusterAreSingletons() {
    BCubed score = BCubed.score(Map.of("a", 1), Map.of("a", "x", "b", "x"));

    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(0.5);
  }
}
