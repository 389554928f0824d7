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
    KnownEntity old = get(entity.entityId());
    if (old != null && old.name().equals(entity.name()) && holds(old, entity.aliases())) {
      // nothing new: typically enrich's own update coming back on news.entities
      return;
    }
    // The index only grows, so only the forms the entity did not have need keys: forms it had
    // were indexed by the put that brought them, even if another put came in between.
    Set<String> keys = new HashSet<>();
    if (old == null || !holds(old, Set.of(entity.name()))) {
      keys.addAll(EntityResolver.blockingKeys(entity.name(), entity.kind()));
    }
    for (String alias : entity.aliases()) {
      if (old == null || !holds(old, Set.of(alias))) {
        keys.addAll(EntityResolver.blockingKeys(alias, entity.kind()));
      }
    }
    synchronized (this) {
      KnownEntity current = byId.get(entity.entityId());
      KnownEntity merged = entity;
      if (current != null && !current.aliases().isEmpty()) {
        Set<String> aliases = new HashSet<>(current.aliases());
        aliases.addAll(entity.aliases());
        merged = new KnownEntity(entity.entityId(), entity.name(), entity.kind(), aliases);
      }
      byId.put(entity.entityId(), merged);
      for (String key : keys) {
        index.computeIfAbsent(key, k -> new HashSet<>(2)).add(entity.entityId());
      }
    }
  }

  /** Whether the entity already has every one of these forms (as its name or an alias). */
  private static boolean holds(KnownEntity entity, Set<String> forms) {
    for (String form : forms) {
      if (!form.equals(entity.name()) && !entity.aliases().contains(form)) {
        return false;
      }
    }
    return true;
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
