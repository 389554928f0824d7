package io.newsline.testkit;

/** A cluster someone else runs, named by its bootstrap servers; closing it does nothing. */
public record ExternalKafka(String bootstrapServers) implements KafkaCluster {
  @Override
  public String kind() {
    return "external";
  }

  @Override
  public void close() {
    // Not ours to stop.
  }
}
