package io.newsline.schemas;

import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;

/**
 * One topic of the pipeline: its full name and the serdes of its keys and values, so code that
 * reads or writes a topic can never pair it with the wrong serde.
 *
 * @param name full topic name, prefix included
 * @param keySerde serde of record keys
 * @param valueSerde serde of record values
 * @param compacted whether the topic keeps only the latest record per key
 * @param partitions the partitions the topic is created with, or 0 for the configured number
 *     ({@code topic.partitions})
 */
public record TopicSpec<K, V>(
    String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted, int partitions) {

  /** A topic created with the configured number of partitions. */
  public TopicSpec(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted) {
    this(name, keySerde, valueSerde, compacted, 0);
  }

  /** The partitions to create the topic with, given the configured default. */
  public int partitionsToCreate(int configured) {
    return partitions > 0 ? partitions : configured;
  }

  /** The value as this topic's bytes. */
  public byte[] valueBytes(V value) {
    return valueSerde.serializer().serialize(name, value);
  }

  /** A value read from this topic's bytes. */
  public V value(byte[] bytes) {
    return valueSerde.deserializer().deserialize(name, bytes);
  }

  /** The key as this topic's bytes. */
  public byte[] keyBytes(K key) {
    return keySerde.serializer().serialize(name, key);
  }

  /** A key read from this topic's bytes. */
  public K key(byte[] bytes) {
    return keySerde.deserializer().deserialize(name, bytes);
  }

  /** Topic-level configs to create the topic with. */
  public Map<String, String> topicConfigs() {
    return Map.of(
        TopicConfig.CLEANUP_POLICY_CONFIG,
        compacted ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE);
  }
}
