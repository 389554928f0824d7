package io.newsline.cli;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether a set of Kafka Streams applications has consumed everything on its inputs: for each
 * application id (consumer group), the committed offset of every partition it reads equals the
 * partition's end offset.
 */
final class Quiescence {
  private final Admin admin;

  Quiescence(Admin admin) {
    this.admin = admin;
  }

  /** Records not yet consumed by the groups, summed; 0 when all caught up. */
  long lag(Collection<String> groupIds) {
    try {
      long lag = 0;
      for (String group : groupIds) {
        Map<TopicPartition, OffsetAndMetadata> committed =
            admin
                .listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(10, TimeUnit.SECONDS);
        if (committed.isEmpty()) {
          return Long.MAX_VALUE;
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
            admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
        for (var entry : committed.entrySet()) {
          long end = ends.get(entry.getKey()).offset();
          long position = entry.getValue() == null ? 0 : entry.getValue().offset();
          lag += Math.max(0, end - position);
        }
      }
      return lag;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Long.MAX_VALUE;
    } catch (ExecutionException | TimeoutException e) {
      return Long.MAX_VALUE;
    }
  }
}
