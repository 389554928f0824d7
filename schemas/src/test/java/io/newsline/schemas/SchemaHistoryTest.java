package io.newsline.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.CleanArticle;
import io.newsline.avro.EnrichedArticle;
import io.newsline.avro.EntityRecord;
import io.newsline.avro.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Records written by every shipped schema version stay readable by the current classes: checked by
 * Avro's compatibility rules, by decoding freshly written samples, and by decoding bytes stored
 * when each version was current ({@code src/test/resources/wire}).
 */
class SchemaHistoryTest {
  private static final Map<String, Class<? extends SpecificRecord>> CLASSES =
      Map.of(
          "RawArticle", RawArticle.class,
          "CleanArticle", CleanArticle.class,
          "EnrichedArticle", EnrichedArticle.class,
          "CanonicalEvent", CanonicalEvent.class,
          "EntityRecord", EntityRecord.class);

  /**
   * Fields a later version removed, as "Record.field": old records decode without them. Each one
   * must have had a default (so a reader that still has it reads newer records) and its content
   * must be derivable from what stays (CleanArticle.paragraphs: the text split on blank lines).
   */
  private static final Set<String> RETIRED = Set.of("CleanArticle.paragraphs");

  /** Set this property to write the stored-bytes fixture of a newly added version. */
  private static final String WRITE_FIXTURES = "newsline.writeWireFixtures";

  static Stream<String> records() {
    return SchemaHistory.CURRENT.keySet().stream().sorted();
  }

  static Stream<Arguments> versions() {
    return records()
        .flatMap(
            name ->
                IntStream.rangeClosed(1, SchemaHistory.versions(name).size())
                    .mapToObj(v -> Arguments.of(name, v)));
  }

  @ParameterizedTest
  @MethodSource("records")
  void latestShippedVersionIsTheCurrentSchema(String name) {
    List<Schema> versions = SchemaHistory.versions(name);
    Schema current = SchemaHistory.CURRENT.get(name);
    assertThat(versions).as("shipped versions of %s", name).isNotEmpty();
    assertThat(AvroSerde.fingerprint(versions.get(versions.size() - 1)))
        .as(
            "%s changed: save the new schema as schemas/src/main/resources/%s and run the tests with"
                + " -D%s=true once to store its bytes. The new schema is:%n%s",
            name,
            SchemaHistory.resourceName(name, versions.size() + 1),
            WRITE_FIXTURES,
            current.toString(true))
        .isEqualTo(AvroSerde.fingerprint(current));
  }

  @ParameterizedTest
  @MethodSource("versions")
  void currentSchemaCanReadEveryShippedVersion(String name, int version) {
    Schema writer = SchemaHistory.versions(name).get(version - 1);
    Schema reader = SchemaHistory.CURRENT.get(name);
    var result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
    assertThat(result.getType())
        .as("%s v%d: %s", name, version, result.getDescription())
        .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
  }

  @ParameterizedTest
  @MethodSource("versions")
  void retiredFieldsHadDefaults(String name, int version) {
    List<String> withoutDefault = new ArrayList<>();
    collectRetiredWithoutDefault(SchemaHistory.versions(name).get(version - 1), withoutDefault);
    assertThat(withoutDefault).as("%s v%d", name, version).isEmpty();
  }

  @Test
  void everyRetiredFieldWasShippedAndIsGoneFromTheCurrentSchema() {
    // a misspelt entry in RETIRED would let old records lose that field without a failure
    Set<String> shipped = new HashSet<>();
    Set<String> current = new HashSet<>();
    for (String name : SchemaHistory.CURRENT.keySet()) {
      SchemaHistory.versions(name).forEach(v -> collectFields(v, shipped));
      collectFields(SchemaHistory.CURRENT.get(name), current);
    }
    assertThat(shipped).containsAll(RETIRED);
    assertThat(current).doesNotContainAnyElementsOf(RETIRED);
  }

  /** Every field of the schema and the records it nests, as "Record.field". */
  private static void collectFields(Schema schema, Set<String> out) {
    if (schema.getType() == Schema.Type.RECORD) {
      for (Schema.Field f : schema.getFields()) {
        if (out.add(schema.getName() + "." + f.name())) {
          collectFields(f.schema(), out);
        }
      }
    } else if (schema.getType() == Schema.Type.ARRAY) {
      collectFields(schema.getElementType(), out);
    } else if (schema.getType() == Schema.Type.UNION) {
      schema.getTypes().forEach(t -> collectFields(t, out));
    }
  }

  private static void collectRetiredWithoutDefault(Schema schema, List<String> out) {
    if (schema.getType() == Schema.Type.RECORD) {
      for (Schema.Field f : schema.getFields()) {
        if (RETIRED.contains(schema.getName() + "." + f.name()) && !f.hasDefaultValue()) {
          out.add(schema.getName() + "." + f.name());
        }
        collectRetiredWithoutDefault(f.schema(), out);
      }
    } else if (schema.getType() == Schema.Type.ARRAY) {
      collectRetiredWithoutDefault(schema.getElementType(), out);
    } else if (schema.getType() == Schema.Type.UNION) {
      schema.getTypes().forEach(t -> collectRetiredWithoutDefault(t, out));
    }
  }

  @ParameterizedTest
  @MethodSource("versions")
  void recordsWrittenWithEveryShippedVersionDecode(String name, int version) throws IOException {
    Schema writer = SchemaHistory.versions(name).get(version - 1);
    GenericRecord written = SampleRecords.sample(writer);
    byte[] bytes = encode(writer, written);

    assertDecodesTo(name, bytes, written);
  }

  @ParameterizedTest
  @MethodSource("versions")
  void bytesStoredWhenEachVersionWasCurrentStillDecode(String name, int version)
      throws IOException {
    Schema writer = SchemaHistory.versions(name).get(version - 1);
    String fixture = "wire/" + name + ".v" + version + ".bin";
    if (Boolean.getBoolean(WRITE_FIXTURES)) {
      Path path = Path.of("src/test/resources", fixture);
      if (!Files.exists(path)) {
        Files.write(path, encode(writer, SampleRecords.sample(writer)));
      }
    }
    byte[] stored;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(fixture)) {
      assertThat(in)
          .as("stored bytes %s (write them with -D%s=true)", fixture, WRITE_FIXTURES)
          .isNotNull();
      stored = in.readAllBytes();
    }
    assertDecodesTo(name, stored, SampleRecords.sample(writer));
  }

  private static void assertDecodesTo(String name, byte[] bytes, GenericRecord expected) {
    try (AvroSerde<? extends SpecificRecord> serde = new AvroSerde<>(CLASSES.get(name))) {
      SpecificRecord decoded = serde.deserialize("test", bytes);
      Object expectedValues = SampleRecords.neutral(expected, RETIRED);
      assertThat(SampleRecords.project(SampleRecords.neutral(decoded), expectedValues))
          .isEqualTo(expectedValues);
    }
  }

  private static byte[] encode(Schema writer, GenericRecord record) throws IOException {
    ByteBuffer buffer =
        new BinaryMessageEncoder<GenericRecord>(GenericData.get(), writer).encode(record);
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }
}
