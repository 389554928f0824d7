package io.newsline.testkit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands an integration test a real Kafka cluster: add {@code @ExtendWith(KafkaExtension.class)} and
 * take a {@link KafkaCluster} parameter (constructor, lifecycle method or test method).
 *
 * <p>Which cluster, in order: an external one when the environment variable {@code
 * KAFKA_BOOTSTRAP_SERVERS} is set; a Testcontainers {@code apache/kafka} container when {@code
 * -Dnewsline.kafka=container} is given (the test is skipped, not failed, where no Docker engine
 * runs); otherwise the {@link EmbeddedKafka} broker. One cluster serves every test class of a test
 * run and is closed when the run ends, so tests must use their own topic names.
 */
public final class KafkaExtension implements ParameterResolver {
  /** System property choosing the cluster kind: {@code embedded} (default) or {@code container}. */
  public static final String MODE_PROPERTY = "newsline.kafka";

  /** Environment variable naming an external cluster. */
  public static final String EXTERNAL_ENV = "KAFKA_BOOTSTRAP_SERVERS";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(KafkaExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == KafkaCluster.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    String mode = System.getProperty(MODE_PROPERTY, "embedded");
    if ("container".equals(mode) && System.getenv(EXTERNAL_ENV) == null) {
      Assumptions.assumeTrue(
          ContainerKafka.dockerAvailable(),
          "-Dnewsline.kafka=container asks for a Docker container, but no Docker engine runs here");
    }
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            "cluster", key -> new ClosingCluster(open(mode)), ClosingCluster.class)
        .cluster();
  }

  /** Opens the cluster the environment asks for. */
  public static KafkaCluster open(String mode) {
    String external = System.getenv(EXTERNAL_ENV);
    if (external != null && !external.isBlank()) {
      return new ExternalKafka(external);
    }
    if ("container".equals(mode)) {
      return ContainerKafka.start();
    }
    return EmbeddedKafka.start();
  }

  /** Closes the cluster when JUnit closes the root store at the end of the run. */
  private record ClosingCluster(KafkaCluster cluster) implements AutoCloseable {
    @Override
    public void close() {
      cluster.close();
    }
  }
}
