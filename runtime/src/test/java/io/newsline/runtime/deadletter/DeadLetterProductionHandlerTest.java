package io.newsline.runtime.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.errors.internals.DefaultErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class DeadLetterProductionHandlerTest {
  private final DeadLetterProductionHandler handler = new DeadLetterProductionHandler();

  DeadLetterProductionHandlerTest() {
    handler.configure(
        Map.of(
            StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG,
            "news.dlq",
            DeadLetters.STAGE_CONFIG,
            "ingest"));
  }

  @Test
  void aTooLargeOutputBecomesADeadLetterCutToTheLimitWithItsFullSize() {
    byte[] fiveMegabytes = new byte[5 * 1024 * 1024];
    var response =
        handler.handleError(
            context(fiveMegabytes),
            new ProducerRecord<>("news.clean", new byte[0], fiveMegabytes),
            new RecordTooLargeException("too large"));

    assertThat(response.result()).isEqualTo(Result.RESUME);
    ProducerRecord<byte[], byte[]> letter = response.deadLetterQueueRecords().get(0);
    assertThat(letter.topic()).isEqualTo("news.dlq");
    assertThat(letter.value()).hasSize(DeadLetters.MAX_VALUE_BYTES);
    assertThat(header(letter, DeadLetterHeaders.TRUNCATED)).isEqualTo("5242880");
    assertThat(header(letter, DeadLetterHeaders.CAUSE)).isEqualTo("production");
  }

  @Test
  void aDeadLetterThatCannotBeWrittenIsNotAnsweredWithAnotherOne() {
    var response =
        handler.handleError(
            context(new byte[10]),
            new ProducerRecord<>("news.dlq", new byte[0], new byte[10]),
            new RecordTooLargeException("too large"));

    assertThat(response.result()).isEqualTo(Result.RESUME);
    assertThat(response.deadLetterQueueRecords()).isEmpty();
  }

  private static ErrorHandlerContext context(byte[] value) {
    return new DefaultErrorHandlerContext(
        null,
        "news.raw",
        0,
        42L,
        new RecordHeaders(),
        "clean",
        new TaskId(0, 0),
        0L,
        new byte[0],
        value);
  }

  private static String header(ProducerRecord<byte[], byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
