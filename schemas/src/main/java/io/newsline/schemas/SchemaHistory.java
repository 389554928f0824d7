package io.newsline.schemas;

import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.CleanArticle;
import io.newsline.avro.EnrichedArticle;
import io.newsline.avro.EntityRecord;
import io.newsline.avro.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;

/**
 * Every schema version this jar ships, so records written by an older release stay readable.
 *
 * <p>Versions live on the classpath as {@code io/newsline/schemas/history/<Record>.v<N>.avsc}, N
 * counting from 1 without gaps; the highest N is the current schema (a test checks it equals the
 * generated class's schema). To change a record: edit its {@code .avsc} with defaults for new
 * fields, then add the next {@code v<N>} file (see schemas/README.md).
 */
public final class SchemaHistory {
  private static final String ROOT = "io/newsline/schemas/history/";

  /** The current schema of every top-level record newsline writes to a topic. */
  public static final Map<String, Schema> CURRENT =
      Map.of(
          "RawArticle", RawArticle.getClassSchema(),
          "CleanArticle", CleanArticle.getClassSchema(),
          "EnrichedArticle", EnrichedArticle.getClassSchema(),
          "CanonicalEvent", CanonicalEvent.getClassSchema(),
          "EntityRecord", EntityRecord.getClassSchema());

  private static final SchemaStore.Cache STORE = buildStore();

  private SchemaHistory() {}

  /** All shipped versions of one record, oldest first. */
  public static List<Schema> versions(String recordName) {
    List<Schema> versions = new ArrayList<>();
    ClassLoader loader = SchemaHistory.class.getClassLoader();
    for (int version = 1; ; version++) {
      try (InputStream in = loader.getResourceAsStream(resourceName(recordName, version))) {
        if (in == null) {
          return versions;
        }
        versions.add(new Schema.Parser().parse(in));
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot read schema " + resourceName(recordName, version), e);
      }
    }
  }

  /** Classpath name of version {@code version} of {@code recordName}. */
  public static String resourceName(String recordName, int version) {
    return ROOT + recordName + ".v" + version + ".avsc";
  }

  /** A store resolving the fingerprint of every shipped version of every record. */
  public static SchemaStore store() {
    return STORE;
  }

  private static SchemaStore.Cache buildStore() {
    SchemaStore.Cache cache = new SchemaStore.Cache();
    CURRENT.keySet().forEach(name -> versions(name).forEach(cache::addSchema));
    CURRENT.values().forEach(cache::addSchema);
    return cache;
  }
}
