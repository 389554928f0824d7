package io.newsline.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time a process has used, per kind of thread, read from Linux's {@code /proc/PID/task/*}/stat
 * (empty where there is no /proc). What {@code bench} reports as where the time goes: a service's
 * stream threads doing the work, the JIT compiling it, the garbage collector, and the rest (Kafka
 * client I/O threads, the HTTP endpoint).
 */
final class ThreadCpu {
  /** Kinds of thread, in report order. */
  static final String STREAM = "stream";

  static final String JIT = "jit";
  static final String GC = "gc";
  static final String OTHER = "other";

  private static final Path PROC = Path.of("/proc");
  // clock ticks per second: USER_HZ, 100 on every Linux architecture Java runs on
  private static final double TICKS_PER_SECOND = 100.0;

  private ThreadCpu() {}

  /** Longest thread name the kernel keeps. */
  private static final int KERNEL_NAME_LENGTH = 15;

  /**
   * Seconds of CPU (user + system) per kind of thread; empty when /proc is unreadable.
   *
   * @param applicationId the Kafka Streams application.id of the process's service
   */
  static Map<String, Double> of(long pid, String applicationId) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    for (String kind : new String[] {STREAM, JIT, GC, OTHER}) {
      seconds.put(kind, 0.0);
    }
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(PROC.resolve(pid + "/task"))) {
      for (Path task : tasks) {
        try {
          Stat stat = Stat.parse(Files.readString(task.resolve("stat")));
          seconds.merge(
              kind(stat.name(), applicationId), stat.cpuTicks() / TICKS_PER_SECOND, Double::sum);
        } catch (IOException | RuntimeException threadEnded) {
          // a thread that ended between the listing and the read has nothing more to count
        }
      }
    } catch (IOException | RuntimeException noProc) {
      return Map.of();
    }
    return seconds;
  }

  /** The kind of a JVM thread from its name as the kernel has it (15 characters at most). */
  static String kind(String threadName, String applicationId) {
    if (threadName.startsWith("C1 Compiler") || threadName.startsWith("C2 Compiler")) {
      return JIT;
    }
    if (threadName.startsWith("G1 ")
        || threadName.startsWith("GC Thread")
        || threadName.equals("VM Thread")) {
      return GC;
    }
    // Kafka Streams names its threads <application.id>-<uuid>-StreamThread-N, which the kernel
    // cuts to the first 15 characters: the application id prefix. Stream threads are the only
    // threads whose name starts with it.
    String prefix =
        applicationId.substring(0, Math.min(KERNEL_NAME_LENGTH, applicationId.length()));
    return threadName.startsWith(prefix) ? STREAM : OTHER;
  }

  /** The stat fields used: the thread's name and its user + system ticks. */
  record Stat(String name, long cpuTicks) {
    static Stat parse(String line) {
      int open = line.indexOf('(');
      int close = line.lastIndexOf(')');
      String[] fields = line.substring(close + 2).split(" ");
      // fields after the name start at field 3 (state); utime and stime are fields 14 and 15
      return new Stat(
          line.substring(open + 1, close), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
    }
  }
}
