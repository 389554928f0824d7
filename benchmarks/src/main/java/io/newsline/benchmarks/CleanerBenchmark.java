package io.newsline.benchmarks;

import io.newsline.ingest.clean.ArticleCleaner;
import io.newsline.ingest.clean.CleanedText;
import io.newsline.ingest.clean.RawText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ingest's core function, {@link ArticleCleaner#clean}, on the five seed articles (about 3.6 KB
 * each), one thread: the score is seed-sized articles per second on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CleanerBenchmark {
  /** Folder of .txt articles to clean; the repository's seeds by default. */
  @Param("seeds")
  public String articles;

  private ArticleCleaner cleaner;
  private List<RawText> inputs;
  private int next;

  @Setup
  public void setUp() throws IOException {
    cleaner = ArticleCleaner.withDefaultRules();
    try (Stream<Path> files = Files.list(Path.of(articles))) {
      inputs =
          files
              .filter(f -> f.toString().endsWith(".txt"))
              .sorted()
              .map(CleanerBenchmark::read)
              .toList();
    }
    if (inputs.isEmpty()) {
      throw new IllegalStateException("no .txt articles in " + Path.of(articles).toAbsolutePath());
    }
  }

  private static RawText read(Path file) {
    try {
      return new RawText(Files.readString(file), null, null, file.toString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** One article cleaned per invocation, cycling through the inputs. */
  @Benchmark
  public CleanedText cleanOneArticle() {
    RawText input = inputs.get(next);
    next = next + 1 == inputs.size() ? 0 : next + 1;
    return cleaner.clean(input);
  }
}
