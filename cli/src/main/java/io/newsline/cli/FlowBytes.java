package io.newsline.cli;

import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.CleanArticle;
import io.newsline.avro.EntityRecord;
import io.newsline.avro.RawArticle;
import io.newsline.dedupe.DedupeStage;
import io.newsline.dedupe.cluster.ClusterConfig;
import io.newsline.dedupe.cluster.EventClusterer;
import io.newsline.dedupe.cluster.EventState;
import io.newsline.dedupe.cluster.StateRecords;
import io.newsline.enrich.extract.EntityExtractor;
import io.newsline.enrich.resolve.InMemoryEntityRegistry;
import io.newsline.enrich.stage.EnrichStage;
import io.newsline.ingest.IngestService;
import io.newsline.ingest.stage.IngestStage;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.config.Settings;
import io.newsline.runtime.deadletter.RecordRejectedException;
import io.newsline.schemas.TopicSpec;
import io.newsline.schemas.Topics;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each flow of the pipeline carries per article, in bytes as serialised (key and value, Avro
 * single-object encoding, before compression and the broker's record overhead): the stage functions
 * run on the bench's articles one after another in this thread, with stores that count what they
 * are asked to write. No broker: seconds for thousands of articles. The flows of a service's
 * internal stores are its changelogs.
 *
 * <p>It also times each stage function: CPU time and bytes allocated by this thread inside the
 * stage's call, over the second half of the articles (the first half warms the JIT and fills
 * enrich's registry and dedupe's events, as a running pipeline has them), and the CPU the process's
 * other threads (the collector and the JIT) used meanwhile. Thread CPU time is what the stage
 * costs, whatever else the machine runs; the pipeline adds Kafka's work (serdes, transactions)
 * around it.
 */
final class FlowBytes {
  /** Bytes and records of one flow. */
  static final class Flow {
    final String name;
    final String what;
    final boolean always; // in every deployment (the repartition hop is not)
    long bytes;
    long records;

    Flow(String name, String what, boolean always) {
      this.name = name;
      this.what = what;
      this.always = always;
    }

    void add(byte[] key, byte[] value) {
      bytes += (key == null ? 0 : key.length) + (value == null ? 0 : value.length);
      records++;
    }
  }

  /** CPU time and allocation of one stage function over the measured articles. */
  static final class StageCost {
    final String name;
    long cpuNanos;
    long allocatedBytes;

    StageCost(String name) {
      this.name = name;
    }
  }

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final StageCost ingestCost = new StageCost("ingest");
  private final StageCost enrichCost = new StageCost("enrich");
  private final StageCost dedupeCost = new StageCost("dedupe");
  private long measuredArticles;
  private long otherThreadsNanos;
  // whether this article's stage calls are timed, and this thread's CPU and allocation when the
  // current call began
  private boolean timing;
  private long cpuAtStart;
  private long allocatedAtStart;

  private final Topics topics = Topics.standard();
  private final Map<String, Flow> flows = new LinkedHashMap<>();
  private final Flow raw = flow(Topics.RAW, "RawArticle");
  private final Flow clean = flow(Topics.CLEAN, "CleanArticle");
  private final Flow enriched = flow(Topics.ENRICHED, "EnrichedArticle");
  private final Flow entities = flow(Topics.ENTITIES, "EntityRecord, new or changed identities");
  private final Flow repartition =
      flow(
          false,
          "dedupe repartition",
          "EnrichedArticle for clustering; only where news.enriched has several partitions");
  private final Flow events = flow(Topics.EVENTS, "CanonicalEvent, a version per change");
  private final Flow eventsStore = flow("dedupe-events changelog", "the latest CanonicalEvent");
  private final Flow states = flow("dedupe-states changelog", "clustering state records");

  private final IngestStage ingest;
  private final EnrichStage enrich;
  private final ClusterConfig clusterConfig;
  private final DedupeStage dedupe;
  // the states changelog as compaction leaves it: the latest record of each key
  private final Map<String, byte[]> latestStates = new HashMap<>();
  private long articles;
  private long rejected;

  FlowBytes(NewslineConfig config) {
    ingest = IngestService.stage(config);
    enrich =
        new EnrichStage(
            EntityExtractor.create(),
            new InMemoryEntityRegistry(config.getInt(Settings.ENRICH_REGISTRY_MAX_ENTITIES)));
    clusterConfig = new ClusterConfig(config.getLong(Settings.DEDUPE_RETENTION_MS));
    dedupe = new DedupeStage(new EventClusterer(clusterConfig), new CountingStore());
  }

  private Flow flow(String name, String what) {
    return flow(true, name, what);
  }

  private Flow flow(boolean always, String name, String what) {
    Flow f = new Flow(name, what, always);
    flows.put(name, f);
    return f;
  }

  /** Runs the corpus's first {@code count} articles through the three stages. */
  void run(BenchCorpus corpus, int count) {
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    int measureFrom = count / 2;
    long processAtMeasure = 0;
    long threadAtMeasure = 0;
    for (int i = 0; i < count; i++) {
      if (i == measureFrom) {
        processAtMeasure = PROCESS.getProcessCpuTime();
        threadAtMeasure = THREADS.getCurrentThreadCpuTime();
      }
      timing = i >= measureFrom;
      measuredArticles += timing ? 1 : 0;
      Instant received = start.plusMillis(i);
      RawArticle rawArticle = corpus.article(i).toRawArticle(received);
      add(raw, topics.raw, rawArticle.getId(), rawArticle);
      articles++;
      CleanArticle cleaned;
      begin();
      try {
        cleaned = ingest.process(rawArticle);
      } catch (RecordRejectedException e) {
        rejected++;
        continue;
      } finally {
        end(ingestCost);
      }
      add(clean, topics.clean, cleaned.getId(), cleaned);
      begin();
      EnrichStage.Result result = enrich.process(cleaned, received);
      end(enrichCost);
      add(enriched, topics.enriched, cleaned.getId(), result.enriched());
      for (EntityRecord e : result.changed()) {
        add(entities, topics.entities, e.getEntityId(), e);
      }
      add(
          repartition,
          topics.enriched,
          cleaned.getId(),
          DedupeStage.forClustering(result.enriched()));
      begin();
      List<CanonicalEvent> versions = dedupe.process(result.enriched());
      end(dedupeCost);
      for (CanonicalEvent e : versions) {
        add(events, topics.events, e.getEventId(), e);
      }
    }
    if (measuredArticles > 0) {
      otherThreadsNanos =
          (PROCESS.getProcessCpuTime() - processAtMeasure)
              - (THREADS.getCurrentThreadCpuTime() - threadAtMeasure);
    }
  }

  private void begin() {
    if (timing) {
      cpuAtStart = THREADS.getCurrentThreadCpuTime();
      allocatedAtStart = THREADS.getCurrentThreadAllocatedBytes();
    }
  }

  private void end(StageCost cost) {
    if (timing) {
      cost.cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuAtStart;
      cost.allocatedBytes += THREADS.getCurrentThreadAllocatedBytes() - allocatedAtStart;
    }
  }

  /** The stages' costs over the measured articles, in pipeline order. */
  List<StageCost> stageCosts() {
    return List.of(ingestCost, enrichCost, dedupeCost);
  }

  /** Articles of the second half, over which the stages were timed. */
  long measuredArticles() {
    return measuredArticles;
  }

  /** CPU of the process's other threads (collector, JIT) while the measured articles ran. */
  long otherThreadsNanos() {
    return otherThreadsNanos;
  }

  private <V> void add(Flow flow, TopicSpec<String, V> topic, String key, V value) {
    flow.add(
        key.getBytes(StandardCharsets.UTF_8),
        topic.valueSerde().serializer().serialize(topic.name(), value));
  }

  /**
   * What a dedupe restart would restore: its states changelog compacted (the latest record of each
   * key; before compaction it replays every record the flow counted), and how long reading the
   * records and rebuilding the clusterer from them takes in this process.
   */
  record Restore(int records, long bytes, int events, long millis) {}

  Restore restore() {
    long bytes = 0;
    for (Map.Entry<String, byte[]> e : latestStates.entrySet()) {
      bytes += e.getKey().length() + e.getValue().length;
    }
    long started = System.nanoTime();
    List<EventState> read = StateRecords.read(latestStates.values()).states();
    new EventClusterer(clusterConfig).restore(read);
    long millis = (System.nanoTime() - started) / 1_000_000;
    return new Restore(latestStates.size(), bytes, read.size(), millis);
  }

  /** Articles sent, and of those rejected by ingest. */
  long articles() {
    return articles;
  }

  long rejected() {
    return rejected;
  }

  /** Bytes of the flows every deployment has (all but the repartition hop). */
  long alwaysBytes() {
    long total = 0;
    for (Flow f : flows.values()) {
      total += f.always ? f.bytes : 0;
    }
    return total;
  }

  List<Flow> flows() {
    return List.copyOf(flows.values());
  }

  /** dedupe's stores, counting what they are asked to write (the records their changelogs get). */
  private final class CountingStore implements DedupeStage.EventStore {
    private final Map<String, CanonicalEvent> held = new HashMap<>();
    private final StateRecords.Sink sink =
        new StateRecords.Sink() {
          @Override
          public void put(String key, byte[] value) {
            states.add(key.getBytes(StandardCharsets.UTF_8), value);
            latestStates.put(key, value);
          }

          @Override
          public void delete(String key) {
            states.add(key.getBytes(StandardCharsets.UTF_8), null);
            latestStates.remove(key);
          }
        };

    @Override
    public CanonicalEvent event(String eventId) {
      return held.get(eventId);
    }

    @Override
    public void putEvent(CanonicalEvent event) {
      held.put(event.getEventId(), event);
      add(eventsStore, topics.events, event.getEventId(), event);
    }

    @Override
    public void deleteEvent(String eventId) {
      held.remove(eventId);
      eventsStore.add(eventId.getBytes(StandardCharsets.UTF_8), null);
    }

    @Override
    public void putState(EventState state) {
      StateRecords.write(state, sink);
    }

    @Override
    public void deleteState(EventState state) {
      StateRecords.delete(state, sink);
    }

    @Override
    public List<EventState> allStates() {
      return List.of();
    }
  }
}
