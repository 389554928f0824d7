package io.newsline.testkit;

/** A Kafka cluster a test or a local run can talk to, however it was provided. */
public interface KafkaCluster extends AutoCloseable {
  /** {@code host:port[,host:port...]} for {@code bootstrap.servers}. */
  String bootstrapServers();

  /** What kind of cluster this is, for logs: embedded, external or container. */
  String kind();

  /** Stops the cluster if this process started it; does nothing for an external cluster. */
  @Override
  void close();
}
