package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.ingest.clean.ArticleCleaner;
import io.newsline.ingest.input.ArticleReader;
import io.newsline.ingest.stage.IngestStage;
import io.newsline.schemas.Topics;
import io.newsline.testkit.KafkaCluster;
import io.newsline.testkit.KafkaExtension;
import io.newsline.testkit.TopicClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The operator commands as a person runs them: replay onto a real broker, clean offline. */
@ExtendWith(KafkaExtension.class)
class CliIngestIntegrationTest {
  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void replayWritesTheSeedsAndSummarisesOnStdout(KafkaCluster kafka) {
    String prefix = "cli" + UUID.randomUUID().toString().substring(0, 8) + ".";

    int exit =
        run(
            "replay",
            "../seeds",
            "--bootstrap-servers",
            kafka.bootstrapServers(),
            "--set",
            "topic.prefix=" + prefix);

    assertThat(exit).as(cli.err()).isZero();
    assertThat(cli.out())
        .contains("replayed 5 articles")
        .contains(prefix + "news.raw")
        .contains("skipped 0");
    assertThat(new TopicClient(kafka).read(prefix + "news.raw", 5, Duration.ofSeconds(30)))
        .hasSize(5);
  }

  @Test
  void cleanPrintsOneJsonObjectPerSeed() throws Exception {
    assertThat(run("clean", "--json", "../seeds")).isZero();

    List<JsonNode> lines = new ArrayList<>();
    for (String line : cli.out().split("\n")) {
      lines.add(new ObjectMapper().readTree(line));
    }
    assertThat(lines).hasSize(5);
    assertThat(lines)
        .allSatisfy(
            node -> {
              assertThat(node.get("id").asText()).matches("00[0-4]_[0-9a-f]{16}");
              assertThat(node.get("text").asText()).isNotBlank().doesNotContain("Advertisement");
              assertThat(node.get("removed").isArray()).isTrue();
            });
  }

  @Test
  void cleanJsonGivesTheTextIngestPublishes() throws Exception {
    ArticleReader.Collected seeds = new ArticleReader.Collected();
    new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).read(List.of(Path.of("../seeds")), seeds);
    IngestStage stage =
        new IngestStage(ArticleCleaner.withDefaultRules(), ArticleReader.DEFAULT_MAX_BYTES);

    assertThat(run("clean", "--json", "../seeds")).isZero();

    String[] lines = cli.out().split("\n");
    assertThat(lines).hasSameSizeAs(seeds.articles);
    for (int i = 0; i < lines.length; i++) {
      String published = stage.process(seeds.articles.get(i).toRawArticle(Instant.EPOCH)).getText();
      assertThat(new ObjectMapper().readTree(lines[i]).get("text").asText())
          .isEqualTo(published)
          .contains("\n\n");
    }
  }

  @Test
  void entitiesLoadWritesAGazetteerToTheRegistryTopic(KafkaCluster kafka, @TempDir Path dir)
      throws Exception {
    String prefix = "cli" + UUID.randomUUID().toString().substring(0, 8) + ".";
    Path cities = dir.resolve("cities15000.txt");
    // one GeoNames row: id, name, ascii name, alternate names, ..., population, ..., time zone
    Files.writeString(
        cities,
        String.join(
                "\t",
                "1138958",
                "Kabul",
                "Kabul",
                "Cabul,Kaboul",
                "34.52813",
                "69.17233",
                "P",
                "PPLC",
                "AF",
                "",
                "13",
                "",
                "",
                "",
                "3043532",
                "",
                "1808",
                "Asia/Kabul",
                "2019-07-29")
            + "\n");

    int exit =
        run(
            "entities",
            "load",
            "--geonames",
            cities.toString(),
            "--bootstrap-servers",
            kafka.bootstrapServers(),
            "--set",
            "topic.prefix=" + prefix);

    assertThat(exit).as(cli.err()).isZero();
    assertThat(cli.out()).contains("loaded 1 entities into " + prefix + "news.entities");
    Topics topics = Topics.withPrefix(prefix);
    assertThat(new TopicClient(kafka).read(topics.entities.name(), 1, Duration.ofSeconds(30)))
        .singleElement()
        .satisfies(r -> assertThat(topics.entities.value(r.value()).getName()).isEqualTo("Kabul"));
  }

  @Test
  void aCommandThatReadsFilesStillWantsOne() {
    assertThat(run("clean")).isEqualTo(2);
    assertThat(cli.err()).contains("Missing required parameter: 'PATH'");
  }

  @Test
  void explainMarksEveryLine() {
    assertThat(run("clean", "--explain", "../seeds/001_833f527eb9c8a9f0.txt")).isZero();

    assertThat(cli.out()).contains(" DROP ").contains(" KEEP ").contains("Advertisement");
  }
}
