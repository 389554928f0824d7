package io.newsline.runtime.deadletter;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;

/**
 * An output record that cannot be serialized, or is too large for the broker, goes to the dead
 * letters as the source record's original bytes; the stage carries on. Any other send failure is an
 * infrastructure problem: the stream thread fails and the host's uncaught-exception policy applies
 * (nothing is committed, so nothing is lost).
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
  private DeadLetters deadLetters;

  @Override
  public void configure(Map<String, ?> configs) {
    deadLetters = DeadLetters.fromConfig(configs);
  }

  @Override
  public Response handleError(
      ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
    if (record != null && deadLetters.topic().equals(record.topic())) {
      // The dead letter itself failed: answering with another dead letter would loop forever.
      deadLetters.unwritable(context, exception);
      return Response.resume();
    }
    if (exception instanceof RecordTooLargeException) {
      return Response.resume(
          deadLetters.record(
              "production", context.sourceRawKey(), context.sourceRawValue(), context, exception));
    }
    return Response.fail();
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Response handleSerializationError(
      ErrorHandlerContext context,
      ProducerRecord record,
      Exception exception,
      SerializationExceptionOrigin origin) {
    return Response.resume(
        deadLetters.record(
            "serialization", context.sourceRawKey(), context.sourceRawValue(), context, exception));
  }
}
