package io.newsline.schemas;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.IndexedRecord;

/** Sample data for any schema, and a neutral form to compare records written by two schemas. */
final class SampleRecords {
  private SampleRecords() {}

  /** A record of {@code schema} with every field set (unions take their non-null branch). */
  static GenericRecord sample(Schema schema) {
    return (GenericRecord) value(schema, schema.getName());
  }

  private static Object value(Schema schema, String name) {
    return switch (schema.getType()) {
      case RECORD -> {
        GenericData.Record record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
          record.put(field.name(), value(field.schema(), field.name()));
        }
        yield record;
      }
      case UNION ->
          value(
              schema.getTypes().stream()
                  .filter(s -> s.getType() != Schema.Type.NULL)
                  .findFirst()
                  .orElseThrow(),
              name);
      case ARRAY ->
          List.of(value(schema.getElementType(), name), value(schema.getElementType(), name + "2"));
      case MAP -> Map.of("key-" + name, value(schema.getValueType(), name));
      case ENUM ->
          new GenericData.EnumSymbol(
              schema, schema.getEnumSymbols().get(schema.getEnumSymbols().size() - 1));
      case STRING -> "sample " + name + " – “quoted”";
      case INT -> name.length() * 7;
      case LONG -> 1_630_000_000_000L + name.length();
      case DOUBLE -> 0.25 * name.length();
      case FLOAT -> 0.5f;
      case BOOLEAN -> true;
      case BYTES -> ByteBuffer.wrap(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      case FIXED -> new GenericData.Fixed(schema, new byte[schema.getFixedSize()]);
      case NULL -> null;
    };
  }

  /**
   * Plain maps, lists and strings for a record (generic or specific), so values written by an old
   * schema can be compared with what the current classes read: timestamps become epoch millis,
   * enums and strings become strings.
   */
  static Object neutral(Object value) {
    return neutral(value, Set.of());
  }

  /** As {@link #neutral(Object)}, leaving out the fields named "Record.field" in {@code skip}. */
  static Object neutral(Object value, Set<String> skip) {
    if (value instanceof IndexedRecord record) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Schema.Field field : record.getSchema().getFields()) {
        if (!skip.contains(record.getSchema().getName() + "." + field.name())) {
          map.put(field.name(), neutral(record.get(field.pos()), skip));
        }
      }
      return map;
    }
    if (value instanceof Collection<?> items) {
      List<Object> list = new ArrayList<>();
      items.forEach(item -> list.add(neutral(item, skip)));
      return list;
    }
    if (value instanceof Map<?, ?> entries) {
      Map<String, Object> map = new LinkedHashMap<>();
      entries.forEach((k, v) -> map.put(k.toString(), neutral(v, skip)));
      return map;
    }
    if (value instanceof java.time.Instant instant) {
      return instant.toEpochMilli();
    }
    if (value instanceof CharSequence
        || value instanceof Enum<?>
        || value instanceof GenericData.EnumSymbol) {
      return value.toString();
    }
    return value;
  }

  /**
   * {@code actual} restricted to the fields {@code expected} has (fields added since are dropped).
   */
  @SuppressWarnings("unchecked")
  static Object project(Object actual, Object expected) {
    if (expected instanceof Map<?, ?> expectedMap && actual instanceof Map<?, ?> actualMap) {
      Map<String, Object> projected = new LinkedHashMap<>();
      ((Map<String, Object>) expectedMap)
          .forEach((k, v) -> projected.put(k, project(actualMap.get(k), v)));
      return projected;
    }
    if (expected instanceof List<?> expectedList && actual instanceof List<?> actualList) {
      List<Object> projected = new ArrayList<>();
      for (int i = 0; i < actualList.size(); i++) {
        projected.add(
            i < expectedList.size()
                ? project(actualList.get(i), expectedList.get(i))
                : actualList.get(i));
      }
      return projected;
    }
    return actual;
  }
}
