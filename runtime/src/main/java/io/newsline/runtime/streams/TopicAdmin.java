package io.newsline.runtime.streams;

import io.newsline.schemas.TopicSpec;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the pipeline's topics when they do not exist yet; existing topics are left as they are.
 */
public final class TopicAdmin {
  private static final Logger log = LoggerFactory.getLogger(TopicAdmin.class);

  private TopicAdmin() {}

  /**
   * Creates the missing topics among {@code topics}, each with its own partition count if it has
   * one, else {@code partitions}. Returns the partitions of every one of them, as created or as
   * found: an existing topic keeps the count it was created with.
   */
  public static Map<String, Integer> ensureTopics(
      Map<String, Object> adminConfig,
      Collection<TopicSpec<?, ?>> topics,
      int partitions,
      short replicationFactor) {
    Map<String, Object> config = new HashMap<>(adminConfig);
    config.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 30_000);
    try (Admin admin = Admin.create(config)) {
      Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
      List<NewTopic> missing =
          topics.stream()
              .filter(t -> !existing.contains(t.name()))
              .map(
                  t ->
                      new NewTopic(t.name(), t.partitionsToCreate(partitions), replicationFactor)
                          .configs(t.topicConfigs()))
              .toList();
      Map<String, Integer> counts = new TreeMap<>();
      Set<String> created = new TreeSet<>();
      for (var entry : admin.createTopics(missing).values().entrySet()) {
        try {
          entry.getValue().get(60, TimeUnit.SECONDS);
          created.add(entry.getKey());
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
      missing.stream()
          .filter(t -> created.contains(t.name()))
          .forEach(t -> counts.put(t.name(), t.numPartitions()));
      List<String> found =
          topics.stream().map(TopicSpec::name).filter(name -> !counts.containsKey(name)).toList();
      if (!found.isEmpty()) {
        describe(admin, found)
            .forEach((name, description) -> counts.put(name, description.partitions().size()));
      }
      if (!created.isEmpty()) {
        log.info("created topics {}", created);
      }
      return counts;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "cannot create topics on " + adminConfig.get("bootstrap.servers") + ": " + e, e);
    }
  }

  /**
   * Describes topics that exist. A topic another service has just created (it raced us to create
   * it) can be unknown to the broker answering for a moment, so that is retried for up to 30 s.
   */
  private static Map<String, TopicDescription> describe(Admin admin, List<String> topics)
      throws InterruptedException, ExecutionException, TimeoutException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        return admin.describeTopics(topics).allTopicNames().get(60, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)
            || System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(100);
      }
    }
  }
}
