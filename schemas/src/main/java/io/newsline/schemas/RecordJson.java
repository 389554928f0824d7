package io.newsline.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * A record as plain JSON for people and downstream tools: fields by name, timestamps as ISO-8601
 * strings, enums as their names, optional fields as the value or null (not Avro's JSON encoding
 * with its union wrappers).
 */
public final class RecordJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private RecordJson() {}

  public static JsonNode of(Object value) {
    if (value == null) {
      return JSON.nullNode();
    }
    if (value instanceof IndexedRecord record) {
      ObjectNode node = JSON.objectNode();
      for (Schema.Field field : record.getSchema().getFields()) {
        node.set(field.name(), of(record.get(field.pos())));
      }
      return node;
    }
    if (value instanceof Collection<?> items) {
      ArrayNode array = JSON.arrayNode();
      items.forEach(item -> array.add(of(item)));
      return array;
    }
    if (value instanceof Map<?, ?> entries) {
      ObjectNode node = JSON.objectNode();
      entries.forEach((k, v) -> node.set(k.toString(), of(v)));
      return node;
    }
    if (value instanceof Instant instant) {
      return JSON.textNode(instant.toString());
    }
    if (value instanceof Integer i) {
      return JSON.numberNode(i);
    }
    if (value instanceof Long l) {
      return JSON.numberNode(l);
    }
    if (value instanceof Double d) {
      return JSON.numberNode(d);
    }
    if (value instanceof Float f) {
      return JSON.numberNode(f);
    }
    if (value instanceof Boolean b) {
      return JSON.booleanNode(b);
    }
    if (value instanceof ByteBuffer bytes) {
      byte[] copy = new byte[bytes.remaining()];
      bytes.duplicate().get(copy);
      return JSON.textNode(Base64.getEncoder().encodeToString(copy));
    }
    return JSON.textNode(value.toString());
  }
}
