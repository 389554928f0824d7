package io.newsline.dedupe.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VocabTest {
  @Test
  void kindsOfTermsAndEntityIds() {
    assertThat(Vocab.kindOf("23")).isEqualTo(Vocab.NUMBER);
    assertThat(Vocab.kindOf("160")).isEqualTo(Vocab.NUMBER);
    assertThat(Vocab.kindOf("2008")).isEqualTo(Vocab.YEAR);
    assertThat(Vocab.kindOf("1997")).isEqualTo(Vocab.YEAR);
    assertThat(Vocab.kindOf("3855")).isEqualTo(Vocab.NUMBER);
    assertThat(Vocab.kindOf("per:b42a2317358ef3c2")).isEqualTo(Vocab.PERSON);
    assertThat(Vocab.kindOf("org:e794638c29578114")).isEqualTo(Vocab.OTHER);
    assertThat(Vocab.kindOf("5")).isEqualTo(Vocab.OTHER);
    assertThat(Vocab.kindOf("20s")).isEqualTo(Vocab.OTHER);
    assertThat(Vocab.kindOf("quake")).isEqualTo(Vocab.OTHER);
  }

  @Test
  void aTermKeepsItsKindThroughGrowth() {
    Vocab v = new Vocab();
    for (int i = 0; i < 3000; i++) {
      v.intern("w" + i);
    }
    int id = v.intern("2013");
    assertThat(v.kind[id]).isEqualTo(Vocab.YEAR);
    assertThat(v.kind[v.intern("w7")]).isEqualTo(Vocab.OTHER);
  }
}
