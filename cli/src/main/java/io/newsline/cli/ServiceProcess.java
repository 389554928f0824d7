package io.newsline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A newsline command running in a JVM of its own ({@code newsline ingest}, say), as in a
 * deployment: started with its own heap limit and HTTP port, its output in a log file, probed over
 * {@code /health/ready} and {@code /metrics}, stopped with SIGTERM or killed with SIGKILL.
 */
final class ServiceProcess implements AutoCloseable {
  private static final Pattern HEAP_USED =
      Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} (\\S+)$");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;

  private ServiceProcess(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /**
   * Starts {@code newsline ARGS... --metrics-port P} with this JVM's class path.
   *
   * @param jvmOptions options for the child JVM, e.g. "-Xmx512m"
   */
  static ServiceProcess start(
      String name, List<String> args, List<String> jvmOptions, Path logDir) {
    int port = freePort();
    List<String> withPort = new ArrayList<>(args);
    withPort.add("--metrics-port");
    withPort.add(Integer.toString(port));
    return launch(name, withPort, jvmOptions, logDir, port);
  }

  /**
   * Starts {@code newsline broker --port PORT --data-dir DIR}: a broker in a process of its own
   * that can be killed and restarted on the same data.
   */
  static ServiceProcess startBroker(int port, Path dataDir, Path logDir) {
    return launch(
        "broker",
        List.of("broker", "--port", Integer.toString(port), "--data-dir", dataDir.toString()),
        List.of("-Xmx1g"),
        logDir,
        -1);
  }

  private static ServiceProcess launch(
      String name, List<String> args, List<String> jvmOptions, Path logDir, int port) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(NewslineCli.class.getName());
    command.addAll(args);
    Path log = logDir.resolve(name + ".log");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      return new ServiceProcess(name, port, log, process);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name, e);
    }
  }

  String name() {
    return name;
  }

  Path log() {
    return log;
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Whether {@code /health/ready} answers 200 (services only). */
  boolean isReady() {
    return get("/health/ready") != null;
  }

  /** Heap in use now, in bytes (all heap pools), or -1 when the process does not answer. */
  long heapUsedBytes() {
    String metrics = get("/metrics");
    if (metrics == null) {
      return -1;
    }
    double used = 0;
    Matcher m = HEAP_USED.matcher(metrics);
    while (m.find()) {
      used += Double.parseDouble(m.group(1));
    }
    return (long) used;
  }

  /** Writes the process's {@code /metrics} to a file, for a look at where time went. */
  void saveMetrics(Path file) {
    String metrics = get("/metrics");
    if (metrics != null) {
      try {
        java.nio.file.Files.writeString(file, metrics);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Heap in use right after a full GC ({@code jcmd PID GC.run}), in bytes: what the service really
   * keeps, as opposed to what G1 lets accumulate below -Xmx.
   */
  long liveHeapBytes() throws InterruptedException {
    Path jcmd =
        Path.of(ProcessHandle.current().info().command().orElse("java")).resolveSibling("jcmd");
    try {
      Process gc =
          new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.run")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      gc.waitFor(60, TimeUnit.SECONDS);
    } catch (IOException e) {
      return -1;
    }
    return heapUsedBytes();
  }

  private String get(String path) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? response.body() : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** SIGKILL: the process gets no chance to commit, flush or leave its group. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM, then SIGKILL if it has not stopped within 30 s. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      kill();
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
