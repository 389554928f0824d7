package io.newsline.runtime.streams;

import io.newsline.runtime.deadletter.RecordRejectedException;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Rejects an input record without a value. The pipeline's article topics carry no deletes, so such
 * a record is a tombstone someone wrote by mistake or a producer's bug: it becomes a dead letter
 * that says so, not a NullPointerException inside the stage. Placed by {@link
 * ServiceContext#stream}.
 */
final class RejectTombstones<K, V> implements FixedKeyProcessor<K, V, V> {
  static final String REASON =
      "a record without a value (a tombstone): this topic carries articles, not deletes";

  private FixedKeyProcessorContext<K, V> context;

  @Override
  public void init(FixedKeyProcessorContext<K, V> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<K, V> record) {
    if (record.value() == null) {
      throw new RecordRejectedException(REASON);
    }
    context.forward(record);
  }
}
