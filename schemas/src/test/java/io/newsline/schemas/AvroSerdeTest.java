package io.newsline.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.avro.RawArticle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {
  private final AvroSerde<RawArticle> serde = new AvroSerde<>(RawArticle.class);

  static RawArticle article() {
    return RawArticle.newBuilder()
        .setId("a1")
        .setSourceId("000_fd08ec9b92bb18b2")
        .setSourceUri("seeds/000_fd08ec9b92bb18b2.txt")
        .setReceivedAt(Instant.parse("2021-08-28T10:15:30.123Z"))
        .setPublishedAt(null)
        .setBody("Dmitry Zyrnoov, Russia’s ambassador to Afghanistan, said Saturday …")
        .setProvenance(Map.of("tool", "test"))
        .build();
  }

  @Test
  void roundTripsARecordInSingleObjectEncoding() {
    RawArticle article = article();

    byte[] bytes = serde.serialize("news.raw", article);

    assertThat(Arrays.copyOf(bytes, 2)).containsExactly(0xC3, 0x01);
    long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    assertThat(fingerprint).isEqualTo(AvroSerde.fingerprint(RawArticle.getClassSchema()));
    assertThat(serde.deserialize("news.raw", bytes)).isEqualTo(article);
  }

  @Test
  void bytesReturnedStayAsTheyWereAfterTheNextRecordIsWritten() {
    // the encoder's buffer is reused per thread: serialize() must hand out a copy
    RawArticle first = article();
    RawArticle second = RawArticle.newBuilder(first).setId("a2").setBody("other").build();
    byte[] bytes = serde.serialize("news.raw", first);
    byte[] before = bytes.clone();

    serde.serialize("news.raw", second);

    assertThat(bytes).isEqualTo(before);
    assertThat(serde.deserialize("news.raw", bytes)).isEqualTo(first);
  }

  @Test
  void nullIsATombstoneBothWays() {
    assertThat(serde.serialize("news.raw", null)).isNull();
    assertThat(serde.deserialize("news.raw", null)).isNull();
  }

  @Test
  void bytesWithoutTheHeaderAreRefusedWithAReason() {
    assertThatThrownBy(() -> serde.deserialize("news.raw", "plain text".getBytes()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("not an Avro single-object record")
        .hasMessageContaining("news.raw");
  }

  @Test
  void anUnknownFingerprintIsNamedInTheError() {
    byte[] bytes = serde.serialize("news.raw", article());
    bytes[5] ^= 0x5A;

    assertThatThrownBy(() -> serde.deserialize("news.raw", bytes))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("unknown Avro schema fingerprint")
        .hasMessageContaining(AvroSerde.fingerprintOf(bytes));
  }

  @Test
  void truncatedRecordsAreRefused() {
    byte[] bytes = serde.serialize("news.raw", article());
    byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);

    assertThatThrownBy(() -> serde.deserialize("news.raw", truncated))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("cannot read RawArticle");
  }

  @Test
  void aRecordMissingARequiredFieldIsRefusedOnWrite() {
    RawArticle incomplete = article();
    incomplete.setBody(null);

    assertThatThrownBy(() -> serde.serialize("news.raw", incomplete))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("cannot write RawArticle");
  }
}
