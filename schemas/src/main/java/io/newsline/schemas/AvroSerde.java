package io.newsline.schemas;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for a generated Avro record in Avro single-object encoding: {@code C3 01}, the 8-byte
 * CRC-64-AVRO fingerprint of the writer schema, then the binary datum. Without a registry server
 * the fingerprint is resolved against {@link SchemaHistory}, so every shipped version of the record
 * is readable. Thread-safe: Avro's message encoder and decoder keep per-thread state.
 */
public final class AvroSerde<T extends SpecificRecord>
    implements Serde<T>, Serializer<T>, Deserializer<T> {
  private final Class<T> type;
  private final BinaryMessageEncoder<T> encoder;
  private final BinaryMessageDecoder<T> decoder;

  public AvroSerde(Class<T> type) {
    AvroTrust.install();
    this.type = type;
    SpecificData model = SpecificData.getForClass(type);
    Schema schema = model.getSchema(type);
    // Not copied by the encoder: its buffer is per thread, and serialize() copies it out at once.
    // The copying encoder copied each record twice (to a ByteBuffer, then to the byte[]).
    this.encoder = new BinaryMessageEncoder<>(model, schema, false);
    this.decoder = new BinaryMessageDecoder<>(model, schema, SchemaHistory.store());
  }

  @Override
  public byte[] serialize(String topic, T data) {
    if (data == null) {
      return null;
    }
    try {
      ByteBuffer buffer = encoder.encode(data);
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (IOException | AvroRuntimeException | NullPointerException e) {
      throw new SerializationException(
          "cannot write " + type.getSimpleName() + " to " + topic + ": " + e.getMessage(), e);
    }
  }

  @Override
  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    try {
      return decoder.decode(data);
    } catch (BadHeaderException e) {
      throw new SerializationException(
          "not an Avro single-object record ("
              + data.length
              + " bytes, expected header C3 01) on "
              + topic,
          e);
    } catch (MissingSchemaException e) {
      throw new SerializationException(
          "unknown Avro schema fingerprint "
              + fingerprintOf(data)
              + " on "
              + topic
              + ": written by a schema this release does not ship",
          e);
    } catch (IOException | RuntimeException e) {
      throw new SerializationException(
          "cannot read "
              + type.getSimpleName()
              + " from "
              + topic
              + " ("
              + data.length
              + " bytes): "
              + e,
          e);
    }
  }

  /** Hex of the CRC-64-AVRO fingerprint in a single-object header, for error messages. */
  static String fingerprintOf(byte[] data) {
    if (data.length < 10) {
      return "(truncated header)";
    }
    long fingerprint =
        ByteBuffer.wrap(data, 2, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
    return String.format("%016x", fingerprint);
  }

  /** The fingerprint single-object encoding writes for {@code schema}. */
  public static long fingerprint(Schema schema) {
    return SchemaNormalization.parsingFingerprint64(schema);
  }

  public Class<T> type() {
    return type;
  }

  @Override
  public Serializer<T> serializer() {
    return this;
  }

  @Override
  public Deserializer<T> deserializer() {
    return this;
  }

  @Override
  public void configure(java.util.Map<String, ?> configs, boolean isKey) {
    // Nothing to configure: the record class and SchemaHistory fix everything.
  }

  @Override
  public void close() {
    // Nothing to release; Serde, Serializer and Deserializer all declare close().
  }
}
