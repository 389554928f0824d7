package io.newsline.cli;

import io.newsline.avro.RawArticle;
import io.newsline.ingest.replay.Replayer;
import io.newsline.schemas.TopicSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Sends benchmark articles to news.raw as replay does, noting when each was sent. */
final class ArticleSender {
  private ArticleSender() {}

  /** What {@link #send} sent: article ids and their send times. */
  record Sent(List<String> ids, long[] sendNanos, long firstSendNanos) {
    /** The articles sent from index {@code from} up to {@code to}. */
    Sent slice(int from, int to) {
      return new Sent(
          ids.subList(from, to),
          Arrays.copyOfRange(sendNanos, from, to),
          from < to ? sendNanos[from] : firstSendNanos);
    }
  }

  /**
   * Sends corpus articles {@code from} to {@code from + count} to news.raw, as fast as possible
   * ({@code perSecond} 0) or paced, and waits until all are acknowledged.
   */
  static Sent send(
      String bootstrap,
      TopicSpec<String, RawArticle> raw,
      BenchCorpus corpus,
      int from,
      int count,
      int perSecond) {
    return send(bootstrap, raw, articles(corpus, from, count), perSecond);
  }

  /**
   * Corpus articles {@code from} to {@code from + count}, made before a measurement: making them
   * costs the bench process about as much CPU as the broker spends on them.
   */
  static List<RawArticle> articles(BenchCorpus corpus, int from, int count) {
    List<RawArticle> records = new ArrayList<>(count);
    for (int i = from; i < from + count; i++) {
      records.add(corpus.article(i).toRawArticle(Instant.EPOCH));
    }
    return records;
  }

  /** Sends the articles as fast as possible ({@code perSecond} 0) or paced, and awaits acks. */
  static Sent send(
      String bootstrap,
      TopicSpec<String, RawArticle> raw,
      List<RawArticle> records,
      int perSecond) {
    int count = records.size();
    List<String> ids = records.stream().map(RawArticle::getId).toList();
    long[] sendNanos = new long[count];
    long interval = perSecond > 0 ? 1_000_000_000L / perSecond : 0;
    try (Producer<String, RawArticle> producer = Replayer.producer(bootstrap, raw, Map.of())) {
      long start = System.nanoTime();
      for (int i = 0; i < count; i++) {
        if (interval > 0) {
          long wait = start + i * interval - System.nanoTime();
          if (wait > 0) {
            LockSupport.parkNanos(wait);
          }
        }
        RawArticle record = records.get(i);
        record.setReceivedAt(Instant.now());
        sendNanos[i] = System.nanoTime();
        producer.send(new ProducerRecord<>(raw.name(), record.getId(), record));
      }
      producer.flush();
      return new Sent(ids, sendNanos, start);
    }
  }
}
