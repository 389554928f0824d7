package io.newsline.runtime.deadletter;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/** A record that cannot be deserialized goes to the dead letters; the stage carries on. */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
  private DeadLetters deadLetters;

  @Override
  public void configure(Map<String, ?> configs) {
    deadLetters = DeadLetters.fromConfig(configs);
  }

  @Override
  public Response handleError(
      ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    return Response.resume(
        deadLetters.record("deserialization", record.key(), record.value(), context, exception));
  }
}
