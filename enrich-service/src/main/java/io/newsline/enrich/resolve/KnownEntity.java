package io.newsline.enrich.resolve;

import io.newsline.enrich.extract.EntityKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A known entity: stable id, canonical name, kind, every alias seen. Immutable; a value like a
 * record, which it was until it needed to keep its folded forms (see {@link #forms()}).
 */
public final class KnownEntity {
  private final String entityId;
  private final String name;
  private final EntityKind kind;
  private final Set<String> aliases;
  // Derived once per instance on first use: resolution compares every candidate of every mention
  // group against these, far more often than an entity changes. Racy initialisation is harmless:
  // the value is immutable and the same whichever thread computes it.
  private Forms forms;
  // The folded forms alone, also derived once: the registry indexes them at every put, which
  // needs none of the parsing in forms().
  private Set<String> plain;

  /**
   * @param entityId deterministic id ("per:…", "org:…", "geonames:123", "country:AFG")
   * @param name canonical (fullest) name
   * @param kind entity type
   * @param aliases every surface form seen, including the name; copied
   */
  public KnownEntity(String entityId, String name, EntityKind kind, Set<String> aliases) {
    this.entityId = Objects.requireNonNull(entityId, "entityId");
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.aliases = aliases == null ? Set.of() : Set.copyOf(aliases);
  }

  public String entityId() {
    return entityId;
  }

  public String name() {
    return name;
  }

  public EntityKind kind() {
    return kind;
  }

  public Set<String> aliases() {
    return aliases;
  }

  /**
   * The name and aliases as resolution compares them: folded, parsed as names of the entity's kind,
   * and for a person the aliases that are full names.
   */
  record Forms(
      Set<String> plain,
      NameForm name,
      List<NameForm> aliases,
      Names.PersonName person,
      List<Names.PersonName> fullPersonAliases) {}

  Forms forms() {
    Forms f = forms;
    if (f == null) {
      List<NameForm> aliasForms = new ArrayList<>(aliases.size());
      for (String a : aliases) {
        aliasForms.add(NameForm.of(a, kind));
      }
      NameForm nameForm = NameForm.of(name, kind);
      Names.PersonName person = null;
      List<Names.PersonName> full = new ArrayList<>();
      if (kind == EntityKind.PERSON) {
        person = (Names.PersonName) nameForm;
        for (NameForm a : aliasForms) {
          Names.PersonName ap = (Names.PersonName) a;
          if (ap.fullName()) {
            full.add(ap);
          }
        }
      }
      f = new Forms(plainForms(), nameForm, List.copyOf(aliasForms), person, List.copyOf(full));
      forms = f;
    }
    return f;
  }

  /** The name and the aliases folded ({@link Names#plain}): what an exact match compares. */
  Set<String> plainForms() {
    Set<String> p = plain;
    if (p == null) {
      Set<String> folded = new HashSet<>();
      folded.add(Names.plain(name));
      for (String a : aliases) {
        folded.add(Names.plain(a));
      }
      p = Set.copyOf(folded);
      plain = p;
    }
    return p;
  }

  /** Whether one of these folded forms is the entity's name or one of its aliases, folded. */
  static boolean holdsAny(KnownEntity entity, Collection<String> plainForms) {
    Set<String> plain = entity.plainForms();
    for (String f : plainForms) {
      if (plain.contains(f)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KnownEntity k
        && entityId.equals(k.entityId)
        && name.equals(k.name)
        && kind == k.kind
        && aliases.equals(k.aliases);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entityId, name, kind, aliases);
  }

  @Override
  public String toString() {
    return "KnownEntity[entityId="
        + entityId
        + ", name="
        + name
        + ", kind="
        + kind
        + ", aliases="
        + aliases
        + "]";
  }
}
