package io.newsline.cli;

import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.config.Settings;
import io.newsline.runtime.streams.ServiceContext;
import io.newsline.runtime.streams.ServiceHost;
import io.newsline.runtime.streams.StreamsService;
import io.newsline.schemas.Topics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsline reset}: make a stopped service reprocess its input from the start. */
@Command(
    name = "reset",
    mixinStandardHelpOptions = true,
    description = {
      "Rewind a stopped service to the start of its input: its consumer offsets go to the"
          + " earliest records, its internal topics (changelogs, repartitions) and its local state"
          + " are deleted. Start the service again and it reprocesses everything, e.g. after a rule"
          + " or model change.",
      "The service must be stopped (its group must have no members). Its output topics are not"
          + " touched: downstream sees the reprocessed records as new versions."
    })
final class ResetCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Parameters(paramLabel = "SERVICE", description = "ingest, enrich or dedupe.")
  String service;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException, ExecutionException, TimeoutException {
    Supplier<StreamsService> supplier = RunCommand.SERVICES.get(service);
    if (supplier == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "unknown service '" + service + "'; known: " + RunCommand.SERVICES.keySet());
    }
    NewslineConfig config = options.config().with(Settings.METRICS_PORT, "-1");
    String applicationId = config.get(Settings.APPLICATION_ID_PREFIX) + service;
    Topology topology = supplier.get().buildTopology(ServiceContext.detached(service, config));
    Set<String> inputs = sourceTopics(topology, applicationId);
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()))) {
      var group =
          admin
              .describeConsumerGroups(List.of(applicationId))
              .all()
              .get(30, TimeUnit.SECONDS)
              .get(applicationId);
      if (group != null && !group.members().isEmpty()) {
        throw new IllegalStateException(
            applicationId
                + " still has "
                + group.members().size()
                + " running member(s): stop the service first");
      }
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
      for (var description :
          admin
              .describeTopics(inputs.stream().filter(existing::contains).toList())
              .allTopicNames()
              .get(30, TimeUnit.SECONDS)
              .values()) {
        description
            .partitions()
            .forEach(
                p ->
                    earliest.put(
                        new TopicPartition(description.name(), p.partition()),
                        OffsetSpec.earliest()));
      }
      Map<TopicPartition, OffsetAndMetadata> rewound = new HashMap<>();
      admin
          .listOffsets(earliest)
          .all()
          .get(30, TimeUnit.SECONDS)
          .forEach((tp, info) -> rewound.put(tp, new OffsetAndMetadata(info.offset())));
      if (!rewound.isEmpty()) {
        admin.alterConsumerGroupOffsets(applicationId, rewound).all().get(30, TimeUnit.SECONDS);
      }
      Set<String> internal = new TreeSet<>();
      for (String topic : existing) {
        if (topic.startsWith(applicationId + "-")
            && (topic.endsWith("-changelog") || topic.endsWith("-repartition"))) {
          internal.add(topic);
        }
      }
      if (!internal.isEmpty()) {
        admin.deleteTopics(internal).all().get(60, TimeUnit.SECONDS);
      }
      try (KafkaStreams streams =
          new KafkaStreams(
              topology,
              ServiceHost.streamsProperties(
                  config, service, Topics.withPrefix(config.topicPrefix())))) {
        streams.cleanUp();
      }
      spec.commandLine()
          .getOut()
          .printf(
              "reset %s: %d input partitions rewound on %s; deleted internal topics %s; local state in %s removed%n",
              applicationId,
              rewound.size(),
              new TreeSet<>(inputs),
              internal,
              config.get(Settings.STATE_DIR))
          .flush();
    }
    return 0;
  }

  /** The topics a topology reads, its own repartition topics excluded. */
  static Set<String> sourceTopics(Topology topology, String applicationId) {
    Set<String> topics = new TreeSet<>();
    for (TopologyDescription.Subtopology sub : topology.describe().subtopologies()) {
      for (TopologyDescription.Node node : sub.nodes()) {
        if (node instanceof TopologyDescription.Source source && source.topicSet() != null) {
          source.topicSet().stream().filter(t -> !t.endsWith("-repartition")).forEach(topics::add);
        }
      }
    }
    return topics;
  }
}
