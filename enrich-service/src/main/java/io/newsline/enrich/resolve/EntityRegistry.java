package io.newsline.enrich.resolve;

import java.util.Collection;

/** STUB until the resolver lands. */
public interface EntityRegistry {
  Collection<KnownEntity> candidates(Collection<String> blockingKeys);

  void put(KnownEntity entity);
}
