package io.newsline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.newsline.avro.CleanArticle;
import io.newsline.avro.RawArticle;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.config.Settings;
import io.newsline.runtime.deadletter.DeadLetterHeaders;
import io.newsline.runtime.metrics.MetricNames;
import io.newsline.runtime.streams.ServiceContext;
import io.newsline.runtime.streams.ServiceHost;
import io.newsline.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IngestTopologyTest {
  private final NewslineConfig config =
      NewslineConfig.builder().flag(Settings.BOOTSTRAP_SERVERS, "unused:9092").build();
  private final ServiceContext context = ServiceContext.forTest(IngestService.NAME, config);
  private final Topics topics = context.topics();
  private TopologyTestDriver driver;
  private TestInputTopic<String, RawArticle> raw;
  private TestOutputTopic<String, CleanArticle> clean;
  private TestOutputTopic<byte[], byte[]> dlq;

  @BeforeEach
  void start() {
    driver =
        new TopologyTestDriver(
            new IngestService().buildTopology(context),
            ServiceHost.streamsProperties(config, IngestService.NAME, topics));
    raw =
        driver.createInputTopic(
            topics.raw.name(), Serdes.String().serializer(), topics.raw.valueSerde().serializer());
    clean =
        driver.createOutputTopic(
            topics.clean.name(),
            Serdes.String().deserializer(),
            topics.clean.valueSerde().deserializer());
    dlq =
        driver.createOutputTopic(
            topics.dlq.name(),
            Serdes.ByteArray().deserializer(),
            Serdes.ByteArray().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void everySeedComesOutCleanUnderItsOwnKey() {
    List<RawArticle> seeds = Seeds.raw();
    seeds.forEach(article -> raw.pipeInput(article.getId(), article));

    List<TestRecord<String, CleanArticle>> out = clean.readRecordsToList();

    assertThat(out)
        .extracting(TestRecord::key)
        .containsExactlyElementsOf(seeds.stream().map(RawArticle::getId).toList());
    for (TestRecord<String, CleanArticle> record : out) {
      for (String junk : Seeds.JUNK) {
        assertThat(record.value().getText()).as(record.value().getSourceId()).doesNotContain(junk);
      }
    }
    assertThat(dlq.isEmpty()).isTrue();
  }

  @Test
  void removedLinesAreCountedPerRuleAndRecordsInAndOut() {
    List<RawArticle> seeds = Seeds.raw();
    seeds.forEach(article -> raw.pipeInput(article.getId(), article));
    long removed =
        clean.readValuesToList().stream().mapToLong(c -> c.getRemovedLines().size()).sum();

    double counted =
        context.meters().find(MetricNames.LINES_REMOVED).counters().stream()
            .mapToDouble(Counter::count)
            .sum();

    assertThat(removed).isPositive();
    assertThat(counted).isEqualTo(removed);
    assertThat(context.meters().get(MetricNames.RECORDS_IN).counter().count()).isEqualTo(5);
    assertThat(context.meters().get(MetricNames.RECORDS_OUT).counter().count()).isEqualTo(5);
  }

  @Test
  void anArticleOfJunkOnlyIsADeadLetterWithItsReason() {
    RawArticle junk = Seeds.raw().get(0);
    junk.setBody("Advertisement\nAdvertisement\n");
    raw.pipeInput(junk.getId(), junk);

    assertThat(clean.isEmpty()).isTrue();
    TestRecord<byte[], byte[]> letter = dlq.readRecord();
    assertThat(
            new String(
                letter.headers().lastHeader(DeadLetterHeaders.REASON).value(),
                StandardCharsets.UTF_8))
        .startsWith("empty after cleaning");
    assertThat(
            new String(
                letter.headers().lastHeader(DeadLetterHeaders.STAGE).value(),
                StandardCharsets.UTF_8))
        .isEqualTo("ingest");
    assertThat(topics.raw.value(letter.value())).isEqualTo(junk);
  }
}
