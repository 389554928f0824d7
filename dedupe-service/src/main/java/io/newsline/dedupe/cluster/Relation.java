package io.newsline.dedupe.cluster;

/** How an article relates to the event it was assigned to. */
public enum Relation {
  /** The founding article of a new event. */
  REPRESENTATIVE,
  /** A copy of an article already in the event (same text, wire copy, re-scrape). */
  NEAR_DUPLICATE,
  /** The same real-world event, written differently. */
  SAME_EVENT
}
