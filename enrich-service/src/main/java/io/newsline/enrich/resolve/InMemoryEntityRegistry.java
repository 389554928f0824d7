package io.newsline.enrich.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A thread-safe registry held in memory, indexed by blocking key, optionally bounded: beyond {@code
 * maxEntities} the least recently seen entity (put, or {@link #seen}: linked to a mention) is
 * forgotten, so a long run's heap stays flat while recent names keep their identities.
 */
public final class InMemoryEntityRegistry implements EntityRegistry {
  // Iteration starts at the least recently seen entity: seeing one moves it to the end. Insertion
  // order, not access order, so that looking candidates up (hundreds per article) moves nothing.
  private final LinkedHashMap<String, KnownEntity> byId = new LinkedHashMap<>(1024);
  private final Map<String, Set<String>> index = new HashMap<>();
  private final int maxEntities;
  private long evictions;

  /** An unbounded registry. */
  public InMemoryEntityRegistry() {
    this(Integer.MAX_VALUE);
  }

  /** A registry that forgets the least recently seen entities beyond {@code maxEntities}. */
  public InMemoryEntityRegistry(int maxEntities) {
    if (maxEntities < 1) {
      throw new IllegalArgumentException("maxEntities must be positive, was " + maxEntities);
    }
    this.maxEntities = maxEntities;
  }

  public InMemoryEntityRegistry(Collection<KnownEntity> initial) {
    this();
    initial.forEach(this::put);
  }

  @Override
  public synchronized Collection<KnownEntity> candidates(Collection<String> blockingKeys) {
    Map<String, KnownEntity> out = new LinkedHashMap<>();
    for (String key : blockingKeys) {
      Set<String> ids = index.get(key);
      if (ids != null) {
        for (String id : ids) {
          KnownEntity e = byId.get(id);
          if (e != null) { // null: a key of a name the entity no longer has, after it was forgotten
            out.putIfAbsent(id, e);
          }
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
    // Only the forms the entity did not have need keys: forms it had were indexed by the put that
    // brought them (unless it was forgotten meanwhile: see below).
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
      if (current == null && old != null) {
        // forgotten since we looked: index every form, as for a first put
        keys.addAll(EntityResolver.blockingKeys(entity.name(), entity.kind()));
        entity.aliases().forEach(a -> keys.addAll(EntityResolver.blockingKeys(a, entity.kind())));
      }
      KnownEntity merged = entity;
      if (current != null && !current.aliases().isEmpty()) {
        Set<String> aliases = new HashSet<>(current.aliases());
        aliases.addAll(entity.aliases());
        merged = new KnownEntity(entity.entityId(), entity.name(), entity.kind(), aliases);
      }
      byId.remove(entity.entityId()); // to the end
      byId.put(entity.entityId(), merged);
      for (String key : keys) {
        index.computeIfAbsent(key, k -> new HashSet<>(2)).add(entity.entityId());
      }
      while (byId.size() > maxEntities) {
        forgetLeastRecent();
      }
    }
  }

  private void forgetLeastRecent() {
    Iterator<KnownEntity> oldest = byId.values().iterator();
    KnownEntity e = oldest.next();
    oldest.remove();
    Set<String> forms = new HashSet<>(e.aliases());
    forms.add(e.name());
    for (String form : forms) {
      for (String key : EntityResolver.blockingKeys(form, e.kind())) {
        Set<String> ids = index.get(key);
        if (ids != null && ids.remove(e.entityId()) && ids.isEmpty()) {
          index.remove(key);
        }
      }
    }
    evictions++;
  }

  @Override
  public synchronized void seen(String entityId) {
    KnownEntity e = byId.remove(entityId);
    if (e != null) {
      byId.put(entityId, e);
    }
  }

  /** Entities forgotten so far to stay within the bound. */
  public synchronized long evictions() {
    return evictions;
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
