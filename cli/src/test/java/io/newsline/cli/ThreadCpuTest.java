package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
  @Test
  void readsTheNameAndTheUserPlusSystemTicksOfAThread() {
    // a name with a space and parentheses, as the kernel writes it; utime 250, stime 30
    String line =
        "4242 (C2 Compiler(x)) S 1 4242 4242 0 -1 4194624 100 0 0 0 250 30 0 0 20 0 40 0 2000";
    ThreadCpu.Stat stat = ThreadCpu.Stat.parse(line);
    assertThat(stat.name()).isEqualTo("C2 Compiler(x)");
    assertThat(stat.cpuTicks()).isEqualTo(280);
  }

  @Test
  void tellsStreamThreadsFromTheJitTheCollectorAndTheRest() {
    String app = "bench-pipeline.enrich";
    assertThat(ThreadCpu.kind("bench-pipeline.", app)).isEqualTo(ThreadCpu.STREAM);
    assertThat(ThreadCpu.kind("C2 CompilerThre", app)).isEqualTo(ThreadCpu.JIT);
    assertThat(ThreadCpu.kind("C1 CompilerThre", app)).isEqualTo(ThreadCpu.JIT);
    assertThat(ThreadCpu.kind("G1 Conc#0", app)).isEqualTo(ThreadCpu.GC);
    assertThat(ThreadCpu.kind("GC Thread#1", app)).isEqualTo(ThreadCpu.GC);
    assertThat(ThreadCpu.kind("kafka-producer-", app)).isEqualTo(ThreadCpu.OTHER);
    assertThat(ThreadCpu.kind("newsline-http", app)).isEqualTo(ThreadCpu.OTHER);
  }

  @Test
  void countsThisProcessesCpuWhereThereIsProc() {
    assumeThat(Files.isDirectory(Path.of("/proc/self/task"))).isTrue();
    Map<String, Double> seconds = ThreadCpu.of(ProcessHandle.current().pid(), "no-such-app");
    assertThat(seconds).containsOnlyKeys("stream", "jit", "gc", "other");
    // a JVM that has loaded and run a test framework has used CPU in its main thread and the JIT
    assertThat(seconds.get(ThreadCpu.OTHER)).isPositive();
    assertThat(seconds.get(ThreadCpu.JIT)).isPositive();
    assertThat(seconds.get(ThreadCpu.STREAM)).isZero();
  }

  @Test
  void perArticleIsTheDifferenceOverTheCount() {
    Map<String, Map<String, Double>> ms =
        BenchCommand.perArticleMs(
            Map.of("enrich", Map.of("stream", 1.0)), Map.of("enrich", Map.of("stream", 3.0)), 1000);
    assertThat(ms.get("enrich").get("stream")).isEqualTo(2.0);
  }

  @Test
  void theJitShareIsItsPartOfAllProcessesCpu() {
    double share =
        BenchCommand.jitShare(
            Map.of(
                "enrich", Map.of("stream", 2.0, "jit", 1.0),
                "broker", Map.of("other", 0.5, "jit", 0.5)));
    assertThat(share).isEqualTo(0.375);
    assertThat(BenchCommand.jitShare(Map.of())).isNaN();
  }
}
