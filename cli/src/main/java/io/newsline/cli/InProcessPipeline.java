package io.newsline.cli;

import io.newsline.avro.CleanArticle;
import io.newsline.avro.EnrichedArticle;
import io.newsline.dedupe.DedupeStage;
import io.newsline.dedupe.cluster.Assignment;
import io.newsline.dedupe.cluster.ClusterConfig;
import io.newsline.dedupe.cluster.EventClusterer;
import io.newsline.dedupe.cluster.EventState;
import io.newsline.enrich.extract.EntityExtractor;
import io.newsline.enrich.resolve.InMemoryEntityRegistry;
import io.newsline.enrich.stage.EnrichStage;
import io.newsline.ingest.IngestService;
import io.newsline.ingest.input.InputArticle;
import io.newsline.ingest.stage.IngestStage;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.config.Settings;
import io.newsline.runtime.deadletter.RecordRejectedException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three services' stage functions (ingest cleaning, enrich extraction and resolution, dedupe
 * clustering) run one article after another in this thread, without a broker: quality figures in
 * seconds instead of a minute, and a cheap check of the seeds' events. Not the pipeline itself:
 * articles meet the clusterer exactly in input order (the pipeline interleaves three partitions),
 * and the entity registry is updated at once (the pipeline's goes through news.entities).
 */
final class InProcessPipeline {
  /** Receive times start here and advance a millisecond per article, so runs are repeatable. */
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private final IngestStage ingest;
  private final EnrichStage enrich;
  private final EventClusterer clusterer;
  private long articles;

  /**
   * @param extractor enrich's extractor (costly to create, so runs may share one: its only state is
   *     a memo of the POS tagger's answers, which never changes an article's entities)
   */
  InProcessPipeline(NewslineConfig config, EntityExtractor extractor) {
    this.ingest = IngestService.stage(config);
    this.enrich = new EnrichStage(extractor, new InMemoryEntityRegistry());
    this.clusterer =
        new EventClusterer(new ClusterConfig(config.getLong(Settings.DEDUPE_RETENTION_MS)));
  }

  /**
   * Runs the articles in order; returns each kept article's source id with the id of the event it
   * ends in (articles ingest rejects are left out, as the pipeline dead-letters them).
   */
  Map<String, String> run(List<InputArticle> inputs) {
    Map<String, String> eventOf = new LinkedHashMap<>();
    Map<String, String> sourceOf = new HashMap<>(); // article id -> source id
    for (InputArticle input : inputs) {
      Instant received = START.plusMillis(articles++);
      CleanArticle clean;
      try {
        clean = ingest.process(input.toRawArticle(received));
      } catch (RecordRejectedException e) {
        continue;
      }
      EnrichedArticle enriched = enrich.process(clean, received).enriched();
      Assignment assignment = clusterer.assign(DedupeStage.clusterInput(enriched));
      // merged events went into the event the article joined, which a split may have left since
      String joined =
          clusterer.splitSourceId() != null ? clusterer.splitSourceId() : assignment.eventId();
      for (String merged : assignment.mergedEventIds()) {
        eventOf.replaceAll((article, event) -> event.equals(merged) ? joined : event);
      }
      eventOf.put(clean.getSourceId(), assignment.eventId());
      sourceOf.put(clean.getId(), clean.getSourceId());
      for (EventState split : clusterer.splitEvents()) {
        split.memberIds().forEach(m -> eventOf.put(sourceOf.get(m), split.eventId()));
      }
    }
    return eventOf;
  }
}
