package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small bench run end to end: the services and the pass-through stages in JVMs of their own, on
 * the embedded broker. Figures from a run this small mean nothing; the test checks that every
 * article arrives and every figure is reported.
 */
class BenchCommandIntegrationTest {
  @TempDir Path dir;

  @Test
  void reportsEveryFigureForEveryArticle() throws Exception {
    Path trace = dir.resolve("trace.csv");
    CliRun cli = new CliRun();
    int exit =
        cli.run(
            "bench",
            "--payload",
            "../seeds",
            "--articles",
            "24",
            "--rate",
            "20",
            "--latency-seconds",
            "1",
            "--latency-settle-seconds",
            "1",
            "--warmup",
            "12",
            "--heap",
            "256m",
            "--latency-trace",
            trace.toString(),
            "--json");

    assertThat(exit).as(cli.out()).isZero();
    JsonNode figures = new ObjectMapper().readTree(cli.out());
    assertThat(figures.get("articles").asInt()).isEqualTo(24);
    assertThat(figures.get("missing").asLong()).isZero();
    assertThat(figures.get("articlesPerSecond").asDouble()).isPositive();
    assertThat(figures.get("ceilingArticlesPerSecond").asDouble()).isPositive();
    assertThat(figures.get("p99Ms").asDouble())
        .isGreaterThanOrEqualTo(figures.get("p50Ms").asDouble())
        .isPositive();
    // the settling second is reported apart and left out of the measured articles
    assertThat(figures.get("latencyArticles").asInt()).isEqualTo(20);
    JsonNode settle = figures.get("settle");
    assertThat(settle.get("seconds").asInt()).isEqualTo(1);
    assertThat(settle.get("p99Ms").asDouble())
        .isGreaterThanOrEqualTo(settle.get("p50Ms").asDouble())
        .isPositive();
    // latency accrues along the pipeline: an article reaches news.clean before news.enriched, and
    // news.enriched before its event
    JsonNode byTopic = figures.get("latencyMsByTopic");
    assertThat(byTopic.get("news.clean").get("p50").asDouble())
        .isPositive()
        .isLessThanOrEqualTo(byTopic.get("news.enriched").get("p50").asDouble());
    assertThat(byTopic.get("news.enriched").get("p50").asDouble())
        .isLessThanOrEqualTo(byTopic.get("news.events").get("p50").asDouble());
    assertThat(byTopic.get("news.events").get("p50").asDouble())
        .isEqualTo(figures.get("p50Ms").asDouble());
    for (String service : new String[] {"ingest", "enrich", "dedupe"}) {
      assertThat(figures.get("heapMiB").get(service).asLong()).isPositive();
      assertThat(figures.get("liveHeapMiB").get(service).asLong()).isPositive();
      // where the time goes: every service's stream threads did the work of the articles
      assertThat(figures.get("cpuMsPerArticle").get(service).get("stream").asDouble()).isPositive();
    }
    // the trace: a line per article of the latency run (the settling second's marked), each timed
    // to every topic, in the order the article reached them
    List<String> lines = Files.readAllLines(trace);
    assertThat(lines.get(0)).isEqualTo("id,measured,sent_epoch_ms,clean_ms,enriched_ms,events_ms");
    assertThat(lines).hasSize(1 + 20 + 20);
    assertThat(lines.subList(1, 21)).allMatch(line -> line.split(",")[1].equals("0"));
    assertThat(lines.subList(21, 41)).allMatch(line -> line.split(",")[1].equals("1"));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      assertThat(f).as(line).hasSize(6);
      assertThat(Long.parseLong(f[2])).isPositive();
      assertThat(Long.parseLong(f[3]))
          .as(line)
          .isLessThanOrEqualTo(Long.parseLong(f[4]) + 1)
          .isNotNegative();
      assertThat(Long.parseLong(f[4])).as(line).isLessThanOrEqualTo(Long.parseLong(f[5]) + 1);
    }
  }
}
