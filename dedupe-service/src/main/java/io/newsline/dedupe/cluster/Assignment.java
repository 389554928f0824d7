package io.newsline.dedupe.cluster;

import java.util.List;

/** STUB until the clusterer lands. */
public record Assignment(
    String eventId,
    Relation relation,
    double similarity,
    boolean newEvent,
    List<String> mergedEventIds) {}
