package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NewslineCliTest {
  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void helpListsTheCommandsOnStdoutAndExitsZero() {
    assertThat(run("--help")).isZero();
    assertThat(cli.out()).contains("Usage: newsline").contains("broker");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void everySubcommandHasHelp() {
    for (String name : NewslineCli.commandLine().getSubcommands().keySet()) {
      if (name.equals("help")) {
        continue;
      }
      assertThat(run(name, "--help")).as(name).isZero();
      assertThat(cli.out()).as(name).contains("Usage: newsline " + name);
    }
  }

  @Test
  void anUnknownCommandIsAUsageErrorOnStderr() {
    assertThat(run("bogus")).isEqualTo(NewslineCli.USAGE);
    assertThat(cli.err()).contains("Unmatched argument").contains("Usage: newsline");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void noCommandIsAUsageError() {
    assertThat(run()).isEqualTo(NewslineCli.USAGE);
    assertThat(cli.err()).contains("missing a command");
  }

  @Test
  void aBadOptionValueIsAUsageError() {
    assertThat(run("broker", "--port", "ninety")).isEqualTo(NewslineCli.USAGE);
    assertThat(cli.err()).contains("--port");
  }
}
