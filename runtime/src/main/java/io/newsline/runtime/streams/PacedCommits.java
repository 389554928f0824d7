package io.newsline.runtime.streams;

import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Passes records through unchanged and asks for a commit every {@code interval} of wall-clock time
 * while the {@link CommitPacer} says the service keeps up. Placed by {@link ServiceContext#stream}.
 *
 * <p>The pacing is per stream thread, not per task: under exactly-once v2 a commit commits every
 * task of the thread in one transaction, so a service with three input partitions would otherwise
 * commit up to three times per interval (a run at 200 articles/s measured ingest's and enrich's
 * hops three to four times slower that way). Every task notes its records in the thread's pacer;
 * the punctuation of one of them, the thread's first, applies it.
 */
final class PacedCommits<K, V> implements FixedKeyProcessor<K, V, V> {
  /** A stream thread's pacer and the task whose punctuation applies it. */
  static final class ThreadPacing {
    private final CommitPacer pacer;
    private TaskId owner;

    ThreadPacing(long behindMs) {
      this.pacer = new CommitPacer(behindMs);
    }
  }

  private final Duration interval;
  private final ThreadLocal<ThreadPacing> pacing;
  private FixedKeyProcessorContext<K, V> context;

  PacedCommits(Duration interval, ThreadLocal<ThreadPacing> pacing) {
    this.interval = interval;
    this.pacing = pacing;
  }

  @Override
  public void init(FixedKeyProcessorContext<K, V> context) {
    this.context = context;
    context.schedule(interval, PunctuationType.WALL_CLOCK_TIME, this::punctuate);
  }

  private void punctuate(long now) {
    ThreadPacing thread = pacing.get();
    if (thread.owner == null) {
      thread.owner = context.taskId();
    }
    if (thread.owner.equals(context.taskId()) && thread.pacer.commitDue(now)) {
      context.commit();
    }
  }

  @Override
  public void process(FixedKeyRecord<K, V> record) {
    pacing.get().pacer.processed(record.timestamp());
    context.forward(record);
  }

  @Override
  public void close() {
    ThreadPacing thread = pacing.get();
    if (context.taskId().equals(thread.owner)) {
      thread.owner = null;
    }
  }
}
