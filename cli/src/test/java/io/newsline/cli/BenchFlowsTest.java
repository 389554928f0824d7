package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code bench --flows}: the bytes each topic and changelog carries, without a broker. */
class BenchFlowsTest {
  @Test
  void reportsTheBytesOfEveryFlowPerArticle() throws Exception {
    CliRun cli = new CliRun();
    int exit = cli.run("bench", "--flows", "--payload", "../seeds", "--articles", "30", "--json");

    assertThat(exit).as(cli.err()).isZero();
    JsonNode figures = new ObjectMapper().readTree(cli.out());
    assertThat(figures.get("articles").asInt()).isEqualTo(30);
    JsonNode bytes = figures.get("bytesPerArticle");
    assertThat(bytes.fieldNames())
        .toIterable()
        .containsExactly(
            "news.raw",
            "news.clean",
            "news.enriched",
            "news.entities",
            "dedupe repartition",
            "news.events",
            "dedupe-events changelog",
            "dedupe-states changelog");
    bytes.forEach(b -> assertThat(b.asLong()).isPositive());
    // each stage adds to the article: the text cleaned, then its entities
    assertThat(bytes.get("news.enriched").asLong()).isGreaterThan(bytes.get("news.clean").asLong());
    // each stage function is timed over the second half of the articles
    JsonNode cost = figures.get("stageCost");
    assertThat(cost.get("articles").asInt()).isEqualTo(15);
    for (String stage : new String[] {"ingest", "enrich", "dedupe"}) {
      assertThat(cost.get(stage).get("cpuMsPerArticle").asDouble()).as(stage).isPositive();
      assertThat(cost.get(stage).get("allocatedKBPerArticle").asDouble()).as(stage).isPositive();
    }
    // a restart of dedupe rebuilds every event it holds from the compacted changelog
    JsonNode restore = figures.get("dedupeRestore");
    assertThat(restore.get("events").asInt()).isPositive();
    assertThat(restore.get("records").asInt()).isGreaterThan(restore.get("events").asInt());
    // every event version goes to news.events and to the events store's changelog alike
    assertThat(bytes.get("dedupe-events changelog").asLong())
        .isBetween(
            bytes.get("news.events").asLong() * 9 / 10,
            bytes.get("news.events").asLong() * 11 / 10);
  }
}
