package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.runtime.config.Setting;
import io.newsline.runtime.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's tables stay true to the code. */
class ReadmeTest {
  private static String readme() throws IOException {
    return Files.readString(Path.of("..", "README.md"));
  }

  @Test
  void everySettingIsInTheConfigurationTable() throws IOException {
    String readme = readme();
    for (Setting setting : Settings.ALL) {
      assertThat(readme)
          .as(setting.key())
          .contains("| `" + setting.key() + "` | `" + setting.environmentVariable() + "` |");
    }
  }

  @Test
  void everyCommandIsListed() throws IOException {
    String readme = readme();
    for (var entry : NewslineCli.commandLine().getSubcommands().entrySet()) {
      String command = entry.getKey();
      boolean internal = entry.getValue().getCommandSpec().usageMessage().hidden();
      if (!command.equals("help") && !internal) {
        assertThat(readme).as(command).contains("`./newsline " + command);
      }
    }
  }

  @Test
  void theTestCommandIsTheOneCiRuns() throws IOException {
    String ci = Files.readString(Path.of("..", ".ci", "run"));
    assertThat(ci).contains("mvn -B verify");
    assertThat(readme()).contains("```\nmvn -B verify\n```");
  }
}
