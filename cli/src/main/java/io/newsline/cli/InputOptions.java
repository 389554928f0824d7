package io.newsline.cli;

import io.newsline.ingest.input.ArticleReader;
import io.newsline.ingest.input.InputArticle;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The article inputs shared by replay, clean and the other commands that read files. */
final class InputOptions {
  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = ".txt, .jsonl (and .gz) files, or directories read recursively.")
  List<Path> paths;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      defaultValue = "1048576",
      description = "Skip articles larger than N bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  ArticleReader reader() {
    return new ArticleReader(maxBytes);
  }

  /** Hands every readable article to {@code each}; reports what is skipped on {@code err}. */
  void forEach(java.io.PrintWriter err, java.util.function.Consumer<InputArticle> each) {
    reader()
        .read(
            paths,
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
