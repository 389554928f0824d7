package io.newsline.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Testcontainers path. It needs a Docker engine; where none runs (the development machines, CI
 * here) it is skipped, reported as skipped, never failed.
 */
class ContainerKafkaIntegrationTest {
  @Test
  void startsABrokerInAContainerWhereDockerRuns() {
    Assumptions.assumeTrue(ContainerKafka.dockerAvailable(), "no Docker engine here");

    try (ContainerKafka kafka = ContainerKafka.start()) {
      assertThat(kafka.bootstrapServers()).contains(":");
    }
  }
}
