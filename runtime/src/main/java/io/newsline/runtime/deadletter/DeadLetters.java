package io.newsline.runtime.deadletter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsline.runtime.metrics.MetricNames;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds dead-letter records for the three exception handlers, from their configuration: the
 * dead-letter topic ({@code errors.dead.letter.queue.topic.name}), the stage name ({@link
 * #STAGE_CONFIG}) and the meter registry ({@link #METERS_CONFIG}) the host passes in.
 */
public final class DeadLetters {
  /** Every cause a dead letter can have, the values of its {@code newsline.cause} header. */
  public static final List<String> CAUSES =
      List.of("deserialization", "rejected", "processing", "serialization", "production");

  /** Streams config entry naming the stage, read by the handlers. */
  public static final String STAGE_CONFIG = "newsline.stage";

  /** Streams config entry holding the process's MeterRegistry object. */
  public static final String METERS_CONFIG = "newsline.meters";

  private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

  private final String topic;
  private final String stage;
  private final MeterRegistry meters;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  private DeadLetters(String topic, String stage, MeterRegistry meters) {
    this.topic = topic;
    this.stage = stage;
    this.meters = meters;
  }

  static DeadLetters fromConfig(Map<String, ?> configs) {
    Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
    if (topic == null) {
      throw new IllegalStateException(
          StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG
              + " is not set: newsline never drops a record without a dead letter");
    }
    Object stage = configs.get(STAGE_CONFIG);
    Object meters = configs.get(METERS_CONFIG);
    return new DeadLetters(
        topic.toString(),
        stage == null ? "unknown" : stage.toString(),
        meters instanceof MeterRegistry registry ? registry : null);
  }

  /**
   * The dead letter for a failure: the source record's original bytes, Kafka's KIP-1034 headers
   * (exception, message, stack trace, source topic/partition/offset) and newsline's reason, stage
   * and cause. Also logs and counts it.
   */
  List<ProducerRecord<byte[], byte[]>> record(
      String cause, byte[] key, byte[] value, ErrorHandlerContext context, Exception exception) {
    String reason =
        exception instanceof RecordRejectedException rejected
            ? rejected.reason()
            : exception.getMessage() == null ? exception.toString() : exception.getMessage();
    ProducerRecord<byte[], byte[]> record =
        ExceptionHandlerUtils.buildDeadLetterQueueRecord(topic, key, value, context, exception);
    record.headers().add(DeadLetterHeaders.REASON, bytes(reason));
    record.headers().add(DeadLetterHeaders.STAGE, bytes(stage));
    record.headers().add(DeadLetterHeaders.CAUSE, bytes(cause));
    log.warn(
        "dead letter from {} {}-{}@{} ({}): {}",
        stage,
        context.topic(),
        context.partition(),
        context.offset(),
        cause,
        reason);
    if (meters != null) {
      counters.computeIfAbsent(cause, c -> counter(meters, stage, c)).increment();
    }
    return List.of(record);
  }

  /**
   * The dead-letter counter of one stage and cause (registered at start, so it reads 0, not
   * absent).
   */
  public static Counter counter(MeterRegistry meters, String stage, String cause) {
    return Counter.builder(MetricNames.DEAD_LETTERS)
        .description("Records sent to the dead-letter topic")
        .tag(MetricNames.TAG_SERVICE, stage)
        .tag(MetricNames.TAG_CAUSE, cause)
        .register(meters);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
