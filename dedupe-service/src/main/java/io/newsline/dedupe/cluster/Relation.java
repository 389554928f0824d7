package io.newsline.dedupe.cluster;

/** STUB until the clusterer lands. */
public enum Relation {
  REPRESENTATIVE,
  NEAR_DUPLICATE,
  SAME_EVENT
}
