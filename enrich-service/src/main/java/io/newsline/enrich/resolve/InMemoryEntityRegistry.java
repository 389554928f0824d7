package io.newsline.enrich.resolve;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** STUB until the resolver lands. */
public final class InMemoryEntityRegistry implements EntityRegistry {
  private final Map<String, KnownEntity> byKey = new ConcurrentHashMap<>();

  @Override
  public Collection<KnownEntity> candidates(Collection<String> blockingKeys) {
    return blockingKeys.stream().map(byKey::get).filter(Objects::nonNull).distinct().toList();
  }

  @Override
  public void put(KnownEntity entity) {
    for (String key : EntityResolver.blockingKeys(entity.name(), entity.kind())) {
      byKey.put(key, entity);
    }
  }

  public List<KnownEntity> all() {
    return byKey.values().stream().distinct().toList();
  }
}
