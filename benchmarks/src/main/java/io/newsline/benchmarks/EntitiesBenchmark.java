package io.newsline.benchmarks;

import io.newsline.enrich.extract.EntityExtractor;
import io.newsline.enrich.resolve.EntityResolver;
import io.newsline.enrich.resolve.InMemoryEntityRegistry;
import io.newsline.enrich.resolve.ResolvedEntity;
import io.newsline.enrich.stage.EnrichStage;
import io.newsline.enrich.stage.Keywords;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * enrich's core function: entity extraction and resolution against a shared registry, on the seed
 * articles, one thread; and the article's keywords, the rest of the stage's own work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class EntitiesBenchmark {
  /** Folder of .txt articles; the repository's seeds by default. */
  @Param("seeds")
  public String articles;

  private EntityExtractor extractor;
  private EntityResolver resolver;
  private List<String> texts;
  private int next;

  @Setup
  public void setUp() throws IOException {
    extractor = EntityExtractor.create();
    resolver = new EntityResolver(new InMemoryEntityRegistry());
    try (Stream<Path> files = Files.list(Path.of(articles))) {
      texts =
          files
              .filter(f -> f.toString().endsWith(".txt"))
              .sorted()
              .map(
                  f -> {
                    try {
                      return Files.readString(f);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  })
              .toList();
    }
  }

  /** One article extracted and resolved per invocation. */
  @Benchmark
  public List<ResolvedEntity> extractAndResolve() {
    String text = texts.get(next);
    next = next + 1 == texts.size() ? 0 : next + 1;
    return resolver.resolve(extractor.extract(text));
  }

  /** One article's keywords per invocation, as the stage takes them. */
  @Benchmark
  public List<String> keywords() {
    String text = texts.get(next);
    next = next + 1 == texts.size() ? 0 : next + 1;
    return Keywords.top(text, EnrichStage.KEYWORDS);
  }
}
