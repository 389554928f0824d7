package io.newsline.enrich.resolve;

import io.newsline.enrich.extract.EntityKind;
import java.util.Objects;
import java.util.Set;

/**
 * A known entity: stable id, canonical name, kind, every alias seen.
 *
 * @param entityId deterministic id ("per:…", "org:…", "geonames:123", "country:AFG")
 * @param name canonical (fullest) name
 * @param kind entity type
 * @param aliases every surface form seen, including the name; immutable copy
 */
public record KnownEntity(String entityId, String name, EntityKind kind, Set<String> aliases) {
  public KnownEntity {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    aliases = aliases == null ? Set.of() : Set.copyOf(aliases);
  }
}
