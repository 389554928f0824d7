package io.newsline.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Samples each service process's heap in use every two seconds and keeps the peak. */
final class HeapWatch implements AutoCloseable {
  private final List<ServiceProcess> processes;
  private final Map<String, Long> peak = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean running = true;

  HeapWatch(List<ServiceProcess> processes) {
    this.processes = processes;
    thread =
        new Thread(
            () -> {
              while (running) {
                for (ServiceProcess p : List.copyOf(this.processes)) {
                  peak.merge(p.name(), p.heapUsedBytes(), Math::max);
                }
                try {
                  Thread.sleep(
                      2_000); // a scrape costs the service CPU: sample like a slow Prometheus
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "bench-heap-watch");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /** Peak heap in use per process, MiB, in the processes' order. */
  Map<String, Long> peakMiB() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (ServiceProcess p : processes) {
      out.put(p.name(), peak.getOrDefault(p.name(), -1L) >> 20);
    }
    return out;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.interrupt();
    thread.join(5_000);
  }
}
