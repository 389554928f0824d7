package io.newsline.schemas;

import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.CleanArticle;
import io.newsline.avro.EnrichedArticle;
import io.newsline.avro.EntityRecord;
import io.newsline.avro.RawArticle;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The pipeline's topics, the single place their names and serdes are defined. Keys are article ids
 * (or event ids on {@code news.events}) as UTF-8 strings. A prefix (setting {@code topic.prefix})
 * lets several pipelines share one cluster: prefix {@code "staging."} gives {@code
 * staging.news.raw}.
 */
public final class Topics {
  public static final String RAW = "news.raw";
  public static final String CLEAN = "news.clean";
  public static final String ENRICHED = "news.enriched";
  public static final String EVENTS = "news.events";
  public static final String DLQ = "news.dlq";
  public static final String ENTITIES = "news.entities";

  public final TopicSpec<String, RawArticle> raw;
  public final TopicSpec<String, CleanArticle> clean;
  public final TopicSpec<String, EnrichedArticle> enriched;
  public final TopicSpec<String, CanonicalEvent> events;

  /** The entity registry: entity id → its current identity (compacted). */
  public final TopicSpec<String, EntityRecord> entities;

  /** Dead letters: the original key and value bytes, the reason in the headers. */
  public final TopicSpec<byte[], byte[]> dlq;

  private final String prefix;

  private Topics(String prefix) {
    this.prefix = prefix;
    raw = new TopicSpec<>(prefix + RAW, Serdes.String(), new AvroSerde<>(RawArticle.class), false);
    clean =
        new TopicSpec<>(
            prefix + CLEAN, Serdes.String(), new AvroSerde<>(CleanArticle.class), false);
    // One partition: dedupe clusters every article in one task (events are global), and reading a
    // single partition directly spares it a repartition hop (one commit interval of latency, and
    // every article written and read once more). Consumers of news.enriched share it in one order.
    enriched =
        new TopicSpec<>(
            prefix + ENRICHED, Serdes.String(), new AvroSerde<>(EnrichedArticle.class), false, 1);
    events =
        new TopicSpec<>(
            prefix + EVENTS, Serdes.String(), new AvroSerde<>(CanonicalEvent.class), true);
    entities =
        new TopicSpec<>(
            prefix + ENTITIES, Serdes.String(), new AvroSerde<>(EntityRecord.class), true);
    dlq = new TopicSpec<>(prefix + DLQ, Serdes.ByteArray(), Serdes.ByteArray(), false);
  }

  /** Topics with the given name prefix ("" for none). */
  public static Topics withPrefix(String prefix) {
    return new Topics(prefix == null ? "" : prefix);
  }

  /** Topics without a prefix. */
  public static Topics standard() {
    return withPrefix("");
  }

  public String prefix() {
    return prefix;
  }

  /** Every topic of the pipeline, in flow order. */
  public List<TopicSpec<?, ?>> all() {
    return List.of(raw, clean, enriched, events, entities, dlq);
  }

  /** The topic with this full name, if it is one of the pipeline's. */
  public java.util.Optional<TopicSpec<?, ?>> byName(String name) {
    return all().stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
