package io.newsline.cli;

import io.newsline.avro.RawArticle;
import io.newsline.ingest.replay.ReplaySummary;
import io.newsline.ingest.replay.Replayer;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.config.Settings;
import io.newsline.runtime.streams.TopicAdmin;
import io.newsline.schemas.TopicSpec;
import io.newsline.schemas.Topics;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.Producer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsline replay}: article files onto news.raw. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Replay article files onto news.raw: .txt (one article per file), .jsonl (one per line: id,"
          + " text, optional title, url, published, source), and their .gz forms; directories"
          + " recursively.",
      "Keys are stable article ids, so replaying a file twice gives the same keys. Unreadable,"
          + " invalid UTF-8, empty and oversized inputs are reported and skipped."
    })
final class ReplayCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin InputOptions input;

  @Option(
      names = "--topic",
      paramLabel = "TOPIC",
      description = "Topic to write to (default: news.raw, with the configured prefix).")
  String topic;

  @Option(
      names = "--rate",
      paramLabel = "N",
      defaultValue = "0",
      description = "Articles per second; 0 = as fast as possible (default).")
  double rate;

  @Option(
      names = "--loop",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Replay the inputs N times (default: ${DEFAULT-VALUE}): the same articles, same keys,"
              + " so dedupe ignores the repeats of articles it holds (load for ingest and enrich;"
              + " `newsline bench` makes distinct ones).")
  int loops;

  @Override
  public Integer call() {
    NewslineConfig config = options.config();
    Topics topics = Topics.withPrefix(config.topicPrefix());
    TopicSpec<String, RawArticle> target =
        topic == null
            ? topics.raw
            : new TopicSpec<>(topic, topics.raw.keySerde(), topics.raw.valueSerde(), false);
    TopicAdmin.ensureTopics(
        Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()),
        List.of(target),
        config.getInt(Settings.TOPIC_PARTITIONS),
        (short) config.getInt(Settings.TOPIC_REPLICATION));
    ReplaySummary summary;
    try (Producer<String, RawArticle> producer =
            Replayer.producer(config.bootstrapServers(), target, config.kafkaProperties());
        ProgressBar progress = ProgressBar.onTerminal()) {
      summary =
          new Replayer(producer, target, input.reader(), Clock.systemUTC())
              .replay(input.paths(), loops, rate, progress::update);
    }
    spec.commandLine().getOut().print(summary.describe(target.name()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
