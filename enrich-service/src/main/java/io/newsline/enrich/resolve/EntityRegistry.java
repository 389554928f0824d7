package io.newsline.enrich.resolve;

import io.newsline.enrich.extract.EntityKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Where known entities live. The Kafka side backs it with a compacted topic; tests use {@link
 * InMemoryEntityRegistry}. An entity is indexed under {@link EntityResolver#blockingKeys} of its
 * name and of each alias.
 */
public interface EntityRegistry {
  /** Entities indexed under any of these keys. */
  Collection<KnownEntity> candidates(Collection<String> blockingKeys);

  /**
   * The entities of this kind among {@link #candidates} of the keys that have one of these folded
   * forms ({@link Names#plain}) as their name or an alias. Resolution asks this first: such an
   * entity is the best match a name can have, and a registry that indexes its forms answers it
   * without listing every candidate of the keys. This default filters the full listing.
   */
  default Collection<KnownEntity> holding(
      Collection<String> blockingKeys, EntityKind kind, Collection<String> plainForms) {
    List<KnownEntity> out = new ArrayList<>();
    for (KnownEntity c : candidates(blockingKeys)) {
      if (c.kind() == kind && KnownEntity.holdsAny(c, plainForms)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Adds or updates (aliases grow) an entity. */
  void put(KnownEntity entity);

  /** Tells the registry an entity was mentioned again, for registries that forget old ones. */
  default void seen(String entityId) {}

  /** How many entities it holds at most (it forgets the least recently seen beyond that). */
  default int capacity() {
    return Integer.MAX_VALUE;
  }
}
