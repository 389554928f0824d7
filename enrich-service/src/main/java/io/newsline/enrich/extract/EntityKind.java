package io.newsline.enrich.extract;

/** STUB until the extractor lands. */
public enum EntityKind {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC
}
