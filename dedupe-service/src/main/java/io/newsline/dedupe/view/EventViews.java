package io.newsline.dedupe.view;

import io.newsline.avro.ArticleRelation;
import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.CleanArticle;
import io.newsline.avro.EnrichedArticle;
import io.newsline.avro.Entity;
import io.newsline.avro.EventArticle;
import io.newsline.avro.EventEntity;
import io.newsline.avro.EventStatus;
import io.newsline.dedupe.cluster.EventState;
import io.newsline.dedupe.cluster.Relation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a canonical event record changes: founded by an article, joined by more, merged into another,
 * closed. Every change is a new version; nothing here knows of Kafka.
 */
public final class EventViews {
  /** Top entities kept per event. */
  static final int TOP_ENTITIES = 20;

  /** Summary: the representative's lead sentences, up to about this many characters. */
  static final int SUMMARY_CHARS = 400;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?(?=\\s+\\p{Lu}|\\s*$)");

  private EventViews() {}

  /** Version 1 of an event founded by {@code article}. */
  public static CanonicalEvent found(String eventId, EnrichedArticle article, long eventTime) {
    CleanArticle clean = article.getArticle();
    CanonicalEvent event =
        CanonicalEvent.newBuilder()
            .setEventId(eventId)
            .setVersion(1)
            .setStatus(EventStatus.ACTIVE)
            .setHeadline(headline(clean))
            .setSummary(summary(clean.getText()))
            .setFirstSeen(Instant.ofEpochMilli(eventTime))
            .setLastUpdated(Instant.ofEpochMilli(eventTime))
            .setArticles(List.of(member(article, Relation.REPRESENTATIVE, 1.0)))
            .setPublishers(clean.getPublisher() == null ? List.of() : List.of(clean.getPublisher()))
            .setTopEntities(List.of())
            .build();
    return withEntities(event, List.of(article));
  }

  /** The next version of {@code event} with {@code article} as a member. */
  public static CanonicalEvent join(
      CanonicalEvent event,
      EnrichedArticle article,
      Relation relation,
      double similarity,
      long eventTime) {
    CanonicalEvent next = CanonicalEvent.newBuilder(event).build();
    List<EventArticle> members = new ArrayList<>(event.getArticles());
    members.add(member(article, relation, similarity));
    next.setArticles(members);
    next.setVersion(event.getVersion() + 1);
    next.setLastUpdated(later(event.getLastUpdated(), eventTime));
    String publisher = article.getArticle().getPublisher();
    if (publisher != null && !event.getPublishers().contains(publisher)) {
      List<String> publishers = new ArrayList<>(event.getPublishers());
      publishers.add(publisher);
      next.setPublishers(publishers);
    }
    return withEntities(next, List.of(article));
  }

  /** The survivor's next version after absorbing {@code merged}'s members. */
  public static CanonicalEvent absorb(CanonicalEvent survivor, CanonicalEvent merged, long time) {
    CanonicalEvent next = CanonicalEvent.newBuilder(survivor).build();
    List<EventArticle> members = new ArrayList<>(survivor.getArticles());
    for (EventArticle article : merged.getArticles()) {
      EventArticle copy = EventArticle.newBuilder(article).build();
      if (copy.getRelation() == ArticleRelation.REPRESENTATIVE) {
        copy.setRelation(ArticleRelation.SAME_EVENT);
      }
      members.add(copy);
    }
    next.setArticles(members);
    LinkedHashSet<String> publishers = new LinkedHashSet<>(survivor.getPublishers());
    publishers.addAll(merged.getPublishers());
    next.setPublishers(List.copyOf(publishers));
    Map<String, EventEntity> entities = new LinkedHashMap<>();
    for (EventEntity e : survivor.getTopEntities()) {
      entities.put(e.getEntityId(), EventEntity.newBuilder(e).build());
    }
    for (EventEntity e : merged.getTopEntities()) {
      entities.merge(
          e.getEntityId(),
          EventEntity.newBuilder(e).build(),
          (a, b) -> {
            a.setArticleCount(a.getArticleCount() + b.getArticleCount());
            return a;
          });
    }
    next.setTopEntities(top(entities));
    next.setVersion(survivor.getVersion() + 1);
    next.setFirstSeen(
        survivor.getFirstSeen().isBefore(merged.getFirstSeen())
            ? survivor.getFirstSeen()
            : merged.getFirstSeen());
    next.setLastUpdated(later(survivor.getLastUpdated(), time));
    return next;
  }

  /**
   * The two records of a split ({@link io.newsline.dedupe.cluster.EventClusterer#splitEvents()}):
   * the next version of {@code event} with the members {@code kept} still holds (its first member,
   * headline and summary stay), and version 1 of {@code off} with those that left, in their order,
   * the earliest its representative. The new event's headline is that member's title (its summary
   * too: dedupe does not keep members' texts). Each part's top entities are those of the event's
   * list that it still names, counted from the clusterer's state.
   */
  public static List<CanonicalEvent> split(
      CanonicalEvent event, EventState kept, EventState off, long time) {
    Set<String> left = new HashSet<>(off.memberIds());
    List<EventArticle> stay = new ArrayList<>();
    List<EventArticle> go = new ArrayList<>();
    for (EventArticle article : event.getArticles()) {
      (left.contains(article.getArticleId()) ? go : stay)
          .add(EventArticle.newBuilder(article).build());
    }
    CanonicalEvent next = CanonicalEvent.newBuilder(event).build();
    next.setArticles(stay);
    next.setPublishers(publishers(stay));
    next.setTopEntities(entitiesOf(event, kept));
    next.setVersion(event.getVersion() + 1);
    next.setLastUpdated(later(event.getLastUpdated(), time));
    String title = null;
    if (!go.isEmpty()) {
      go.get(0).setRelation(ArticleRelation.REPRESENTATIVE);
      title = go.get(0).getTitle();
    }
    if (title == null || title.isBlank()) {
      title = event.getHeadline();
    }
    CanonicalEvent split =
        CanonicalEvent.newBuilder()
            .setEventId(off.eventId())
            .setVersion(1)
            .setStatus(EventStatus.ACTIVE)
            .setHeadline(title)
            .setSummary(title)
            .setFirstSeen(Instant.ofEpochMilli(off.firstSeen()))
            .setLastUpdated(later(Instant.ofEpochMilli(off.lastUpdated()), time))
            .setArticles(go)
            .setPublishers(publishers(go))
            .setTopEntities(entitiesOf(event, off))
            .build();
    return List.of(next, split);
  }

  private static List<String> publishers(List<EventArticle> articles) {
    LinkedHashSet<String> publishers = new LinkedHashSet<>();
    for (EventArticle article : articles) {
      if (article.getPublisher() != null) {
        publishers.add(article.getPublisher());
      }
    }
    return List.copyOf(publishers);
  }

  private static List<EventEntity> entitiesOf(CanonicalEvent event, EventState part) {
    Map<String, EventEntity> entities = new LinkedHashMap<>();
    for (EventEntity e : event.getTopEntities()) {
      int n = part.entityArticles(e.getEntityId());
      if (n > 0) {
        EventEntity copy = EventEntity.newBuilder(e).build();
        copy.setArticleCount(n);
        entities.put(e.getEntityId(), copy);
      }
    }
    return top(entities);
  }

  /** The last version of an event folded into {@code survivorId}. */
  public static CanonicalEvent mergedInto(CanonicalEvent event, String survivorId, long time) {
    CanonicalEvent next = CanonicalEvent.newBuilder(event).build();
    next.setStatus(EventStatus.MERGED_INTO);
    next.setMergedInto(survivorId);
    next.setVersion(event.getVersion() + 1);
    next.setLastUpdated(later(event.getLastUpdated(), time));
    return next;
  }

  /** The last version of an event idle past the retention window. */
  public static CanonicalEvent closed(CanonicalEvent event) {
    CanonicalEvent next = CanonicalEvent.newBuilder(event).build();
    next.setStatus(EventStatus.CLOSED);
    next.setVersion(event.getVersion() + 1);
    return next;
  }

  /** The article's title, else its first sentence. */
  static String headline(CleanArticle article) {
    if (article.getTitle() != null && !article.getTitle().isBlank()) {
      return article.getTitle();
    }
    String lead = summary(article.getText());
    Matcher end = SENTENCE_END.matcher(lead);
    return end.find() ? lead.substring(0, end.end()) : lead;
  }

  /** The lead sentences of {@code text}, whole sentences up to about {@link #SUMMARY_CHARS}. */
  static String summary(String text) {
    String flat = collapseSpaces(text.strip());
    if (flat.length() <= SUMMARY_CHARS) {
      return flat;
    }
    Matcher end = SENTENCE_END.matcher(flat);
    int cut = -1;
    while (end.find()) {
      if (end.end() > SUMMARY_CHARS && cut > 0) {
        break;
      }
      cut = end.end();
      if (cut > SUMMARY_CHARS) {
        break;
      }
    }
    if (cut <= 0) {
      int space = flat.lastIndexOf(' ', SUMMARY_CHARS);
      return flat.substring(0, space > 0 ? space : SUMMARY_CHARS) + "…";
    }
    return flat.substring(0, cut);
  }

  /**
   * {@code s.replaceAll("\\s+", " ")} without the regex, which was 3% of dedupe's stream thread:
   * each run of the regex's white space ({@code [ \t\n\x0B\f\r]}) becomes one space.
   */
  static String collapseSpaces(String s) {
    StringBuilder out = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!regexSpace(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      int end = i + 1;
      while (end < n && regexSpace(s.charAt(end))) {
        end++;
      }
      if (out == null && (c != ' ' || end > i + 1)) {
        out = new StringBuilder(n).append(s, 0, i);
      }
      if (out != null) {
        out.append(' ');
      }
      i = end - 1;
    }
    return out == null ? s : out.toString();
  }

  private static boolean regexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static EventArticle member(
      EnrichedArticle article, Relation relation, double similarity) {
    CleanArticle clean = article.getArticle();
    return EventArticle.newBuilder()
        .setArticleId(clean.getId())
        .setSourceId(clean.getSourceId())
        .setSourceUri(clean.getSourceUri())
        .setTitle(clean.getTitle())
        .setPublisher(clean.getPublisher())
        .setRelation(ArticleRelation.valueOf(relation.name()))
        .setSimilarity(similarity)
        .build();
  }

  private static CanonicalEvent withEntities(CanonicalEvent event, List<EnrichedArticle> added) {
    Map<String, EventEntity> entities = new LinkedHashMap<>();
    for (EventEntity e : event.getTopEntities()) {
      entities.put(e.getEntityId(), EventEntity.newBuilder(e).build());
    }
    for (EnrichedArticle article : added) {
      for (Entity entity : article.getEntities()) {
        entities
            .computeIfAbsent(
                entity.getEntityId(),
                id ->
                    EventEntity.newBuilder()
                        .setEntityId(id)
                        .setName(entity.getName())
                        .setType(entity.getType())
                        .setArticleCount(0)
                        .build())
            .setArticleCount(entities.get(entity.getEntityId()).getArticleCount() + 1);
      }
    }
    event.setTopEntities(top(entities));
    return event;
  }

  private static List<EventEntity> top(Map<String, EventEntity> entities) {
    return entities.values().stream()
        .sorted(
            Comparator.comparingInt(EventEntity::getArticleCount)
                .reversed()
                .thenComparing(EventEntity::getName))
        .limit(TOP_ENTITIES)
        .toList();
  }

  private static Instant later(Instant current, long time) {
    Instant candidate = Instant.ofEpochMilli(time);
    return candidate.isAfter(current) ? candidate : current;
  }
}
