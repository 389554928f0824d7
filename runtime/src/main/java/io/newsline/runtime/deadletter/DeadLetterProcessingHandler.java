package io.newsline.runtime.deadletter;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * A record a stage rejects ({@link RecordRejectedException}) or fails on goes to the dead letters
 * with the original source bytes; the stage carries on with the next record. A bug that fails every
 * record shows as a rising {@code newsline_dead_letters_total{cause="processing"}}, not as a
 * stopped service.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
  private DeadLetters deadLetters;

  @Override
  public void configure(Map<String, ?> configs) {
    deadLetters = DeadLetters.fromConfig(configs);
  }

  @Override
  public Response handleError(
      ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    String cause = exception instanceof RecordRejectedException ? "rejected" : "processing";
    return Response.resume(
        deadLetters.record(
            cause, context.sourceRawKey(), context.sourceRawValue(), context, exception));
  }
}
