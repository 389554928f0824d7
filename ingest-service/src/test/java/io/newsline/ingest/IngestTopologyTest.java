package io.newsline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.newsline.avro.CleanArticle;
import io.newsline.avro.RawArticle;
import io.newsline.runtime.deadletter.DeadLetterHeaders;
import io.newsline.runtime.metrics.MetricNames;
import io.newsline.runtime.streams.ServiceContext;
import io.newsline.runtime.testing.ServiceTestDriver;
import io.newsline.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IngestTopologyTest {
  private ServiceTestDriver driver;
  private ServiceContext context;
  private Topics topics;
  private TestInputTopic<String, RawArticle> raw;
  private TestOutputTopic<String, CleanArticle> clean;
  private TestOutputTopic<byte[], byte[]> dlq;

  @BeforeEach
  void start() {
    driver = new ServiceTestDriver(new IngestService());
    context = driver.context();
    topics = driver.topics();
    raw = driver.input(topics.raw);
    clean = driver.output(topics.clean);
    dlq = driver.output(topics.dlq);
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
