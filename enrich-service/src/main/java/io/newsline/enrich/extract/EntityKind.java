package io.newsline.enrich.extract;

/** Coarse entity types, aligned with the CoNLL classes PER/ORG/LOC/MISC. */
public enum EntityKind {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC
}
