package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.EventArticle;
import io.newsline.avro.RawArticle;
import io.newsline.runtime.deadletter.DeadLetterHeaders;
import io.newsline.runtime.streams.ServiceHost;
import io.newsline.runtime.streams.StreamsService;
import io.newsline.runtime.testing.IsolatedRun;
import io.newsline.schemas.Topics;
import io.newsline.testkit.KafkaCluster;
import io.newsline.testkit.KafkaExtension;
import io.newsline.testkit.TopicClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten thousand malformed records on news.raw and bad records on the intermediate topics,
 * interleaved with good articles, through the three services on a real broker: no service stops,
 * every bad record is a dead letter with a reason, every good article reaches an event.
 */
@ExtendWith(KafkaExtension.class)
class PoisonInputIntegrationTest {
  private static final int BAD_RAW = 10_000;
  private static final int BAD_INTERMEDIATE = 100;
  private static final int GOOD = 30;

  @Test
  void badRecordsBecomeDeadLettersAndGoodArticlesArrive(KafkaCluster kafka, @TempDir Path state)
      throws Exception {
    IsolatedRun isolated = IsolatedRun.on(kafka, state, "poison");
    Topics topics = isolated.topics();
    List<StreamsService> services =
        RunCommand.SERVICES.values().stream().map(s -> s.get()).toList();
    BenchCorpus corpus = BenchCorpus.from(List.of(Path.of("../seeds")));
    Random random = new Random(42);
    TopicClient client = new TopicClient(kafka);

    List<Map.Entry<byte[], byte[]>> raw = new ArrayList<>();
    Set<String> good = new HashSet<>();
    for (int i = 0; i < BAD_RAW; i++) {
      if (i % (BAD_RAW / GOOD) == 0 && good.size() < GOOD) {
        RawArticle article = corpus.article(good.size()).toRawArticle(Instant.now());
        good.add(article.getId());
        raw.add(record(article.getId(), topics.raw.valueBytes(article)));
      }
      raw.add(record("bad-" + i, badRaw(i, topics, random)));
    }
    List<Map.Entry<byte[], byte[]>> clean = new ArrayList<>();
    List<Map.Entry<byte[], byte[]>> enriched = new ArrayList<>();
    RawArticle wrongSchema = corpus.article(999).toRawArticle(Instant.now());
    for (int i = 0; i < BAD_INTERMEDIATE; i++) {
      byte[] bad = i % 2 == 0 ? randomBytes(random) : topics.raw.valueBytes(wrongSchema);
      clean.add(record("bad-clean-" + i, bad));
      enriched.add(record("bad-enriched-" + i, bad));
    }

    try (ServiceHost host = ServiceHost.start(isolated.config(), services)) {
      await().atMost(Duration.ofSeconds(60)).until(host::isReady);
      client.produce(topics.clean.name(), clean);
      client.produce(topics.raw.name(), raw);
      client.produce(topics.enriched.name(), enriched);

      Set<String> arrived = new HashSet<>();
      await()
          .atMost(Duration.ofSeconds(240))
          .untilAsserted(
              () -> {
                for (ConsumerRecord<byte[], byte[]> r :
                    client.read(topics.events.name(), Integer.MAX_VALUE, Duration.ofSeconds(2))) {
                  CanonicalEvent event = topics.events.value(r.value());
                  for (EventArticle member : event.getArticles()) {
                    arrived.add(member.getArticleId());
                  }
                }
                assertThat(arrived).containsAll(good);
              });

      int expected = BAD_RAW + 2 * BAD_INTERMEDIATE;
      List<ConsumerRecord<byte[], byte[]>> deadLetters =
          client.read(topics.dlq.name(), expected + 1, Duration.ofSeconds(60));
      assertThat(deadLetters).hasSize(expected);
      for (ConsumerRecord<byte[], byte[]> letter : deadLetters) {
        Header reason = letter.headers().lastHeader(DeadLetterHeaders.REASON);
        assertThat(reason).as("reason of %s", new String(letter.key())).isNotNull();
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).isNotBlank();
      }
      assertThat(host.isReady()).as("every service still running").isTrue();
    }
  }

  /** Bad record number {@code i}: mostly cheap garbage, with every harder kind among them. */
  private static byte[] badRaw(int i, Topics topics, Random random) {
    if (i < 3) {
      return rawWithBody(topics, "five megabytes of words ".repeat(220_000)); // 5 MB
    } else if (i < 5) {
      return rawWithBody(topics, "One line repeated all over.\n".repeat(100_000));
    } else if (i < 6) {
      return rawWithBody(topics, "Advertisement\n".repeat(70_000)); // just under the size limit
    } else if (i < 56) {
      return invalidUtf8Body(topics);
    } else if (i < 106) {
      return rawWithBody(topics, "");
    }
    byte[] valid = rawWithBody(topics, "A short article body number " + i + ".");
    return switch (i % 3) {
      case 0 -> randomBytes(random);
      case 1 -> Arrays.copyOf(valid, valid.length / 2); // truncated Avro
      default -> unknownFingerprint(valid, random);
    };
  }

  private static byte[] rawWithBody(Topics topics, String body) {
    RawArticle article =
        RawArticle.newBuilder()
            .setId("poison-" + body.hashCode() + "-" + body.length())
            .setSourceId("poison")
            .setSourceUri("poison:test")
            .setReceivedAt(Instant.now())
            .setContentType("text/plain")
            .setBody(body)
            .setProvenance(Map.of())
            .build();
    return topics.raw.valueBytes(article);
  }

  /** A RawArticle whose body bytes are not UTF-8 at all. */
  private static byte[] invalidUtf8Body(Topics topics) {
    String marker = "X".repeat(300);
    byte[] bytes = rawWithBody(topics, marker);
    byte[] needle = marker.getBytes(StandardCharsets.US_ASCII);
    for (int at = 0; at + needle.length <= bytes.length; at++) {
      if (Arrays.equals(bytes, at, at + needle.length, needle, 0, needle.length)) {
        Arrays.fill(bytes, at, at + needle.length, (byte) 0xFF);
        return bytes;
      }
    }
    throw new IllegalStateException("body not found in its encoding");
  }

  /** A single-object encoding (C3 01, 8-byte fingerprint, payload) of no schema we ship. */
  private static byte[] unknownFingerprint(byte[] valid, Random random) {
    byte[] bytes = valid.clone();
    for (int k = 2; k < 10; k++) {
      bytes[k] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[1 + random.nextInt(200)];
    random.nextBytes(bytes);
    return bytes;
  }

  private static Map.Entry<byte[], byte[]> record(String key, byte[] value) {
    return Map.entry(key.getBytes(StandardCharsets.UTF_8), value);
  }
}
