package io.newsline.cli;

import io.newsline.testkit.EmbeddedKafka;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsline broker}: a single-node KRaft Kafka broker in this process, for local runs. Prints
 * its bootstrap address on stdout, runs until Ctrl-C or SIGTERM.
 */
@Command(
    name = "broker",
    mixinStandardHelpOptions = true,
    description = {
      "Start a local single-node Kafka broker (KRaft), print its bootstrap address, run until"
          + " Ctrl-C.",
      "Other commands reach it with --bootstrap-servers (or NEWSLINE_BOOTSTRAP_SERVERS).",
      "Its data lives in a temporary directory, deleted when it stops, unless --data-dir names"
          + " one: then it is kept, and a later start on it comes back with the same topics."
    })
final class BrokerCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      defaultValue = "9092",
      description = "Port clients connect to; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Keep the broker's data here, across restarts (default: a temporary folder).")
  Path dataDir;

  @Override
  public Integer call() throws InterruptedException {
    EmbeddedKafka broker = EmbeddedKafka.start(dataDir, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  broker.close();
                  stopped.countDown();
                },
                "newsline-broker-shutdown"));
    System.out.println(broker.bootstrapServers());
    System.out.flush();
    stopped.await();
    return 0;
  }
}
