package io.newsline.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** What bench and chaos share: the articles they send and the heap of each service process. */
final class CorpusOptions {
  @Option(
      names = "--payload",
      defaultValue = "seeds",
      paramLabel = "seeds|PATH",
      description =
          "Base articles (files or folders as replay reads them), rewritten into distinct stories"
              + " (default: the seeds).")
  String payload;

  @Option(
      names = "--heap",
      defaultValue = "512m",
      description = "-Xmx of each service's JVM (default: ${DEFAULT-VALUE}).")
  String heap;

  /** The corpus made from the payload. */
  BenchCorpus corpus() {
    return BenchCorpus.from(List.of(Path.of(payload)));
  }
}
