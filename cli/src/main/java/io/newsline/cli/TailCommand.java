package io.newsline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.deadletter.DeadLetterHeaders;
import io.newsline.schemas.RecordJson;
import io.newsline.schemas.TopicSpec;
import io.newsline.schemas.Topics;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsline tail}: a pipeline topic decoded to JSON lines. */
@Command(
    name = "tail",
    mixinStandardHelpOptions = true,
    description = {
      "Print a pipeline topic as JSON lines: {\"topic\",\"partition\",\"offset\",\"timestamp\","
          + "\"key\",\"value\"}; dead letters with their \"headers\" and, where it decodes, the"
          + " original record.",
      "Reads committed records only, as a downstream consumer does. Without --max it follows"
          + " the topic until Ctrl-C."
    })
final class TailCommand implements Callable<Integer> {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  @Mixin ConfigOptions options;

  @Parameters(
      paramLabel = "TOPIC",
      description = "news.raw, news.clean, news.enriched, news.events or news.dlq (prefix added).")
  String topic;

  @Option(names = "--from-beginning", description = "Start at the oldest record, not the newest.")
  boolean fromBeginning;

  @Option(names = "--max", paramLabel = "N", description = "Stop after N records.")
  Long max;

  @Option(
      names = "--idle-timeout",
      paramLabel = "SECONDS",
      description = "Stop when nothing arrived for this long (default: follow forever).")
  Long idleTimeoutSeconds;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    NewslineConfig config = options.config();
    Topics topics = Topics.withPrefix(config.topicPrefix());
    TopicSpec<?, ?> spec = resolve(topics, topic);
    PrintWriter out = this.spec.commandLine().getOut();
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "newsline-tail-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.putAll(config.kafkaProperties());
    AtomicBoolean stopping = new AtomicBoolean();
    long printed = 0;
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    stopping.set(true);
                    consumer.wakeup();
                  }));
      consumer.subscribe(List.of(spec.name()));
      long lastRecord = System.nanoTime();
      while (!stopping.get() && (max == null || printed < max)) {
        var records = consumer.poll(Duration.ofMillis(200));
        if (records.isEmpty()) {
          if (idleTimeoutSeconds != null
              && System.nanoTime() - lastRecord > idleTimeoutSeconds * 1_000_000_000L) {
            break;
          }
          continue;
        }
        lastRecord = System.nanoTime();
        for (ConsumerRecord<byte[], byte[]> record : records) {
          out.println(line(topics, spec, record));
          printed++;
          if (max != null && printed >= max) {
            break;
          }
        }
        out.flush();
      }
    } catch (org.apache.kafka.common.errors.WakeupException e) {
      // Ctrl-C: a clean stop.
    }
    out.flush();
    return 0;
  }

  /** The topic by its short name (news.clean) or its full, prefixed name. */
  static TopicSpec<?, ?> resolve(Topics topics, String name) {
    return topics
        .byName(name)
        .or(() -> topics.byName(topics.prefix() + name))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown topic '"
                        + name
                        + "'; one of "
                        + topics.all().stream().map(TopicSpec::name).toList()));
  }

  static JsonNode line(Topics topics, TopicSpec<?, ?> spec, ConsumerRecord<byte[], byte[]> record) {
    ObjectNode node = JSON.objectNode();
    node.put("topic", record.topic());
    node.put("partition", record.partition());
    node.put("offset", record.offset());
    node.put("timestamp", Instant.ofEpochMilli(record.timestamp()).toString());
    if (spec == topics.dlq) {
      node.set("key", bytes(record.key()));
      ObjectNode headers = node.putObject("headers");
      for (Header header : record.headers()) {
        headers.set(header.key(), bytes(header.value()));
      }
      Optional<TopicSpec<?, ?>> source =
          Optional.ofNullable(record.headers().lastHeader(DeadLetterHeaders.SOURCE_TOPIC))
              .map(h -> new String(h.value(), StandardCharsets.UTF_8))
              .flatMap(topics::byName);
      node.set("value", bytes(record.value()));
      source.ifPresent(
          s -> {
            try {
              node.set("decoded", RecordJson.of(s.value(record.value())));
            } catch (RuntimeException undecodable) {
              node.putNull("decoded");
            }
          });
    } else {
      node.set(
          "key", record.key() == null ? JSON.nullNode() : RecordJson.of(spec.key(record.key())));
      node.set("value", RecordJson.of(spec.value(record.value())));
    }
    return node;
  }

  /** UTF-8 text where the bytes are text, else {"base64": ...}. */
  private static JsonNode bytes(byte[] bytes) {
    if (bytes == null) {
      return JSON.nullNode();
    }
    try {
      return JSON.textNode(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException binary) {
      ObjectNode node = JSON.objectNode();
      node.put("base64", Base64.getEncoder().encodeToString(bytes));
      return node;
    }
  }
}
