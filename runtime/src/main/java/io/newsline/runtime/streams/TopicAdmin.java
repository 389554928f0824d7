package io.newsline.runtime.streams;

import io.newsline.schemas.TopicSpec;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the pipeline's topics when they do not exist yet; existing topics are left as they are.
 */
public final class TopicAdmin {
  private static final Logger log = LoggerFactory.getLogger(TopicAdmin.class);

  private TopicAdmin() {}

  /** Creates the missing topics among {@code topics}; returns the names it created. */
  public static Set<String> ensureTopics(
      Map<String, Object> adminConfig,
      Collection<TopicSpec<?, ?>> topics,
      int partitions,
      short replicationFactor) {
    Map<String, Object> config = new java.util.HashMap<>(adminConfig);
    config.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 30_000);
    try (Admin admin = Admin.create(config)) {
      Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
      List<NewTopic> missing =
          topics.stream()
              .filter(t -> !existing.contains(t.name()))
              .map(
                  t ->
                      new NewTopic(t.name(), partitions, replicationFactor)
                          .configs(t.topicConfigs()))
              .toList();
      if (missing.isEmpty()) {
        return Set.of();
      }
      var result = admin.createTopics(missing);
      Set<String> created = new java.util.TreeSet<>();
      for (var entry : result.values().entrySet()) {
        try {
          entry.getValue().get(60, TimeUnit.SECONDS);
          created.add(entry.getKey());
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
            throw e;
          }
        }
      }
      log.info("created topics {}", created);
      return created;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "cannot create topics on " + adminConfig.get("bootstrap.servers") + ": " + e, e);
    }
  }
}
