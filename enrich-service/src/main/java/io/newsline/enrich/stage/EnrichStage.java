package io.newsline.enrich.stage;

import io.newsline.avro.CleanArticle;
import io.newsline.avro.EnrichedArticle;
import io.newsline.avro.Entity;
import io.newsline.avro.EntityRecord;
import io.newsline.avro.EntityType;
import io.newsline.enrich.extract.EntityExtractor;
import io.newsline.enrich.extract.EntityKind;
import io.newsline.enrich.extract.Mention;
import io.newsline.enrich.resolve.EntityRegistry;
import io.newsline.enrich.resolve.EntityResolver;
import io.newsline.enrich.resolve.KnownEntity;
import io.newsline.enrich.resolve.ResolvedEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What enrich does to one article, without Kafka: find the entities in its text, resolve each to a
 * stable identity in the registry, and report which registry entries it created or grew, so the
 * service can publish them for every replica.
 */
public final class EnrichStage {
  /** Keywords kept per article. */
  public static final int KEYWORDS = 10;

  private final EntityExtractor extractor;
  private final EntityRegistry registry;

  public EnrichStage(EntityExtractor extractor, EntityRegistry registry) {
    this.extractor = extractor;
    this.registry = registry;
  }

  /**
   * The enriched article and the registry entries it changed.
   *
   * @param enriched the article with its entities, most salient first, and keywords
   * @param changed new or grown registry entries, to publish on news.entities
   */
  public record Result(EnrichedArticle enriched, List<EntityRecord> changed) {}

  public Result process(CleanArticle article, Instant now) {
    String text = article.getText();
    Recording recording = new Recording(registry);
    List<ResolvedEntity> resolved = new EntityResolver(recording).resolve(extractor.extract(text));
    List<Entity> entities = entities(resolved, text.codePointCount(0, text.length()));
    EnrichedArticle enriched =
        EnrichedArticle.newBuilder()
            .setArticle(article)
            .setEntities(entities)
            .setKeywords(Keywords.top(text, KEYWORDS))
            .build();
    List<EntityRecord> changed =
        recording.changed.values().stream().map(known -> record(known, now)).toList();
    return new Result(enriched, changed);
  }

  private static List<Entity> entities(List<ResolvedEntity> resolved, int textLength) {
    int maxCount = resolved.stream().mapToInt(r -> r.mentions().size()).max().orElse(1);
    List<Entity> entities = new ArrayList<>();
    for (ResolvedEntity r : resolved) {
      List<io.newsline.avro.Mention> mentions =
          r.mentions().stream()
              .sorted(Comparator.comparingInt(Mention::start))
              .map(m -> new io.newsline.avro.Mention(m.start(), m.end(), m.text()))
              .toList();
      int first = mentions.isEmpty() ? textLength : mentions.get(0).getStart();
      double salience =
          0.7 * mentions.size() / maxCount + 0.3 * (1.0 - (double) first / Math.max(1, textLength));
      entities.add(
          Entity.newBuilder()
              .setEntityId(r.entity().entityId())
              .setName(r.entity().name())
              .setType(type(r.entity().kind()))
              .setMentions(mentions)
              .setCount(mentions.size())
              .setSalience(Math.max(0, Math.min(1, salience)))
              .build());
    }
    entities.sort(
        Comparator.comparingDouble(Entity::getSalience)
            .reversed()
            .thenComparing(Entity::getEntityId));
    return entities;
  }

  public static EntityType type(EntityKind kind) {
    return EntityType.valueOf(kind.name());
  }

  public static EntityKind kind(EntityType type) {
    return EntityKind.valueOf(type.name());
  }

  /** The registry record of a known entity. */
  public static EntityRecord record(KnownEntity known, Instant now) {
    return EntityRecord.newBuilder()
        .setEntityId(known.entityId())
        .setName(known.name())
        .setType(type(known.kind()))
        .setAliases(List.copyOf(new TreeSet<>(known.aliases())))
        .setSource("enrich")
        .setUpdatedAt(now)
        .build();
  }

  /** The known entity of a registry record. */
  public static KnownEntity known(EntityRecord record) {
    return new KnownEntity(
        record.getEntityId(),
        record.getName(),
        kind(record.getType()),
        Set.copyOf(record.getAliases()));
  }

  /** Passes through to the shared registry, remembering what one article changed. */
  private static final class Recording implements EntityRegistry {
    private final EntityRegistry delegate;
    private final Map<String, KnownEntity> changed = new LinkedHashMap<>();

    Recording(EntityRegistry delegate) {
      this.delegate = delegate;
    }

    @Override
    public Collection<KnownEntity> candidates(Collection<String> blockingKeys) {
      return delegate.candidates(blockingKeys);
    }

    @Override
    public Collection<KnownEntity> holding(
        Collection<String> blockingKeys, EntityKind kind, Collection<String> plainForms) {
      return delegate.holding(blockingKeys, kind, plainForms);
    }

    @Override
    public void put(KnownEntity entity) {
      delegate.put(entity);
      changed.put(entity.entityId(), entity);
    }

    @Override
    public void seen(String entityId) {
      delegate.seen(entityId);
    }
  }
}
