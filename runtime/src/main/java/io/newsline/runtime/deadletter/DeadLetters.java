package io.newsline.runtime.deadletter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsline.runtime.metrics.MetricNames;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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

  /**
   * Largest source value a dead letter carries whole. A larger one (a 5 MB body rejected as
   * oversized) is cut to this length, with its full size in {@link DeadLetterHeaders#TRUNCATED}: a
   * dead letter must always fit the producer's and the broker's record limits (1 MB by default),
   * and the untouched original stays on its source topic at the offset the headers name.
   */
  public static final int MAX_VALUE_BYTES = 256 * 1024;

  private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
  private static final int LOGGED_IN_FULL = 20;

  private final String topic;
  private final String stage;
  private final MeterRegistry meters;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> logged = new ConcurrentHashMap<>();

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
    boolean truncated = value != null && value.length > MAX_VALUE_BYTES;
    byte[] kept = truncated ? Arrays.copyOf(value, MAX_VALUE_BYTES) : value;
    ProducerRecord<byte[], byte[]> record =
        ExceptionHandlerUtils.buildDeadLetterQueueRecord(topic, key, kept, context, exception);
    if (truncated) {
      record.headers().add(DeadLetterHeaders.TRUNCATED, bytes(Integer.toString(value.length)));
    }
    record.headers().add(DeadLetterHeaders.REASON, bytes(reason));
    record.headers().add(DeadLetterHeaders.STAGE, bytes(stage));
    record.headers().add(DeadLetterHeaders.CAUSE, bytes(cause));
    long count = logged.computeIfAbsent(cause, c -> new AtomicLong()).incrementAndGet();
    // A flood of bad input must not become a flood of log lines: the first few of each cause,
    // then every thousandth; the counter has them all.
    if (count <= LOGGED_IN_FULL || count % 1000 == 0) {
      log.warn(
          "dead letter {} of cause {} from {} {}-{}@{}: {}",
          count,
          cause,
          stage,
          context.topic(),
          context.partition(),
          context.offset(),
          reason);
    }
    if (meters != null) {
      counters.computeIfAbsent(cause, c -> counter(meters, stage, c)).increment();
    }
    return List.of(record);
  }

  /** The dead-letter topic. */
  String topic() {
    return topic;
  }

  /**
   * A dead letter that could not be written itself (the broker refused it): there is nothing
   * further to write it to, so it is logged as an error and counted; the source record is still on
   * its topic at the logged offset. Never retried as a dead letter of a dead letter.
   */
  void unwritable(ErrorHandlerContext context, Exception exception) {
    log.error(
        "dead letter from {} {}-{}@{} could not be written to {}: {}",
        stage,
        context.topic(),
        context.partition(),
        context.offset(),
        topic,
        exception.toString());
    if (meters != null) {
      counters.computeIfAbsent("production", c -> counter(meters, stage, c)).increment();
    }
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
