package io.newsline.runtime.streams;

import io.micrometer.core.instrument.Counter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * newsline's uncaught-exception policy. Bad records never get here (the dead-letter handlers take
 * them), so an uncaught exception means the infrastructure failed or a bug hit every record. The
 * failed stream thread is replaced, which retries from the last committed offsets with nothing
 * lost; but more than {@link #MAX_REPLACEMENTS} failures within {@link #WINDOW} stop the service
 * (SHUTDOWN_CLIENT), so /health/live turns 503 and the process exits non-zero for its supervisor to
 * restart, rather than spinning.
 */
public final class ThreadReplacementPolicy implements StreamsUncaughtExceptionHandler {
  static final int MAX_REPLACEMENTS = 5;
  static final Duration WINDOW = Duration.ofMinutes(10);

  private static final Logger log = LoggerFactory.getLogger(ThreadReplacementPolicy.class);

  private final String service;
  private final Counter replaced;
  private final Clock clock;
  private final Deque<Long> failures = new ArrayDeque<>();

  public ThreadReplacementPolicy(String service, Counter replaced, Clock clock) {
    this.service = service;
    this.replaced = replaced;
    this.clock = clock;
  }

  @Override
  public synchronized StreamThreadExceptionResponse handle(Throwable exception) {
    long now = clock.millis();
    failures.addLast(now);
    while (!failures.isEmpty() && failures.peekFirst() < now - WINDOW.toMillis()) {
      failures.removeFirst();
    }
    if (failures.size() > MAX_REPLACEMENTS) {
      log.error(
          "{}: {} stream-thread failures within {}; stopping the service",
          service,
          failures.size(),
          WINDOW,
          exception);
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }
    log.error("{}: stream thread failed; replacing it", service, exception);
    replaced.increment();
    return StreamThreadExceptionResponse.REPLACE_THREAD;
  }
}
