package io.newsline.enrich.resolve;

import io.newsline.enrich.extract.EntityKind;
import io.newsline.enrich.util.HashedMultimap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
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
  private final LinkedHashMap<String, Slot> byId = new LinkedHashMap<>(1024);
  // The index holds slots, not ids, so that listing candidates needs no lookup by id; a key's
  // slots in an array (a few hundred at most, listed far more often than changed), its key as a
  // hash (HashedMultimap: what a hash collision could add is a candidate, which resolution scores
  // like any other). A key may outlive a form the entity no longer has (its name replaced); such
  // a key finds the entity again if its id comes back after it was forgotten, so a forgotten slot
  // still in the index is kept in orphans, to be reused for that id.
  private final HashedMultimap<Slot> index = new HashedMultimap<>();
  private final Map<String, Slot> orphans = new HashMap<>();
  // Per kind, each entity under the folded forms of its name and aliases, for holding(); by hash,
  // as the index (addHolding checks that the entity has the form).
  private final Map<EntityKind, HashedMultimap<Slot>> byForm = new EnumMap<>(EntityKind.class);
  private final int maxEntities;
  private long evictions;
  private long listing; // counts candidates() calls, to mark the slots a call has listed

  /** An id's place in the registry: its entity, or null while forgotten. */
  private static final class Slot {
    final String id;
    KnownEntity entity;
    int inIndex; // index keys holding this slot
    long listed; // the candidates() call that last listed it

    Slot(String id) {
      this.id = id;
    }
  }

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
    for (EntityKind kind : EntityKind.values()) {
      byForm.put(kind, new HashedMultimap<>());
    }
  }

  public InMemoryEntityRegistry(Collection<KnownEntity> initial) {
    this();
    initial.forEach(this::put);
  }

  @Override
  public synchronized Collection<KnownEntity> candidates(Collection<String> blockingKeys) {
    long call = ++listing;
    List<KnownEntity> out = new ArrayList<>();
    for (String key : blockingKeys) {
      index.forEach(
          key,
          slot -> {
            // null: a key of a name the entity no longer has, after it was forgotten
            if (slot.listed != call && slot.entity != null) {
              slot.listed = call;
              out.add(slot.entity);
            }
          });
    }
    return out;
  }

  @Override
  public synchronized Collection<KnownEntity> holding(
      Collection<String> blockingKeys, EntityKind kind, Collection<String> plainForms) {
    long call = ++listing;
    HashedMultimap<Slot> forms = byForm.get(kind);
    List<KnownEntity> out = new ArrayList<>(2);
    for (String form : plainForms) {
      forms.forEach(form, slot -> addHolding(slot, kind, blockingKeys, plainForms, call, out));
    }
    return out;
  }

  /**
   * Adds the slot's entity when it is one candidates() would list for these keys: the answer must
   * be a subset of that listing for resolution to decide as the full listing would.
   */
  private void addHolding(
      Slot slot,
      EntityKind kind,
      Collection<String> blockingKeys,
      Collection<String> plainForms,
      long call,
      List<KnownEntity> out) {
    if (slot.listed == call || slot.entity == null || slot.entity.kind() != kind) {
      return;
    }
    slot.listed = call;
    if (KnownEntity.holdsAny(slot.entity, plainForms) && underAny(slot, blockingKeys)) {
      out.add(slot.entity);
    }
  }

  private boolean underAny(Slot slot, Collection<String> blockingKeys) {
    for (String key : blockingKeys) {
      if (index.contains(key, slot)) {
        return true;
      }
    }
    return false;
  }

  /** Entries of the forms index (a form and an entity having it), for tests: no stale ones. */
  synchronized int formEntries() {
    int n = 0;
    for (HashedMultimap<Slot> forms : byForm.values()) {
      n += forms.valueCount();
    }
    return n;
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
      Slot slot = byId.get(entity.entityId());
      KnownEntity current = slot == null ? null : slot.entity;
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
      if (slot == null) {
        slot = orphans.remove(entity.entityId());
        if (slot == null) {
          slot = new Slot(entity.entityId());
        }
      }
      // holding() must find every entity that has a form (resolution relies on it), so the
      // forms index follows the entity exactly: a replaced name that is no alias leaves it
      Set<String> forms = new HashSet<>(merged.plainForms());
      if (current != null) {
        for (String form : current.plainForms()) {
          if (current.kind() != merged.kind() || !forms.remove(form)) {
            byForm.get(current.kind()).remove(form, slot);
          }
        }
      }
      for (String form : forms) {
        byForm.get(merged.kind()).add(form, slot);
      }
      slot.entity = merged;
      byId.remove(entity.entityId()); // to the end
      byId.put(entity.entityId(), slot);
      for (String key : keys) {
        if (index.add(key, slot)) {
          slot.inIndex++;
        }
      }
      while (byId.size() > maxEntities) {
        forgetLeastRecent();
      }
    }
  }

  private void forgetLeastRecent() {
    Iterator<Slot> oldest = byId.values().iterator();
    Slot slot = oldest.next();
    oldest.remove();
    KnownEntity e = slot.entity;
    slot.entity = null;
    for (String form : e.plainForms()) {
      byForm.get(e.kind()).remove(form, slot);
    }
    Set<String> forms = new HashSet<>(e.aliases());
    forms.add(e.name());
    for (String form : forms) {
      for (String key : EntityResolver.blockingKeys(form, e.kind())) {
        if (index.remove(key, slot)) {
          slot.inIndex--;
        }
      }
    }
    if (slot.inIndex > 0) {
      orphans.put(slot.id, slot);
    }
    evictions++;
  }

  @Override
  public synchronized void seen(String entityId) {
    Slot slot = byId.remove(entityId);
    if (slot != null) {
      byId.put(entityId, slot);
    }
  }

  @Override
  public int capacity() {
    return maxEntities;
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
    Slot slot = byId.get(entityId);
    return slot == null ? null : slot.entity;
  }

  public synchronized int size() {
    return byId.size();
  }

  /** A snapshot of all entities. */
  public synchronized List<KnownEntity> all() {
    List<KnownEntity> all = new ArrayList<>(byId.size());
    byId.values().forEach(slot -> all.add(slot.entity));
    return all;
  }
}
