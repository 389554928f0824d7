package io.newsline.runtime.metrics;

/**
 * Every metric name newsline defines, so dashboards and code agree. Micrometer names use dots;
 * Prometheus shows them with underscores and a unit suffix ({@code newsline.records.in} becomes
 * {@code newsline_records_in_total}). Every meter carries a {@code service} tag.
 */
public final class MetricNames {
  /** Tag naming the service (ingest, enrich, dedupe) a meter belongs to. */
  public static final String TAG_SERVICE = "service";

  /** Records a stage read from its input topic. */
  public static final String RECORDS_IN = "newsline.records.in";

  /** Records a stage wrote to its output topic. */
  public static final String RECORDS_OUT = "newsline.records.out";

  /** Records sent to the dead-letter topic; tag {@code cause}: rejected, deserialization, ... */
  public static final String DEAD_LETTERS = "newsline.dead.letters";

  /** Tag on {@link #DEAD_LETTERS}: why the record became a dead letter. */
  public static final String TAG_CAUSE = "cause";

  /** Stream threads replaced after an uncaught exception. */
  public static final String THREADS_REPLACED = "newsline.stream.threads.replaced";

  /** Time a stage spends on one record, its core function only. */
  public static final String STAGE_DURATION = "newsline.stage.duration";

  /** Lines ingest removed from articles; tag {@link #TAG_RULE}: the rule or reason. */
  public static final String LINES_REMOVED = "newsline.ingest.lines.removed";

  /** Tag on {@link #LINES_REMOVED}. */
  public static final String TAG_RULE = "rule";

  /** Entities found per article (enrich). */
  public static final String ENTITIES_PER_ARTICLE = "newsline.enrich.entities.per.article";

  /** Entities enrich holds in memory for resolution (bounded by enrich.registry.max.entities). */
  public static final String REGISTRY_ENTITIES = "newsline.enrich.registry.entities";

  /** Entities enrich forgot, least recently seen first, to stay within its bound. */
  public static final String REGISTRY_EVICTIONS = "newsline.enrich.registry.evictions";

  /**
   * Canonical event changes (dedupe); tag {@link #TAG_CHANGE}: created, updated, merged, closed.
   */
  public static final String EVENTS = "newsline.dedupe.events";

  /** Tag on {@link #EVENTS}. */
  public static final String TAG_CHANGE = "change";

  /** Articles dedupe holds in memory: the members of all its events. */
  public static final String ARTICLES_HELD = "newsline.dedupe.articles.held";

  /**
   * The most articles dedupe holds (dedupe.max.articles); beyond it events are closed early. With
   * {@link #ARTICLES_HELD}, what a dashboard alerts on before that happens.
   */
  public static final String ARTICLES_BOUND = "newsline.dedupe.articles.bound";

  /**
   * Articles dedupe ignored because they were already members of a held event (the same file
   * replayed again, a producer's retry).
   */
  public static final String ARTICLES_REDELIVERED = "newsline.dedupe.articles.redelivered";

  /** Terms and entity ids dedupe's clusterer has interned, up to twice those its events use. */
  public static final String VOCABULARY = "newsline.dedupe.vocabulary";

  /** From an article's receipt (replay) to the event version it caused being emitted. */
  public static final String END_TO_END_LATENCY = "newsline.end.to.end.latency";

  private MetricNames() {}
}
