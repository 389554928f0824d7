package io.newsline.ingest.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  @TempDir Path dir;

  private ArticleReader.Collected read(long maxBytes, Path... inputs) {
    ArticleReader.Collected collected = new ArticleReader.Collected();
    new ArticleReader(maxBytes).read(List.of(inputs), collected);
    return collected;
  }

  @Test
  void aTextFileIsOneArticleNamedAfterTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("000_abc.txt"), "Kabul, Sept 5.\nAdvertisement\n");

    ArticleReader.Collected read = read(1000, file);

    assertThat(read.articles)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.sourceId()).isEqualTo("000_abc");
              assertThat(a.sourceUri()).isEqualTo(file.toString());
              assertThat(a.body()).isEqualTo("Kabul, Sept 5.\nAdvertisement\n");
            });
    assertThat(read.skipped).isEmpty();
  }

  @Test
  void jsonLinesCarryTheirOwnIdsAndMetadata() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("batch.jsonl"),
            """
            {"id":"r1","text":"First body.","title":"First","url":"https://example.com/1","published":"2021-09-05T10:00:00Z","source":"Reuters"}

            {"doc_id":"r2","text":"Second body.","published":"2021-09-06"}
            """);

    List<InputArticle> articles = read(1000, file).articles;

    assertThat(articles).extracting(InputArticle::sourceId).containsExactly("r1", "r2");
    InputArticle first = articles.get(0);
    assertThat(first.title()).isEqualTo("First");
    assertThat(first.sourceUri()).isEqualTo("https://example.com/1");
    assertThat(first.publisher()).isEqualTo("Reuters");
    assertThat(first.publishedAt()).isEqualTo(Instant.parse("2021-09-05T10:00:00Z"));
    assertThat(first.provenance()).containsEntry("line", "1");
    assertThat(articles.get(1).publishedAt()).isEqualTo(Instant.parse("2021-09-06T00:00:00Z"));
  }

  @Test
  void gzippedInputsAreReadLikeThePlainOnes() throws IOException {
    Path file = dir.resolve("a.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("{\"id\":\"g1\",\"text\":\"Zipped.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    Path text = dir.resolve("b.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(text))) {
      out.write("Zipped text.".getBytes(StandardCharsets.UTF_8));
    }

    assertThat(read(1000, file, text).articles)
        .extracting(InputArticle::sourceId)
        .containsExactly("g1", "b");
  }

  @Test
  void directoriesAreWalkedRecursivelyInNameOrderSkippingOtherFiles() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b.txt"), "B.");
    Files.writeString(dir.resolve("a.txt"), "A.");
    Files.writeString(dir.resolve("notes.md"), "not an article");

    assertThat(read(1000, dir).articles)
        .extracting(InputArticle::sourceId)
        .containsExactly("a", "b");
  }

  @Test
  void badInputsAreReportedWithReasonsAndNeverStopTheRead() throws IOException {
    Files.write(dir.resolve("1-invalid.txt"), new byte[] {'o', 'k', (byte) 0xC3, (byte) 0x28});
    Files.writeString(dir.resolve("2-empty.txt"), "  \n ");
    Files.writeString(dir.resolve("3-big.txt"), "x".repeat(101));
    Files.writeString(
        dir.resolve("4-lines.jsonl"),
        "{not json}\n{\"text\":\"no id\"}\n{\"id\":\"e\",\"text\":\"\"}\n[1]\n{\"id\":\"ok\",\"text\":\"Fine.\"}\n");
    Files.writeString(dir.resolve("5-good.txt"), "Good.");

    ArticleReader.Collected read = read(100, dir, dir.resolve("missing.txt"));

    assertThat(read.articles).extracting(InputArticle::sourceId).containsExactly("ok", "5-good");
    assertThat(read.skipped)
        .hasSize(8)
        .anyMatch(s -> s.contains("1-invalid.txt: invalid UTF-8"))
        .anyMatch(s -> s.contains("2-empty.txt: empty"))
        .anyMatch(s -> s.contains("3-big.txt: larger than the limit of 100 bytes"))
        .anyMatch(s -> s.contains("4-lines.jsonl:1: invalid JSON"))
        .anyMatch(s -> s.contains("4-lines.jsonl:2: no \"id\""))
        .anyMatch(s -> s.contains("4-lines.jsonl:3: empty \"text\""))
        .anyMatch(s -> s.contains("4-lines.jsonl:4: not a JSON object"))
        .anyMatch(s -> s.contains("missing.txt: no such file or directory"));
  }

  @Test
  void articleIdsAreStableAndDependOnSourceAndBody() {
    InputArticle a = new InputArticle("s1", "u", null, null, null, "body", java.util.Map.of());
    InputArticle same =
        new InputArticle("s1", "other-uri", "t", null, null, "body", java.util.Map.of());
    InputArticle otherBody =
        new InputArticle("s1", "u", null, null, null, "body!", java.util.Map.of());

    assertThat(a.articleId())
        .hasSize(32)
        .isEqualTo(same.articleId())
        .isNotEqualTo(otherBody.articleId());
  }
}
