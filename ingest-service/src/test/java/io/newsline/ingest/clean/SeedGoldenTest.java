package io.newsline.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five seeds clean to exactly the text in {@code src/test/resources/golden/}, which was
 * reviewed by eye: every junk line gone, every article line kept, title, dateline and agency found.
 * A change to the cleaner that alters them must come with a reviewed update of those files.
 */
class SeedGoldenTest {
  static Stream<Path> seeds() throws IOException {
    return Files.list(Path.of("..", "seeds")).sorted();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void seedCleansToItsReviewedText(Path seed) throws IOException {
    String id = seed.getFileName().toString().replace(".txt", "");
    CleanedText cleaned =
        ArticleCleaner.withDefaultRules()
            .clean(new RawText(Files.readString(seed), null, null, seed.toString()));

    String expected;
    try (InputStream in = getClass().getResourceAsStream("/golden/" + id + ".clean.txt")) {
      assertThat(in).as("golden file for %s", id).isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(render(cleaned)).isEqualTo(expected);
  }

  /** The reviewed form: metadata lines, a blank line, the kept paragraphs one per line. */
  static String render(CleanedText cleaned) {
    return "# title: "
        + cleaned.title()
        + "\n# dateline: "
        + cleaned.dateline()
        + "\n# agency: "
        + cleaned.agency()
        + "\n# language: "
        + cleaned.language()
        + "\n\n"
        + String.join("\n", cleaned.paragraphs())
        + "\n";
  }
}
