package io.newsline.runtime.streams;

import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ThreadReplacementPolicyTest {
  private final Counter replaced = new SimpleMeterRegistry().counter("replaced");

  @Test
  void replacesAFailedThreadAndCountsIt() {
    ThreadReplacementPolicy policy = policyAt(Instant.EPOCH);

    assertThat(policy.handle(new IllegalStateException("broker gone"))).isEqualTo(REPLACE_THREAD);
    assertThat(replaced.count()).isEqualTo(1);
  }

  @Test
  void stopsTheServiceWhenThreadsKeepFailing() {
    ThreadReplacementPolicy policy = policyAt(Instant.EPOCH);
    for (int i = 0; i < ThreadReplacementPolicy.MAX_REPLACEMENTS; i++) {
      assertThat(policy.handle(new IllegalStateException())).isEqualTo(REPLACE_THREAD);
    }

    assertThat(policy.handle(new IllegalStateException())).isEqualTo(SHUTDOWN_CLIENT);
  }

  @Test
  void failuresOutsideTheWindowAreForgotten() {
    MutableClock clock = new MutableClock();
    ThreadReplacementPolicy policy = new ThreadReplacementPolicy("test", replaced, clock);
    for (int i = 0; i < ThreadReplacementPolicy.MAX_REPLACEMENTS; i++) {
      policy.handle(new IllegalStateException());
    }
    clock.now = clock.now.plus(ThreadReplacementPolicy.WINDOW).plus(Duration.ofSeconds(1));

    assertThat(policy.handle(new IllegalStateException())).isEqualTo(REPLACE_THREAD);
  }

  private ThreadReplacementPolicy policyAt(Instant instant) {
    return new ThreadReplacementPolicy("test", replaced, Clock.fixed(instant, ZoneOffset.UTC));
  }

  private static final class MutableClock extends Clock {
    Instant now = Instant.EPOCH;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
