package io.newsline.benchmarks;

import io.newsline.dedupe.cluster.ArticleInput;
import io.newsline.dedupe.cluster.Assignment;
import io.newsline.dedupe.cluster.ClusterConfig;
import io.newsline.dedupe.cluster.EventClusterer;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;

/**
 * dedupe's core function, {@link EventClusterer#assign}, with {@code storedEvents} events already
 * in the clusterer, one thread: the score is articles per second on one core.
 *
 * <p>Setup streams {@link SyntheticNews} articles (about 300 words, Zipf vocabulary, a few entities
 * each; about 40% found a story, the rest cover a recent one, some as near-copies) through a
 * clusterer with the default configuration until it holds {@code storedEvents} events, then prints
 * the heap used (after a full GC) to stderr. Story starts are spaced in event time so that the
 * retention window (7 days) holds about {@code storedEvents} events, measured on a small throwaway
 * run first. The measured articles continue the same stream, and every 1,024 articles {@link
 * EventClusterer#evictIdle} runs at the latest event time, as dedupe does each hour of event time:
 * new events replace the ones falling out of the window, so the store stays near {@code
 * storedEvents} (each iteration prints its size at the end). Articles are generated ahead, before
 * each iteration, outside the timing.
 *
 * <p>The million-event store needs several GB of heap, hence {@code -Xmx14g}; setup at that size
 * takes minutes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx14g"})
@Threads(1)
@Timeout(time = 30, timeUnit = TimeUnit.MINUTES)
public class ClustererBenchmark {
  private static final long SEED = 20261130L;
  private static final long START = 1_790_000_000_000L; // an event time in 2026
  private static final int POOL = 60_000; // more articles than one iteration assigns

  @Param({"10000", "100000", "1000000"})
  public int storedEvents;

  private EventClusterer clusterer;
  private SyntheticNews news;
  private ArticleInput[] pool;
  private int next;
  private long assigned;

  @Setup(Level.Trial)
  public void fill() {
    ClusterConfig cfg = ClusterConfig.defaults();
    // events per story at this spacing, on a throwaway run
    EventClusterer probe = new EventClusterer(cfg);
    SyntheticNews probeNews = new SyntheticNews(SEED + 1, START, SyntheticNews.HOUR);
    for (int i = 0; i < 5_000; i++) {
      probe.assign(probeNews.next());
    }
    double eventsPerStory = (double) probe.size() / probeNews.stories();
    long gap = Math.max(1, (long) (cfg.retentionMillis() * eventsPerStory / storedEvents));

    long t0 = System.nanoTime();
    clusterer = new EventClusterer(cfg);
    news = new SyntheticNews(SEED, START, gap);
    while (clusterer.size() < storedEvents) {
      clusterer.assign(news.next());
    }
    long fillNanos = System.nanoTime() - t0;
    System.gc();
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.err.printf(
        "%nstored events %,d from %,d articles (%,d stories, %.2f articles/event) in %.0f s;"
            + " heap used after GC %,d MB%n",
        clusterer.size(),
        news.articles(),
        news.stories(),
        (double) news.articles() / clusterer.size(),
        fillNanos / 1e9,
        heap >> 20);
  }

  /** Tops up the articles to assign, keeping the unassigned ones first (the stream's order). */
  @Setup(Level.Iteration)
  public void generate() {
    ArticleInput[] left = pool;
    pool = new ArticleInput[POOL];
    int n = 0;
    if (left != null) {
      n = left.length - next;
      System.arraycopy(left, next, pool, 0, n);
    }
    for (int i = n; i < POOL; i++) {
      pool[i] = news.next();
    }
    next = 0;
  }

  @TearDown(Level.Iteration)
  public void report() {
    System.err.printf(" [%,d events stored after %,d articles] ", clusterer.size(), assigned);
  }

  /** One fresh article assigned per invocation. */
  @Benchmark
  public Assignment assignOneArticle() {
    if (next == pool.length) { // not expected: refill inside the timing rather than fail
      generate();
    }
    ArticleInput a = pool[next++];
    if ((++assigned & 1023) == 0) {
      clusterer.evictIdle(a.eventTime());
    }
    return clusterer.assign(a);
  }
}
