package io.newsline.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.newsline.avro.CleanArticle;
import io.newsline.avro.RemovedLine;
import io.newsline.ingest.clean.ArticleCleaner;
import io.newsline.ingest.clean.BoilerplateRules;
import io.newsline.ingest.stage.IngestStage;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.config.Settings;
import io.newsline.runtime.metrics.MetricNames;
import io.newsline.runtime.streams.ServiceContext;
import io.newsline.runtime.streams.StreamsService;
import io.newsline.schemas.Topics;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Produced;

/** ingest-service: news.raw → news.clean, through {@link IngestStage}. */
public final class IngestService implements StreamsService {
  public static final String NAME = "ingest";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Topology buildTopology(ServiceContext context) {
    return buildTopology(context, stage(context.config()));
  }

  /** The stage the configuration asks for: built-in rules, or the operator's rule file. */
  public static IngestStage stage(NewslineConfig config) {
    String rulesFile = config.get(Settings.INGEST_RULES_FILE);
    BoilerplateRules rules =
        rulesFile.isBlank()
            ? BoilerplateRules.defaults()
            : BoilerplateRules.load(Path.of(rulesFile));
    return new IngestStage(
        ArticleCleaner.withRules(rules), config.getLong(Settings.INGEST_MAX_BODY_BYTES));
  }

  /** The topology, from a context and a stage: what tests build with TopologyTestDriver. */
  public static Topology buildTopology(ServiceContext context, IngestStage stage) {
    Topics topics = context.topics();
    Counter in = context.counter(MetricNames.RECORDS_IN);
    Counter out = context.counter(MetricNames.RECORDS_OUT);
    Timer duration =
        Timer.builder(MetricNames.STAGE_DURATION).tags(context.tags()).register(context.meters());
    Map<String, Counter> removed = new ConcurrentHashMap<>();

    StreamsBuilder builder = new StreamsBuilder();
    context.stream(builder, topics.raw)
        .peek((key, raw) -> in.increment())
        .mapValues(
            raw -> {
              long started = System.nanoTime();
              CleanArticle clean = stage.process(raw);
              duration.record(
                  System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
              for (RemovedLine line : clean.getRemovedLines()) {
                removed
                    .computeIfAbsent(
                        line.getRule(),
                        rule ->
                            context.counter(MetricNames.LINES_REMOVED, MetricNames.TAG_RULE, rule))
                    .increment();
              }
              return clean;
            })
        .peek((key, clean) -> out.increment())
        .to(topics.clean.name(), Produced.with(topics.clean.keySerde(), topics.clean.valueSerde()));
    return builder.build();
  }
}
