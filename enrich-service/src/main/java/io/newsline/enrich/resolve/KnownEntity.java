package io.newsline.enrich.resolve;

import io.newsline.enrich.extract.EntityKind;
import java.util.Set;

/** STUB until the resolver lands. */
public record KnownEntity(String entityId, String name, EntityKind kind, Set<String> aliases) {}
