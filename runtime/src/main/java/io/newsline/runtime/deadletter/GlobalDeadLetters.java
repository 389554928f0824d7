package io.newsline.runtime.deadletter;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Dead letters of a global store's processor, written with a producer of their own. Kafka Streams
 * 4.3 cannot write them: a deserialization handler's dead letter on the global thread fails with a
 * ClassCastException that stops the whole client (the cast to RecordCollector.Supplier noted in the
 * review of KAFKA-19939), and a processing handler's is dropped with a warning. So a global store
 * reads its topic as bytes, and its processor decodes, catches and sends its failures here.
 *
 * <p>The host makes one per service and hands it to the processors in the Streams config ({@link
 * #CONFIG}). The producer connects on the first dead letter, and each send waits for the broker's
 * acknowledgement, so a dead letter is written before the global thread moves past its record (a
 * store rebuilt from the start writes it again). A dead letter the broker refuses is logged and
 * counted as {@code production}, as for the stream threads.
 */
public final class GlobalDeadLetters implements AutoCloseable {
  /** Streams config entry holding the service's instance, read by global store processors. */
  public static final String CONFIG = "newsline.global.dead.letters";

  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

  private final DeadLetters deadLetters;
  private final Supplier<Producer<byte[], byte[]>> opener;
  private Producer<byte[], byte[]> producer; // guarded by this; opened on the first dead letter
  private boolean closed; // guarded by this

  private GlobalDeadLetters(DeadLetters deadLetters, Supplier<Producer<byte[], byte[]>> opener) {
    this.deadLetters = deadLetters;
    this.opener = opener;
  }

  /**
   * The dead letters of the service these Streams properties configure (dead-letter topic, stage,
   * meters), written with the service's own producer settings (connection, security, {@code
   * kafka.producer.*} overrides) but no transactional id: a dead letter is not part of a
   * transaction.
   */
  public static GlobalDeadLetters of(Properties streamsProperties) {
    return of(
        streamsProperties,
        () ->
            new KafkaProducer<>(
                new StreamsConfig(streamsProperties)
                    .getProducerConfigs(
                        streamsProperties.get(DeadLetters.STAGE_CONFIG) + "-dead-letters"),
                new ByteArraySerializer(),
                new ByteArraySerializer()));
  }

  /** As {@link #of(Properties)}, writing with the producer {@code opener} gives (tests). */
  public static GlobalDeadLetters of(
      Properties streamsProperties, Supplier<Producer<byte[], byte[]>> opener) {
    Map<String, Object> configs = new HashMap<>();
    streamsProperties.forEach((k, v) -> configs.put(k.toString(), v));
    return new GlobalDeadLetters(DeadLetters.fromConfig(configs), opener);
  }

  /** The instance the host put in a processor's app configs. */
  public static GlobalDeadLetters from(Map<String, Object> appConfigs) {
    if (appConfigs.get(CONFIG) instanceof GlobalDeadLetters deadLetters) {
      return deadLetters;
    }
    throw new IllegalStateException(
        CONFIG + " is not set: a global store's processor runs only under ServiceHost");
  }

  /**
   * Writes the dead letter of the record a global store's processor is on: its original bytes,
   * where it came from, and why.
   *
   * @param cause one of {@link DeadLetters#CAUSES}
   */
  public void send(
      String cause,
      ProcessorContext<?, ?> context,
      Record<byte[], byte[]> record,
      Exception exception) {
    RecordMetadata source = context.recordMetadata().orElse(null);
    ErrorHandlerContext where =
        new SourceRecord(
            source == null ? null : source.topic(),
            source == null ? -1 : source.partition(),
            source == null ? -1 : source.offset(),
            record.headers(),
            "global-store",
            context.taskId(),
            record.timestamp(),
            record.key(),
            record.value());
    try {
      for (ProducerRecord<byte[], byte[]> letter :
          deadLetters.record(cause, record.key(), record.value(), where, exception)) {
        producer().send(letter).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      deadLetters.unwritable(where, e);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      deadLetters.unwritable(where, e);
    }
  }

  private synchronized Producer<byte[], byte[]> producer() {
    if (closed) {
      throw new IllegalStateException("the service is closing");
    }
    if (producer == null) {
      producer = opener.get();
    }
    return producer;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (producer != null) {
      producer.close(SEND_TIMEOUT);
      producer = null;
    }
  }

  /** Where a global store's record came from, as the dead-letter headers want it. */
  private record SourceRecord(
      String topic,
      int partition,
      long offset,
      Headers headers,
      String processorNodeId,
      TaskId taskId,
      long timestamp,
      byte[] sourceRawKey,
      byte[] sourceRawValue)
      implements ErrorHandlerContext {}
}
