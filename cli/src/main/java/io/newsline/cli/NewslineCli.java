package io.newsline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsline} command: every service and operator tool behind one entry point. Results go
 * to stdout, logs to stderr. Exit codes: 0 ok, 1 failure, 2 usage error.
 */
@Command(
    name = "newsline",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Streaming news ingestion on Kafka: raw scraped articles in, canonical events out.",
    subcommands = {
      DemoCommand.class,
      BrokerCommand.class,
      ReplayCommand.class,
      CleanCommand.class,
      TailCommand.class,
      ResetCommand.class,
      RunCommand.class,
      ServiceCommand.Ingest.class,
      ServiceCommand.Enrich.class,
      ServiceCommand.Dedupe.class,
      EntitiesCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      BenchCommand.Stage.class,
      ChaosCommand.class,
      CommandLine.HelpCommand.class
    })
public final class NewslineCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Exit code of a command that failed at run time. */
  public static final int FAILURE = 1;

  /** Exit code of a command line that could not be understood. */
  public static final int USAGE = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line: exit codes and error printing as documented. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new NewslineCli());
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          cmd.getErr().println("newsline " + cmd.getCommandName() + ": " + message(exception));
          return FAILURE;
        });
    return commandLine;
  }

  private static String message(Throwable exception) {
    return exception.getMessage() == null ? exception.toString() : exception.getMessage();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing a command");
  }
}
