package io.newsline.dedupe.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** STUB until the clusterer lands: identical texts share an event, nothing else does. */
public final class EventClusterer {
  private final ClusterConfig config;
  private final Map<String, EventState> events = new LinkedHashMap<>();
  private final List<EventState> changed = new ArrayList<>();

  public EventClusterer(ClusterConfig config) {
    this.config = config;
  }

  public void restore(Collection<EventState> states) {
    states.forEach(s -> events.put(s.eventId(), s));
  }

  public Assignment assign(ArticleInput article) {
    changed.clear();
    for (EventState event : events.values()) {
      if (event.text.equals(article.text())) {
        event.touch(article.eventTime(), article.articleId());
        changed.add(event);
        return new Assignment(event.eventId(), Relation.NEAR_DUPLICATE, 1.0, false, List.of());
      }
    }
    EventState event =
        new EventState(
            "evt-" + article.articleId(),
            article.eventTime(),
            article.eventTime(),
            List.of(article.articleId()),
            article.text());
    events.put(event.eventId(), event);
    changed.add(event);
    return new Assignment(event.eventId(), Relation.REPRESENTATIVE, 1.0, true, List.of());
  }

  public List<EventState> changedEvents() {
    return List.copyOf(changed);
  }

  public List<String> evictIdle(long now) {
    List<String> evicted = new ArrayList<>();
    events
        .values()
        .removeIf(
            e -> {
              boolean idle = now - e.lastUpdated() > config.retentionMillis();
              if (idle) {
                evicted.add(e.eventId());
              }
              return idle;
            });
    return evicted;
  }

  public int size() {
    return events.size();
  }
}
