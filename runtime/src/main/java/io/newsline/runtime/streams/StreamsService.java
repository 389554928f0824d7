package io.newsline.runtime.streams;

import org.apache.kafka.streams.Topology;

/**
 * One newsline stage as a Kafka Streams application. A service only builds its topology; the {@link
 * ServiceHost} owns configuration, topics, lifecycle, dead letters and metrics, the same way for
 * every service.
 */
public interface StreamsService {
  /** Short name: ingest, enrich or dedupe. Used in application.id, metrics tags and logs. */
  String name();

  /** Builds the topology from the context alone, so tests can build it without a broker. */
  Topology buildTopology(ServiceContext context);
}
