package io.newsline.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommitPacerTest {
  private static final long NOW = 1_000_000;
  private final CommitPacer pacer = new CommitPacer(1000);

  @Test
  void aServiceThatKeepsUpAsksForACommit() {
    pacer.processed(NOW - 40);

    assertThat(pacer.commitDue(NOW)).isTrue();
  }

  @Test
  void aServiceThatIsBehindLeavesCommitsToTheInterval() {
    pacer.processed(NOW - 5_000);
    pacer.processed(NOW - 1_000);

    assertThat(pacer.commitDue(NOW)).isFalse();
  }

  @Test
  void theNewestRecordSinceTheLastCheckDecides() {
    pacer.processed(NOW - 5_000);
    pacer.processed(NOW - 10);
    pacer.processed(NOW - 3_000);

    assertThat(pacer.commitDue(NOW)).isTrue();
  }

  @Test
  void nothingProcessedSinceTheLastCheckAsksForNothing() {
    pacer.processed(NOW - 10);
    assertThat(pacer.commitDue(NOW)).isTrue();

    assertThat(pacer.commitDue(NOW + 25)).as("the window starts again at each check").isFalse();
  }

  @Test
  void aRecordStampedInTheFutureCountsAsLive() {
    pacer.processed(NOW + 60_000);

    assertThat(pacer.commitDue(NOW)).isTrue();
  }

  @Test
  void theBoundMustBePositive() {
    assertThatThrownBy(() -> new CommitPacer(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
