package io.newsline.enrich.resolve;

import java.util.Collection;

/**
 * Where known entities live. The Kafka side backs it with a compacted topic; tests use {@link
 * InMemoryEntityRegistry}. An entity is indexed under {@link EntityResolver#blockingKeys} of its
 * name and of each alias.
 */
public interface EntityRegistry {
  /** Entities indexed under any of these keys. */
  Collection<KnownEntity> candidates(Collection<String> blockingKeys);

  /** Adds or updates (aliases grow) an entity. */
  void put(KnownEntity entity);

  /** Tells the registry an entity was mentioned again, for registries that forget old ones. */
  default void seen(String entityId) {}
}
