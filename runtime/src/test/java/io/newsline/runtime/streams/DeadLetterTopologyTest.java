package io.newsline.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.avro.CleanArticle;
import io.newsline.avro.RawArticle;
import io.newsline.runtime.deadletter.DeadLetterHeaders;
import io.newsline.runtime.testing.ServiceTestDriver;
import io.newsline.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The host's dead-letter wiring, on the same Streams properties the real run uses. */
class DeadLetterTopologyTest {
  private ServiceTestDriver driver;
  private TestInputTopic<String, RawArticle> raw;
  private TestInputTopic<byte[], byte[]> rawBytes;
  private TestOutputTopic<String, CleanArticle> clean;
  private TestOutputTopic<byte[], byte[]> dlq;
  private Topics topics;

  @BeforeEach
  void start() {
    driver = new ServiceTestDriver(new EchoService());
    topics = driver.topics();
    raw = driver.input(topics.raw);
    rawBytes = driver.rawInput(topics.raw);
    clean = driver.output(topics.clean);
    dlq = driver.output(topics.dlq);
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void goodRecordsPassAndRejectedOnesBecomeDeadLettersWithTheirReason() {
    raw.pipeInput("a", Articles.raw("a", "Kabul, 4 September."));
    raw.pipeInput("b", Articles.raw("b", "   "));
    raw.pipeInput("c", Articles.raw("c", "Panjshir, 5 September."));

    assertThat(clean.readValuesToList()).extracting(CleanArticle::getId).containsExactly("a", "c");
    TestRecord<byte[], byte[]> letter = dlq.readRecord();
    assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("empty body");
    assertThat(header(letter, DeadLetterHeaders.STAGE)).isEqualTo("echo");
    assertThat(header(letter, DeadLetterHeaders.CAUSE)).isEqualTo("rejected");
    assertThat(header(letter, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("news.raw");
    assertThat(header(letter, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("1");
    assertThat(topics.raw.valueSerde().deserializer().deserialize("news.raw", letter.value()))
        .as("the dead letter holds the original bytes")
        .isEqualTo(Articles.raw("b", "   "));
    assertThat(dlq.isEmpty()).isTrue();
  }

  @Test
  void undecodableBytesDoNotStopTheStage() {
    // TopologyTestDriver does not forward a deserialization handler's dead letters; that path is
    // covered on a real broker by ServiceHostIntegrationTest.
    rawBytes.pipeInput(
        "x".getBytes(StandardCharsets.UTF_8), "not avro at all".getBytes(StandardCharsets.UTF_8));
    raw.pipeInput("a", Articles.raw("a", "Kabul, 4 September."));

    assertThat(clean.readValuesToList()).extracting(CleanArticle::getId).containsExactly("a");
  }

  @Test
  void aBugInTheStageDeadLettersTheRecordInsteadOfStoppingTheService() {
    raw.pipeInput("a", Articles.raw("a", "boom"));
    raw.pipeInput("b", Articles.raw("b", "Kabul, 4 September."));

    assertThat(clean.readValuesToList()).extracting(CleanArticle::getId).containsExactly("b");
    TestRecord<byte[], byte[]> letter = dlq.readRecord();
    assertThat(header(letter, DeadLetterHeaders.CAUSE)).isEqualTo("processing");
    assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo("a bug in the stage");
    assertThat(header(letter, DeadLetterHeaders.EXCEPTION))
        .isEqualTo(IllegalStateException.class.getName());
  }

  @Test
  void aRecordWithoutAValueIsRejectedWithAReasonNotANullPointer() {
    rawBytes.pipeInput("t".getBytes(StandardCharsets.UTF_8), (byte[]) null);
    raw.pipeInput("a", Articles.raw("a", "Kabul, 4 September."));

    assertThat(clean.readValuesToList()).extracting(CleanArticle::getId).containsExactly("a");
    TestRecord<byte[], byte[]> letter = dlq.readRecord();
    assertThat(header(letter, DeadLetterHeaders.CAUSE)).isEqualTo("rejected");
    assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo(RejectTombstones.REASON);
    assertThat(letter.key()).isEqualTo("t".getBytes(StandardCharsets.UTF_8));
    assertThat(letter.value()).isNull();
  }

  static String header(TestRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    assertThat(header).as("header %s in %s", name, List.of(record.headers().toArray())).isNotNull();
    return new String(header.value(), StandardCharsets.UTF_8);
  }
}
