package io.newsline.dedupe;

import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.CleanArticle;
import io.newsline.avro.EnrichedArticle;
import io.newsline.avro.Entity;
import io.newsline.dedupe.cluster.ArticleInput;
import io.newsline.dedupe.cluster.Assignment;
import io.newsline.dedupe.cluster.EventClusterer;
import io.newsline.dedupe.cluster.EventState;
import io.newsline.dedupe.view.EventViews;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecordBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What dedupe does to one article, without Kafka: assign it to an event through the clusterer, and
 * produce the new versions of every event record that changed. Event state and records live in an
 * {@link EventStore}, which the service backs with changelogged state stores.
 */
public final class DedupeStage {
  /**
   * Idle events are closed each time the articles' event time passes a multiple of this. Event
   * time, not the records' timestamps (when a producer sent them): a replay of last year's articles
   * must close the same events, at the same articles, as they did live.
   */
  private static final long EVICTION_INTERVAL_MS = 3_600_000;

  private static final Logger log = LoggerFactory.getLogger(DedupeStage.class);

  private final EventClusterer clusterer;
  private final EventStore store;
  private final long maxArticles;
  private long closedForRoom;

  // The held event each article is a member of. An article delivered again (the same file
  // replayed, a producer's retry: its id hashes its source and body, so same id, same article)
  // changes nothing; without this it joined its own event again as a near-duplicate of itself.
  private final Map<String, String> eventOf = new HashMap<>();
  private long redelivered;

  /** The last eviction boundary passed, in event time; restored as that of the newest event. */
  private long evictedAt = Long.MIN_VALUE;

  /** Where events are kept between articles (and across restarts). */
  public interface EventStore {
    CanonicalEvent event(String eventId);

    void putEvent(CanonicalEvent event);

    void deleteEvent(String eventId);

    void putState(EventState state);

    /** Deletes the state of an event that left (evicted, or merged into another). */
    void deleteState(EventState state);

    List<EventState> allStates();
  }

  /** A stage without a bound on the articles it holds (tests). */
  public DedupeStage(EventClusterer clusterer, EventStore store) {
    this(clusterer, store, Long.MAX_VALUE);
  }

  /**
   * @param maxArticles the most articles (members of all events) held; beyond it the least recently
   *     updated events are closed early, so memory stays bounded whatever the feed's volume
   */
  public DedupeStage(EventClusterer clusterer, EventStore store, long maxArticles) {
    this.clusterer = clusterer;
    this.store = store;
    this.maxArticles = maxArticles;
    List<EventState> states = store.allStates();
    clusterer.restore(states);
    states.forEach(state -> evictedAt = Math.max(evictedAt, boundary(state.lastUpdated())));
    states.forEach(this::noteMembers);
  }

  private void noteMembers(EventState state) {
    for (String member : state.memberIds()) {
      eventOf.put(member, state.eventId());
    }
  }

  private void forgetMembers(EventState state) {
    for (String member : state.memberIds()) {
      eventOf.remove(member, state.eventId());
    }
  }

  private static long boundary(long eventTime) {
    return Math.floorDiv(eventTime, EVICTION_INTERVAL_MS) * EVICTION_INTERVAL_MS;
  }

  /** The event time of an article: when it was published, else when it was received. */
  public static long eventTime(CleanArticle article) {
    return (article.getPublishedAt() != null ? article.getPublishedAt() : article.getReceivedAt())
        .toEpochMilli();
  }

  /** What the clusterer reads of an enriched article. */
  public static ArticleInput clusterInput(EnrichedArticle article) {
    CleanArticle clean = article.getArticle();
    return new ArticleInput(
        clean.getId(),
        clean.getTitle() == null ? "" : clean.getTitle(),
        clean.getText(),
        article.getEntities().stream().map(Entity::getEntityId).toList(),
        eventTime(clean));
  }

  /**
   * The article as the clustering task reads it: the same record without its removed lines and
   * entity mentions, which dedupe never reads. It is what crosses dedupe's repartition topic (only
   * where news.enriched has more than one partition). A shallow copy: the input is not changed.
   */
  public static EnrichedArticle forClustering(EnrichedArticle article) {
    CleanArticle slim = copy(article.getArticle(), new CleanArticle());
    slim.setRemovedLines(List.of());
    List<Entity> entities = new ArrayList<>(article.getEntities().size());
    for (Entity entity : article.getEntities()) {
      Entity withoutMentions = copy(entity, new Entity());
      withoutMentions.setMentions(List.of());
      entities.add(withoutMentions);
    }
    return new EnrichedArticle(slim, entities, article.getKeywords());
  }

  /** Every field of {@code from} set on {@code to}, by reference. */
  private static <T extends SpecificRecordBase> T copy(T from, T to) {
    for (int field = 0; field < from.getSchema().getFields().size(); field++) {
      to.put(field, from.get(field));
    }
    return to;
  }

  /**
   * Assigns the article; returns the new versions of the events it changed, in order: first the
   * last versions of events closed as idle, when the article's event time passes an eviction
   * boundary, or to make room for it.
   */
  public List<CanonicalEvent> process(EnrichedArticle article) {
    String held = eventOf.get(article.getArticle().getId());
    if (held != null) {
      if (redelivered++ % 1000 == 0) {
        log.info(
            "article {} is already a member of {}: delivered again, nothing changes ({} so far)",
            article.getArticle().getId(),
            held,
            redelivered);
      }
      return List.of();
    }
    long time = eventTime(article.getArticle());
    List<CanonicalEvent> changed = new ArrayList<>();
    if (boundary(time) > evictedAt) {
      evictedAt = boundary(time);
      changed.addAll(evictIdle(evictedAt));
    }
    makeRoom(changed);
    Assignment assignment = clusterer.assign(clusterInput(article));
    clusterer.changedEvents().forEach(store::putState);
    clusterer.mergedEvents().forEach(this::forgetMembers);
    clusterer.changedEvents().forEach(this::noteMembers);
    // the event the article joined and merges went into; a split leaves it with its first member
    String joined =
        clusterer.splitSourceId() != null ? clusterer.splitSourceId() : assignment.eventId();
    CanonicalEvent event =
        assignment.newEvent()
            ? EventViews.found(assignment.eventId(), article, time)
            : EventViews.join(
                store.event(joined), article, assignment.relation(), assignment.similarity(), time);
    for (EventState gone : clusterer.mergedEvents()) {
      store.deleteState(gone);
      CanonicalEvent merged = store.event(gone.eventId());
      if (merged == null) {
        continue;
      }
      event = EventViews.absorb(event, merged, time);
      changed.add(EventViews.mergedInto(merged, joined, time));
      store.deleteEvent(gone.eventId());
    }
    List<CanonicalEvent> events = List.of(event);
    for (EventState off : clusterer.splitEvents()) {
      events = EventViews.split(event, clusterer.event(joined), off, time);
    }
    for (CanonicalEvent e : events) {
      store.putEvent(e);
      changed.add(e);
    }
    return changed;
  }

  /**
   * Closes events idle past the retention at event time {@code now}; returns their last versions.
   */
  private List<CanonicalEvent> evictIdle(long now) {
    List<CanonicalEvent> closed = new ArrayList<>();
    for (EventState state : clusterer.evictIdle(now)) {
      close(state, closed);
    }
    return closed;
  }

  /**
   * Closes the least recently updated events while the article about to join would exceed {@code
   * maxArticles}; adds their last versions to {@code closed}.
   */
  private void makeRoom(List<CanonicalEvent> closed) {
    while (clusterer.articles() >= maxArticles) {
      EventState state = clusterer.evictLeastRecent();
      if (state == null) {
        return;
      }
      if (closedForRoom++ == 0) {
        log.warn(
            "dedupe holds {} articles, its bound (dedupe.max.articles): closing the least recently"
                + " updated events before their retention ends. Give dedupe more heap and raise the"
                + " bound, or shorten dedupe.retention.ms.",
            maxArticles);
      }
      close(state, closed);
    }
  }

  /** Removes an evicted event from the store; adds its last version, closed, to {@code closed}. */
  private void close(EventState state, List<CanonicalEvent> closed) {
    forgetMembers(state);
    CanonicalEvent event = store.event(state.eventId());
    if (event != null) {
      closed.add(EventViews.closed(event));
      store.deleteEvent(state.eventId());
    }
    store.deleteState(state);
  }

  /** Articles delivered again while their event was held, since this stage started. */
  public long redelivered() {
    return redelivered;
  }

  /** Events closed early to stay within {@code maxArticles}, since this stage started. */
  public long closedForRoom() {
    return closedForRoom;
  }
}
