package io.newsline.enrich.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A thread-safe registry held in memory, indexed by blocking key. */
public final class InMemoryEntityRegistry implements EntityRegistry {
  private final Map<String, KnownEntity> byId = new HashMap<>();
  private final Map<String, Set<String>> index = new HashMap<>();

  public InMemoryEntityRegistry() {}

  public InMemoryEntityRegistry(Collection<KnownEntity> initial) {
    initial.forEach(this::put);
  }

  @Override
  public synchronized Collection<KnownEntity> candidates(Collection<String> blockingKeys) {
    Map<String, KnownEntity> out = new LinkedHashMap<>();
    for (String key : blockingKeys) {
      Set<String> ids = index.get(key);
      if (ids != null) {
        for (String id : ids) {
          out.putIfAbsent(id, byId.get(id));
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  @Override
  public void put(KnownEntity entity) {
    Set<String> keys = new HashSet<>(EntityResolver.blockingKeys(entity.name(), entity.kind()));
    for (String alias : entity.aliases()) {
      keys.addAll(EntityResolver.blockingKeys(alias, entity.kind()));
    }
    synchronized (this) {
      KnownEntity old = byId.get(entity.entityId());
      KnownEntity merged = entity;
      if (old != null && !old.aliases().isEmpty()) {
        Set<String> aliases = new HashSet<>(old.aliases());
        aliases.addAll(entity.aliases());
        merged = new KnownEntity(entity.entityId(), entity.name(), entity.kind(), aliases);
      }
      byId.put(entity.entityId(), merged);
      for (String key : keys) {
        index.computeIfAbsent(key, k -> new HashSet<>(2)).add(entity.entityId());
      }
    }
  }

  /** The entity with this id, or null. */
  public synchronized KnownEntity get(String entityId) {
    return byId.get(entityId);
  }

  public synchronized int size() {
    return byId.size();
  }

  /** A snapshot of all entities. */
  public synchronized List<KnownEntity> all() {
    return new ArrayList<>(byId.values());
  }
}
