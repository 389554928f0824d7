package io.newsline.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * When each article first became visible on an output topic to a downstream consumer
 * (read-committed, as consumers of an exactly-once pipeline read): a consumer thread notes the
 * arrival time of every article id a record carries.
 */
final class Arrivals implements AutoCloseable {
  /** The article ids one output record carries. */
  interface Ids {
    List<String> of(String key, byte[] value);
  }

  /** Stop waiting for the rest once nothing new arrived for this long. */
  private static final Duration QUIET = Duration.ofSeconds(30);

  private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean assigned;
  private volatile boolean running = true;
  private volatile long lastArrivalNanos = System.nanoTime();
  private volatile RuntimeException failure;

  Arrivals(String bootstrap, String topic, Ids ids) {
    this(bootstrap, topic, ids, false);
  }

  /**
   * @param fromEnd only records written from now on (else the whole topic, which survives a broker
   *     restart where a group's position might not)
   */
  Arrivals(String bootstrap, String topic, Ids ids, boolean fromEnd) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
    thread =
        new Thread(
            () -> {
              try (KafkaConsumer<String, byte[]> consumer =
                  new KafkaConsumer<>(
                      props, new StringDeserializer(), new ByteArrayDeserializer())) {
                // Assigned, not subscribed: a group without commits would start over from the
                // beginning after a broker restart, and old versions would look new.
                List<TopicPartition> partitions = List.of();
                while (running && partitions.isEmpty()) {
                  partitions = partitions(consumer, topic);
                }
                consumer.assign(partitions);
                if (fromEnd) {
                  consumer.seekToEnd(partitions);
                  partitions.forEach(consumer::position); // resolve now, before anything is sent
                } else {
                  consumer.seekToBeginning(partitions);
                }
                assigned = true;
                while (running) {
                  var records = consumer.poll(Duration.ofMillis(50));
                  long now = System.nanoTime();
                  for (ConsumerRecord<String, byte[]> r : records) {
                    for (String id : ids.of(r.key(), r.value())) {
                      if (firstSeen.putIfAbsent(id, now) == null) {
                        lastArrivalNanos = now;
                      }
                    }
                  }
                }
              } catch (RuntimeException e) {
                failure = e;
              }
            },
            "bench-arrivals-" + topic);
    thread.setDaemon(true);
    thread.start();
  }

  /** The topic's partitions once it exists (the services create their topics as they start). */
  private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
    try {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      if (partitions.isEmpty()) {
        Thread.sleep(200);
      }
      return partitions;
    } catch (org.apache.kafka.common.errors.TimeoutException e) {
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Waits until the consumer has its partitions, so no arrival is timed late. */
  void awaitAssignment() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!assigned) {
      check();
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the bench consumer got no partitions within 60 s");
      }
      Thread.sleep(20);
    }
  }

  /**
   * Waits until every id arrived, the timeout passed, or nothing arrived for a while; fails when a
   * watched process died. Returns the ids that did not arrive.
   */
  List<String> awaitAll(List<String> ids, Duration timeout, List<ServiceProcess> watched)
      throws InterruptedException {
    long started = System.nanoTime();
    long deadline = started + timeout.toNanos();
    int next = 0;
    while (true) {
      check();
      while (next < ids.size() && firstSeen.containsKey(ids.get(next))) {
        next++;
      }
      if (next == ids.size()) {
        return List.of();
      }
      checkAlive(watched);
      long now = System.nanoTime();
      if (now > deadline || now - Math.max(started, lastArrivalNanos) > QUIET.toNanos()) {
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
          if (!firstSeen.containsKey(id)) {
            missing.add(id);
          }
        }
        return missing;
      }
      Thread.sleep(20);
    }
  }

  /**
   * Waits until at least {@code count} of {@code ids} arrived, or the timeout passed; fails when a
   * watched process died.
   */
  void awaitCount(List<String> ids, int count, Duration timeout, List<ServiceProcess> watched)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      check();
      checkAlive(watched);
      int arrived = 0;
      for (String id : ids) {
        if (firstSeen.containsKey(id) && ++arrived >= count) {
          return;
        }
      }
      Thread.sleep(100);
    }
  }

  /** Whether no record brought a new article for {@code quiet}. */
  boolean quietFor(Duration quiet) {
    return System.nanoTime() - lastArrivalNanos > quiet.toNanos();
  }

  /** The latest first arrival among {@code ids}. */
  long lastArrivalNanos(List<String> ids) {
    long last = Long.MIN_VALUE;
    for (String id : ids) {
      Long seen = firstSeen.get(id);
      if (seen != null) {
        last = Math.max(last, seen);
      }
    }
    return last;
  }

  /** Milliseconds from each sent article's send to its arrival, for those that arrived. */
  double[] latenciesMs(ArticleSender.Sent sent) {
    double[] out = new double[sent.ids().size()];
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      Long seen = firstSeen.get(sent.ids().get(i));
      if (seen != null) {
        out[n++] = (seen - sent.sendNanos()[i]) / 1e6;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** Each sent article's latency in milliseconds, in send order; NaN where it did not arrive. */
  double[] latenciesMsInOrder(ArticleSender.Sent sent) {
    double[] out = new double[sent.ids().size()];
    for (int i = 0; i < out.length; i++) {
      Long seen = firstSeen.get(sent.ids().get(i));
      out[i] = seen == null ? Double.NaN : (seen - sent.sendNanos()[i]) / 1e6;
    }
    return out;
  }

  private static void checkAlive(List<ServiceProcess> watched) {
    for (ServiceProcess p : watched) {
      if (!p.isAlive()) {
        throw new IllegalStateException(p.name() + " died; its log: " + p.log());
      }
    }
  }

  private void check() {
    if (failure != null) {
      throw new IllegalStateException("the bench consumer failed: " + failure, failure);
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join(10_000);
  }
}
