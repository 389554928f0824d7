package io.newsline.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenLinesTest {
  @Test
  void aLineIsNewOnceThenARepeat() {
    SeenLines seen = new SeenLines();
    assertThat(seen.add("The Taliban asked Russia.")).isTrue();
    assertThat(seen.add("The Taliban asked Russia")).isTrue();
    assertThat(seen.add("the Taliban asked Russia.")).isTrue();
    assertThat(seen.add(new String("The Taliban asked Russia."))).isFalse();
  }

  @Test
  void findsRepeatsPastTheSwitchToAHashSet() {
    SeenLines seen = new SeenLines();
    for (int i = 0; i < 3 * SeenLines.FEW; i++) {
      assertThat(seen.add("paragraph " + i)).isTrue();
    }
    for (int i = 0; i < 3 * SeenLines.FEW; i++) {
      assertThat(seen.add("paragraph " + i)).as("repeat of %d", i).isFalse();
    }
  }
}
