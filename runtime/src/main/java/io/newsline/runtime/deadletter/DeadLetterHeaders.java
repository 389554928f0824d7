package io.newsline.runtime.deadletter;

import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;

/**
 * Header names on a {@code news.dlq} record. The value and key are the original bytes as read from
 * the source topic; these headers say why and from where.
 */
public final class DeadLetterHeaders {
  /** Human-readable reason, e.g. "empty after cleaning" or a deserializer's message. */
  public static final String REASON = "newsline.reason";

  /** Service that gave up on the record: ingest, enrich or dedupe. */
  public static final String STAGE = "newsline.stage";

  /** What kind of failure: rejected, deserialization, processing, production. */
  public static final String CAUSE = "newsline.cause";

  /** The source value's full size in bytes, when the dead letter carries only its beginning. */
  public static final String TRUNCATED = "newsline.truncated";

  /** Kafka's own (KIP-1034) headers, written on every dead letter too. */
  public static final String SOURCE_TOPIC = ExceptionHandlerUtils.HEADER_ERRORS_TOPIC_NAME;

  public static final String SOURCE_PARTITION = ExceptionHandlerUtils.HEADER_ERRORS_PARTITION_NAME;
  public static final String SOURCE_OFFSET = ExceptionHandlerUtils.HEADER_ERRORS_OFFSET_NAME;
  public static final String EXCEPTION = ExceptionHandlerUtils.HEADER_ERRORS_EXCEPTION_NAME;
  public static final String EXCEPTION_MESSAGE =
      ExceptionHandlerUtils.HEADER_ERRORS_EXCEPTION_MESSAGE_NAME;
  public static final String STACKTRACE = ExceptionHandlerUtils.HEADER_ERRORS_STACKTRACE_NAME;

  private DeadLetterHeaders() {}
}
