package io.newsline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsline.runtime.config.Settings;
import io.newsline.schemas.Topics;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsline chaos}: exactly-once under fire. A broker in a process of its own, the three
 * services in processes of their own, a replay of N distinct articles, then SIGKILLs of randomly
 * chosen services (each restarted at once on its state directory) and, if asked, broker restarts,
 * at random moments while the pipeline works. The verdict reads news.events as a downstream
 * consumer does (read-committed): every article in exactly one surviving event, event versions
 * strictly increasing, no dead letters for these well-formed articles.
 */
@Command(
    name = "chaos",
    mixinStandardHelpOptions = true,
    description = {
      "Kill services (SIGKILL) and restart the broker while the pipeline works; exit 0 only when"
          + " no article was lost or duplicated.",
      "Logs of every process are kept in a temporary folder named on stderr."
    })
final class ChaosCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(ChaosCommand.class);
  private static final String[] SERVICES = {"ingest", "enrich", "dedupe"};

  @Option(
      names = "--articles",
      defaultValue = "10000",
      description = "Articles to replay (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(
      names = "--kills",
      defaultValue = "3",
      description = "SIGKILLs of random services (default: ${DEFAULT-VALUE}).")
  int kills;

  @Option(
      names = "--broker-restarts",
      defaultValue = "0",
      description = "Broker restarts in the middle of the run (default: ${DEFAULT-VALUE}).")
  int brokerRestarts;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description =
          "Seed of the random choices of victims and moments (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--timeout",
      defaultValue = "1800",
      description = "Give up after this many seconds (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(
      names = "--json",
      description = "One JSON object: articles, kills, lost, duplicated, deadLetters, ok.")
  boolean json;

  @Mixin CorpusOptions corpusOptions;

  @Spec CommandLine.Model.CommandSpec spec;

  /** The outcome of a chaos run. */
  record Outcome(
      int articles,
      int kills,
      int brokerRestarts,
      EventLedger.Verdict verdict,
      long versionRegressions,
      long deadLetters,
      double seconds) {
    boolean ok() {
      return verdict.lost() == 0
          && verdict.duplicated() == 0
          && versionRegressions == 0
          && deadLetters == 0;
    }
  }

  @Override
  public Integer call() throws Exception {
    BenchCorpus corpus = corpusOptions.corpus();
    Path work = Files.createTempDirectory("newsline-chaos-");
    log.info("chaos: {} articles, {} kills, logs in {}", articles, kills, work);
    int port = ServiceProcess.freePort();
    String bootstrap = "localhost:" + port;
    Random random = new Random(seed);
    long started = System.nanoTime();
    Topics topics = Topics.standard();
    ServiceProcess broker = ServiceProcess.startBroker(port, work.resolve("broker"), work);
    Map<String, ServiceProcess> services = new LinkedHashMap<>();
    Outcome outcome;
    try {
      awaitBroker(bootstrap, broker);
      for (String service : SERVICES) {
        services.put(service, startService(service, bootstrap, work));
      }
      BenchCommand.awaitReady(List.copyOf(services.values()));
      EventLedger ledger = new EventLedger(topics.events);
      try (Arrivals arrivals = new Arrivals(bootstrap, topics.events.name(), ledger)) {
        arrivals.awaitAssignment();
        List<String> sent = ArticleSender.send(bootstrap, topics.raw, corpus, 0, articles, 0).ids();

        // Disruptions at random moments spread over the run, measured in articles arrived.
        List<Boolean> plan = new ArrayList<>();
        for (int i = 0; i < kills; i++) {
          plan.add(false);
        }
        for (int i = 0; i < brokerRestarts; i++) {
          plan.add(true);
        }
        Collections.shuffle(plan, random);
        for (int i = 0; i < plan.size(); i++) {
          double at = (i + 0.5 + random.nextDouble() * 0.5) / (plan.size() + 1);
          arrivals.awaitCount(
              sent,
              (int) (at * articles),
              Duration.ofSeconds(timeoutSeconds),
              List.copyOf(services.values()));
          if (plan.get(i)) {
            log.info("chaos: restarting the broker");
            broker.close();
            broker = ServiceProcess.startBroker(port, work.resolve("broker"), work);
            awaitBroker(bootstrap, broker);
          } else {
            String victim = SERVICES[random.nextInt(SERVICES.length)];
            log.info("chaos: SIGKILL {}", victim);
            services.get(victim).kill();
            services.put(victim, startService(victim, bootstrap, work));
          }
        }
        List<String> missing =
            arrivals.awaitAll(
                sent, Duration.ofSeconds(timeoutSeconds), List.copyOf(services.values()));
        log.info("chaos: {} articles not in any event yet; waiting for quiescence", missing.size());
        awaitQuiescence(bootstrap, arrivals);
        outcome =
            new Outcome(
                articles,
                kills,
                brokerRestarts,
                ledger.verdict(sent),
                ledger.versionRegressions(),
                BenchCommand.recordsOn(bootstrap, topics.dlq.name()),
                (System.nanoTime() - started) / 1e9);
      }
    } finally {
      for (ServiceProcess service : services.values()) {
        service.close();
      }
      broker.close();
    }
    print(outcome);
    return outcome.ok() ? 0 : NewslineCli.FAILURE;
  }

  private ServiceProcess startService(String service, String bootstrap, Path work) {
    List<String> args =
        List.of(
            service,
            "--bootstrap-servers",
            bootstrap,
            "--set",
            Settings.STATE_DIR.key() + "=" + work.resolve(service + "-state"));
    return ServiceProcess.start(service, args, List.of("-Xmx" + corpusOptions.heap), work);
  }

  private static void awaitBroker(String bootstrap, ServiceProcess broker)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (!broker.isAlive()) {
        throw new IllegalStateException("the broker died; its log: " + broker.log());
      }
      try (Admin admin =
          Admin.create(
              Map.of(
                  CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                  bootstrap,
                  CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG,
                  2000,
                  CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG,
                  3000))) {
        admin.describeCluster().nodes().get();
        return;
      } catch (Exception notYet) {
        Thread.sleep(500);
      }
    }
    throw new IllegalStateException("the broker did not come up; its log: " + broker.log());
  }

  /** Until every service has consumed everything and news.events stayed quiet a few seconds. */
  private void awaitQuiescence(String bootstrap, Arrivals arrivals) throws InterruptedException {
    List<String> groups =
        List.of(SERVICES).stream()
            .map(s -> Settings.APPLICATION_ID_PREFIX.defaultValue() + s)
            .toList();
    long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
    try (Admin admin =
        Admin.create(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      Quiescence quiescence = new Quiescence(admin);
      while (System.nanoTime() < deadline) {
        if (quiescence.lag(groups) == 0 && arrivals.quietFor(Duration.ofSeconds(5))) {
          return;
        }
        Thread.sleep(500);
      }
    }
    throw new IllegalStateException("the pipeline did not settle within " + timeoutSeconds + " s");
  }

  private void print(Outcome o) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode node = new ObjectMapper().createObjectNode();
      node.put("articles", o.articles());
      node.put("kills", o.kills());
      node.put("brokerRestarts", o.brokerRestarts());
      node.put("lost", o.verdict().lost());
      node.put("duplicated", o.verdict().duplicated());
      node.put("versionRegressions", o.versionRegressions());
      node.put("deadLetters", o.deadLetters());
      node.put("events", o.verdict().events());
      node.put("seconds", Math.round(o.seconds()));
      node.put("ok", o.ok());
      out.println(node);
    } else {
      out.printf(
          "%d articles, %d kills, %d broker restarts, %d s%n",
          o.articles(), o.kills(), o.brokerRestarts(), Math.round(o.seconds()));
      out.printf(
          "lost %d, duplicated %d, version regressions %d, dead letters %d, events %d%n",
          o.verdict().lost(),
          o.verdict().duplicated(),
          o.versionRegressions(),
          o.deadLetters(),
          o.verdict().events());
      out.println(o.ok() ? "OK" : "FAILED");
    }
    out.flush();
  }
}
