package io.newsline.runtime.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's one HTTP endpoint, on the JDK's built-in server:
 *
 * <ul>
 *   <li>{@code /metrics}: Prometheus text exposition format
 *   <li>{@code /health/live}: 200 while the process can still do its work, 503 once a service has
 *       failed for good
 *   <li>{@code /health/ready}: 200 only while every Kafka Streams instance is RUNNING
 *   <li>{@code /topology}: each service's topology description
 * </ul>
 */
public final class OpsServer implements AutoCloseable {
  /** Content type of the Prometheus text format, version 0.0.4. */
  public static final String PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private static final Logger log = LoggerFactory.getLogger(OpsServer.class);

  private final HttpServer server;

  /** What the endpoint reports, asked afresh on every request. */
  public interface Probe {
    String metrics();

    HealthStatus liveness();

    HealthStatus readiness();

    String topology();
  }

  /**
   * A health answer with the reason behind it.
   *
   * @param healthy whether to answer 200 (else 503)
   * @param detail one line per service, e.g. "ingest RUNNING"
   */
  public record HealthStatus(boolean healthy, String detail) {}

  private OpsServer(HttpServer server) {
    this.server = server;
  }

  /** Starts serving on {@code port} (0 = any free port) on all interfaces. */
  public static OpsServer start(int port, Probe probe) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
      server.createContext(
          "/metrics", exchange -> respond(exchange, () -> Reply.metrics(probe.metrics())));
      server.createContext(
          "/health/live", exchange -> respond(exchange, () -> Reply.health(probe.liveness())));
      server.createContext(
          "/health/ready", exchange -> respond(exchange, () -> Reply.health(probe.readiness())));
      server.createContext(
          "/topology", exchange -> respond(exchange, () -> Reply.text(200, probe.topology())));
      server.createContext(
          "/",
          exchange ->
              respond(
                  exchange,
                  () ->
                      Reply.text(
                          "/".equals(exchange.getRequestURI().getPath()) ? 200 : 404,
                          "newsline: /metrics /health/live /health/ready /topology\n")));
      server.setExecutor(
          Executors.newFixedThreadPool(
              2,
              runnable -> {
                Thread thread = new Thread(runnable, "newsline-http");
                thread.setDaemon(true);
                return thread;
              }));
      server.start();
      OpsServer ops = new OpsServer(server);
      log.info(
          "HTTP endpoint on port {}: /metrics /health/live /health/ready /topology", ops.port());
      return ops;
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot open the HTTP endpoint on port " + port + ": " + e.getMessage(), e);
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  private record Reply(int code, String contentType, String body) {
    static Reply text(int code, String body) {
      return new Reply(code, "text/plain; charset=utf-8", body);
    }

    static Reply health(HealthStatus status) {
      return text(status.healthy() ? 200 : 503, status.detail());
    }

    static Reply metrics(String body) {
      return new Reply(200, PROMETHEUS_CONTENT_TYPE, body);
    }
  }

  /** Answers one request; a failing probe gives a 500 with its error, never a hung connection. */
  private static void respond(HttpExchange exchange, Supplier<Reply> replies) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!"GET".equals(method) && !"HEAD".equals(method)) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      Reply reply;
      try {
        reply = replies.get();
      } catch (RuntimeException e) {
        log.warn("{} failed: {}", exchange.getRequestURI(), e.toString());
        reply = Reply.text(500, "error: " + e + "\n");
      }
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", reply.contentType());
      boolean head = "HEAD".equals(method);
      exchange.sendResponseHeaders(reply.code(), head ? -1 : bytes.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }
}
