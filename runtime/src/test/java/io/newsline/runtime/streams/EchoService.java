package io.newsline.runtime.streams;

import io.newsline.avro.CleanArticle;
import io.newsline.avro.RawArticle;
import io.newsline.runtime.deadletter.RecordRejectedException;
import io.newsline.schemas.Topics;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A minimal service for testing the runtime: copies news.raw to news.clean, rejects empty bodies
 * and fails on the body "boom", the way a real stage would on a bug.
 */
final class EchoService implements StreamsService {
  @Override
  public String name() {
    return "echo";
  }

  @Override
  public Topology buildTopology(ServiceContext context) {
    Topics topics = context.topics();
    StreamsBuilder builder = new StreamsBuilder();
    context.stream(builder, topics.raw)
        .mapValues(EchoService::clean)
        .to(topics.clean.name(), Produced.with(topics.clean.keySerde(), topics.clean.valueSerde()));
    return builder.build();
  }

  static CleanArticle clean(RawArticle raw) {
    if (raw.getBody().isBlank()) {
      throw new RecordRejectedException("empty body");
    }
    if (raw.getBody().equals("boom")) {
      throw new IllegalStateException("a bug in the stage");
    }
    return CleanArticle.newBuilder()
        .setId(raw.getId())
        .setSourceId(raw.getSourceId())
        .setSourceUri(raw.getSourceUri())
        .setReceivedAt(raw.getReceivedAt())
        .setText(raw.getBody())
        .setContentHash(Integer.toHexString(raw.getBody().hashCode()))
        .build();
  }
}
