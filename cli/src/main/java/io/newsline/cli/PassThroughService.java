package io.newsline.cli;

import io.newsline.runtime.streams.ServiceContext;
import io.newsline.runtime.streams.StreamsService;
import io.newsline.schemas.TopicSpec;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The benchmark's ceiling: a stage that does no work, copying RawArticles from one topic to the
 * next, decoded and re-encoded with the pipeline's own serde, hosted exactly like a real service
 * (exactly-once, dead-letter handlers, metrics). Three of them in a row are the pipeline with its
 * stage logic taken out.
 */
final class PassThroughService implements StreamsService {
  private final String name;
  private final String from;
  private final String to;

  /** Copies {@code prefix + from} to {@code prefix + to} (prefix = the topic prefix). */
  PassThroughService(String name, String from, String to) {
    this.name = name;
    this.from = from;
    this.to = to;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Topology buildTopology(ServiceContext context) {
    TopicSpec<String, ?> raw = context.topics().raw;
    String prefix = context.topics().prefix();
    StreamsBuilder builder = new StreamsBuilder();
    copy(context, builder, raw, prefix + from, prefix + to);
    return builder.build();
  }

  private static <V> void copy(
      ServiceContext context,
      StreamsBuilder builder,
      TopicSpec<String, V> spec,
      String from,
      String to) {
    context.stream(builder, from, spec).to(to, Produced.with(spec.keySerde(), spec.valueSerde()));
  }
}
