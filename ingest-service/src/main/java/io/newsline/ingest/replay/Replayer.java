package io.newsline.ingest.replay;

import io.newsline.avro.RawArticle;
import io.newsline.ingest.input.ArticleReader;
import io.newsline.ingest.input.InputArticle;
import io.newsline.schemas.TopicSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays article files onto news.raw: each article keyed by its stable id, through an idempotent
 * producer with acks=all, optionally paced to a rate and looped. Skipped inputs are counted by
 * reason and never stop the run.
 */
public final class Replayer {
  private static final Logger log = LoggerFactory.getLogger(Replayer.class);

  /** Sees progress as it happens (a terminal progress bar, say). */
  public interface Progress {
    void update(long articles, long bytes, long skipped);
  }

  private final Producer<String, RawArticle> producer;
  private final TopicSpec<String, RawArticle> topic;
  private final ArticleReader reader;
  private final Clock clock;

  public Replayer(
      Producer<String, RawArticle> producer,
      TopicSpec<String, RawArticle> topic,
      ArticleReader reader,
      Clock clock) {
    this.producer = producer;
    this.topic = topic;
    this.reader = reader;
    this.clock = clock;
  }

  /** An idempotent, acks=all producer for {@code topic}. */
  public static Producer<String, RawArticle> producer(
      String bootstrapServers, TopicSpec<String, RawArticle> topic, Map<String, String> extra) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
    props.putAll(extra);
    return new KafkaProducer<>(
        props, topic.keySerde().serializer(), topic.valueSerde().serializer());
  }

  /**
   * Replays {@code inputs} {@code loops} times at up to {@code ratePerSecond} articles per second
   * (0 = as fast as possible) and waits until every record is acknowledged.
   */
  public ReplaySummary replay(
      List<Path> inputs, int loops, double ratePerSecond, Progress progress) {
    long started = System.nanoTime();
    long[] counts = new long[2];
    Map<String, Long> skipped = new ConcurrentHashMap<>();
    AtomicReference<Exception> failure = new AtomicReference<>();
    long intervalNanos = ratePerSecond > 0 ? (long) (1e9 / ratePerSecond) : 0;
    long[] nextSend = {System.nanoTime()};
    for (int loop = 0; loop < loops && failure.get() == null; loop++) {
      boolean countSkips = loop == 0;
      reader.read(
          inputs,
          new ArticleReader.Listener() {
            @Override
            public void article(InputArticle article, long bytes) {
              if (failure.get() != null) {
                return;
              }
              if (intervalNanos > 0) {
                long wait = nextSend[0] - System.nanoTime();
                if (wait > 0) {
                  LockSupport.parkNanos(wait);
                }
                nextSend[0] =
                    Math.max(nextSend[0] + intervalNanos, System.nanoTime() - intervalNanos);
              }
              RawArticle raw = article.toRawArticle(clock.instant());
              producer.send(
                  new ProducerRecord<>(topic.name(), raw.getId(), raw),
                  (metadata, exception) -> {
                    if (exception != null) {
                      failure.compareAndSet(null, exception);
                    }
                  });
              counts[0]++;
              counts[1] += bytes;
              progress.update(counts[0], counts[1], skippedTotal(skipped));
            }

            @Override
            public void skipped(String where, String reason) {
              if (countSkips) {
                log.warn("skipped {}: {}", where, reason);
                skipped.merge(reason, 1L, Long::sum);
                progress.update(counts[0], counts[1], skippedTotal(skipped));
              }
            }
          });
    }
    producer.flush();
    if (failure.get() != null) {
      throw new IllegalStateException(
          "cannot write to " + topic.name() + ": " + failure.get().getMessage(), failure.get());
    }
    return new ReplaySummary(
        counts[0], counts[1], Map.copyOf(skipped), Duration.ofNanos(System.nanoTime() - started));
  }

  private static long skippedTotal(Map<String, Long> skipped) {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }
}
