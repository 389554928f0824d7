package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval commands on small files of their formats (CI runs them on the shared gold data). */
class EvalCommandTest {
  private final CliRun cli = new CliRun();

  @Test
  void boilerplateScoresThePagesAndAppliesTheThreshold(@TempDir Path dir) throws IOException {
    Path pages = dir.resolve("pages.jsonl");
    Files.writeString(
        pages,
        "{\"id\":\"p1\",\"lines\":[\"Advertisement\",\"Floods closed the harbour of Genoa on"
            + " Tuesday, the port authority said.\"],\"gold\":\"Floods closed the harbour of Genoa"
            + " on Tuesday, the port authority said.\"}\n");

    assertThat(cli.run("eval", "boilerplate", pages.toString(), "--json")).isZero();
    assertThat(cli.out()).contains("\"f1\":1.0");
    assertThat(cli.run("eval", "boilerplate", pages.toString(), "--min-f1", "1.01")).isEqualTo(1);
  }

  @Test
  void anotherEvaluationsFileIsRefusedNamingTheLineAndTheField(@TempDir Path dir)
      throws IOException {
    Path entities = dir.resolve("entities.jsonl");
    Files.writeString(entities, "\n{\"id\":\"d1\",\"text\":\"Kabul\",\"entities\":[]}\n");

    assertThat(cli.run("eval", "boilerplate", entities.toString())).isEqualTo(1);
    assertThat(cli.err()).contains("line 2").contains("no \"raw_lines\" or \"lines\" field");
  }
}
