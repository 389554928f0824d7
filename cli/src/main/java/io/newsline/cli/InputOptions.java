package io.newsline.cli;

import io.newsline.ingest.input.ArticleReader;
import io.newsline.ingest.input.InputArticle;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The article inputs shared by replay, clean and the other commands that read files. */
final class InputOptions {
  // Optional to the parser, required by paths(): a required positional would also be demanded of
  // a subcommand's invocation (picocli validates the parent first), so `entities load` could never
  // run.
  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = ".txt, .jsonl (and .gz) files, or directories read recursively.")
  List<Path> paths = List.of();

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      defaultValue = "1048576",
      description = "Skip articles larger than N bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  /** The paths given; at least one, or the command fails as a usage error. */
  List<Path> paths() {
    if (paths.isEmpty()) {
      throw new ParameterException(command.commandLine(), "Missing required parameter: 'PATH'");
    }
    return paths;
  }

  ArticleReader reader() {
    return new ArticleReader(maxBytes);
  }

  /** Hands every readable article to {@code each}; reports what is skipped on {@code err}. */
  void forEach(java.io.PrintWriter err, java.util.function.Consumer<InputArticle> each) {
    reader()
        .read(
            paths(),
            new ArticleReader.Listener() {
              @Override
              public void article(InputArticle article, long bytes) {
                each.accept(article);
              }

              @Override
              public void skipped(String where, String reason) {
                err.println("skipped " + where + ": " + reason);
              }
            });
  }
}
