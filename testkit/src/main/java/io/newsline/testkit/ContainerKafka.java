package io.newsline.testkit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * An {@code apache/kafka} broker in a Docker container, via Testcontainers. Only usable where a
 * Docker engine runs: check {@link #dockerAvailable()} first.
 */
public final class ContainerKafka implements KafkaCluster {
  /** The image tag matches the client version the project builds against. */
  public static final String IMAGE = "apache/kafka:4.3.1";

  private final KafkaContainer container;

  private ContainerKafka(KafkaContainer container) {
    this.container = container;
  }

  /** Whether a Docker engine answers here. */
  public static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  /** Starts the container; throws if Docker is unavailable. */
  public static ContainerKafka start() {
    KafkaContainer container = new KafkaContainer(IMAGE);
    container.start();
    return new ContainerKafka(container);
  }

  @Override
  public String bootstrapServers() {
    return container.getBootstrapServers();
  }

  @Override
  public String kind() {
    return "container";
  }

  @Override
  public void close() {
    container.stop();
  }
}
