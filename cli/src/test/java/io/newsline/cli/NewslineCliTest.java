package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NewslineCliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = NewslineCli.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void helpListsTheCommandsOnStdoutAndExitsZero() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Usage: newsline").contains("broker");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void everySubcommandHasHelp() {
    for (String name : NewslineCli.commandLine().getSubcommands().keySet()) {
      if (name.equals("help")) {
        continue;
      }
      out.getBuffer().setLength(0);
      assertThat(run(name, "--help")).as(name).isZero();
      assertThat(out.toString()).as(name).contains("Usage: newsline " + name);
    }
  }

  @Test
  void anUnknownCommandIsAUsageErrorOnStderr() {
    assertThat(run("bogus")).isEqualTo(NewslineCli.USAGE);
    assertThat(err.toString()).contains("Unmatched argument").contains("Usage: newsline");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void noCommandIsAUsageError() {
    assertThat(run()).isEqualTo(NewslineCli.USAGE);
    assertThat(err.toString()).contains("missing a command");
  }

  @Test
  void aBadOptionValueIsAUsageError() {
    assertThat(run("broker", "--port", "ninety")).isEqualTo(NewslineCli.USAGE);
    assertThat(err.toString()).contains("--port");
  }
}
