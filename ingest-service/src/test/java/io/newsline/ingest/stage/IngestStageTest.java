package io.newsline.ingest.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.avro.CleanArticle;
import io.newsline.avro.RawArticle;
import io.newsline.ingest.clean.ArticleCleaner;
import io.newsline.ingest.clean.RawText;
import io.newsline.runtime.deadletter.RecordRejectedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IngestStageTest {
  private final IngestStage stage = new IngestStage(ArticleCleaner.withDefaultRules(), 10_000);

  static RawArticle raw(String body) {
    return RawArticle.newBuilder()
        .setId("id1")
        .setSourceId("src1")
        .setSourceUri("test://src1")
        .setReceivedAt(Instant.parse("2021-09-05T12:00:00Z"))
        .setPublishedAt(Instant.parse("2021-09-05T11:00:00Z"))
        .setBody(body)
        .build();
  }

  @Test
  void aCleanArticleKeepsTheRawArticlesIdentityAndTimes() {
    CleanArticle clean =
        stage.process(
            raw("The Taliban said on Sunday their forces had entered Bazarak.\nAdvertisement\n"));

    assertThat(clean.getId()).isEqualTo("id1");
    assertThat(clean.getSourceId()).isEqualTo("src1");
    assertThat(clean.getReceivedAt()).isEqualTo(Instant.parse("2021-09-05T12:00:00Z"));
    assertThat(clean.getPublishedAt()).isEqualTo(Instant.parse("2021-09-05T11:00:00Z"));
    assertThat(clean.getText()).contains("Bazarak").doesNotContain("Advertisement");
    assertThat(clean.getRemovedLines()).extracting(r -> r.getText()).contains("Advertisement");
    assertThat(clean.getContentHash()).hasSize(64);
  }

  @Test
  void theTextSplitOnBlankLinesGivesTheParagraphsBack() throws Exception {
    // CleanArticle carries its text once (schema v2): consumers get paragraphs by this split
    try (Stream<Path> seeds = Files.list(Path.of("../seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        String body = Files.readString(seed);
        var cleaned =
            ArticleCleaner.withDefaultRules().clean(new RawText(body, null, null, "test://seed"));

        assertThat(stage.process(raw(body)).getText().split("\n\n", -1))
            .as("%s", seed)
            .containsExactlyElementsOf(cleaned.paragraphs())
            .hasSizeGreaterThan(3);
      }
    }
  }

  @Test
  void oversizedBodiesAreRejectedWithTheirSize() {
    assertThatThrownBy(() -> stage.process(raw("word ".repeat(3000))))
        .isInstanceOf(RecordRejectedException.class)
        .hasMessageContaining("15000 bytes exceeds ingest.max.body.bytes (10000)");
  }

  @Test
  void binaryTextIsRejected() {
    String binary = "PK\u0003\u0004\u0000\u0000\u0008\u0000" + "abc".repeat(100);

    assertThatThrownBy(() -> stage.process(raw(binary)))
        .isInstanceOf(RecordRejectedException.class)
        .hasMessageContaining("binary or garbled text");
  }

  @Test
  void anArticleThatIsAllJunkIsRejected() {
    assertThatThrownBy(() -> stage.process(raw("Advertisement\n\nAdvertisement\n")))
        .isInstanceOf(RecordRejectedException.class)
        .hasMessageContaining("empty after cleaning");
  }

  @Test
  void aFewOddCharactersInRealTextAreNotGarbled() {
    String text =
        "The Taliban said on Sunday\u0007 their forces entered Bazarak. "
            + "More text. ".repeat(20);

    assertThat(stage.process(raw(text)).getText()).contains("Bazarak");
  }
}
