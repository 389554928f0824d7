package io.newsline.cli;

import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.EventArticle;
import io.newsline.avro.EventStatus;
import io.newsline.schemas.TopicSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a downstream consumer of news.events has seen: the latest version of every event, and how
 * often a version arrived that was not newer than one already seen (never, in a correct run). Fed
 * record by record as the {@link Arrivals.Ids} of an {@link Arrivals} on news.events.
 */
final class EventLedger implements Arrivals.Ids {
  private static final Logger log = LoggerFactory.getLogger(EventLedger.class);
  private final TopicSpec<String, CanonicalEvent> events;
  private final Map<String, CanonicalEvent> latest = new ConcurrentHashMap<>();
  private final AtomicLong versionRegressions = new AtomicLong();

  EventLedger(TopicSpec<String, CanonicalEvent> events) {
    this.events = events;
  }

  @Override
  public List<String> of(String key, byte[] value) {
    if (value == null) {
      return List.of(); // a tombstone: the event was evicted, its last version stands
    }
    CanonicalEvent event = events.value(value);
    CanonicalEvent previous = latest.get(key);
    if (previous != null && event.getVersion() <= previous.getVersion()) {
      if (versionRegressions.incrementAndGet() <= 5) {
        log.warn(
            "event {}: version {} after version {} ({} members after {})",
            key,
            event.getVersion(),
            previous.getVersion(),
            event.getArticles().size(),
            previous.getArticles().size());
      }
    } else {
      latest.put(key, event);
    }
    List<String> ids = new ArrayList<>(event.getArticles().size());
    for (EventArticle member : event.getArticles()) {
      ids.add(member.getArticleId());
    }
    return ids;
  }

  long versionRegressions() {
    return versionRegressions.get();
  }

  /** How the articles sent are spread over the surviving events. */
  record Verdict(long lost, long duplicated, long events) {}

  /** Lost: in no surviving event; duplicated: in more than one (merged events do not count). */
  Verdict verdict(List<String> sent) {
    Map<String, Integer> memberships = new HashMap<>();
    long surviving = 0;
    for (CanonicalEvent event : latest.values()) {
      if (event.getStatus() == EventStatus.MERGED_INTO) {
        continue;
      }
      surviving++;
      for (EventArticle member : event.getArticles()) {
        memberships.merge(member.getArticleId(), 1, Integer::sum);
      }
    }
    long lost = 0;
    long duplicated = 0;
    for (String id : sent) {
      int count = memberships.getOrDefault(id, 0);
      if (count == 0) {
        lost++;
      } else if (count > 1) {
        duplicated++;
      }
    }
    return new Verdict(lost, duplicated, surviving);
  }
}
