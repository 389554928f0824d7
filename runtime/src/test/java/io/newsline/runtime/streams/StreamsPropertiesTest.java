package io.newsline.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.runtime.config.NewslineConfig;
import io.newsline.schemas.Topics;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsPropertiesTest {
  private static Properties properties(NewslineConfig config) {
    return ServiceHost.streamsProperties(config, "enrich", Topics.withPrefix(config.topicPrefix()));
  }

  @Test
  void newslinesStreamsDefaults() {
    Properties p = properties(NewslineConfig.defaults());

    assertThat(p.get(ProducerConfig.BATCH_SIZE_CONFIG)).isEqualTo(256 * 1024);
    assertThat(p.get(ProducerConfig.COMPRESSION_TYPE_CONFIG)).isEqualTo("snappy");
    assertThat(p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))
        .isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
    assertThat(p.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(200);
    assertThat(p.get(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MS_CONFIG)))
        .isEqualTo(10);
  }

  @Test
  void kafkaSettingsOverrideNewslinesDefaults() {
    NewslineConfig config =
        NewslineConfig.builder()
            .flag("kafka.batch.size=16384")
            .flag("kafka.compression.type=zstd")
            .build();

    Properties p = properties(config);

    assertThat(p.get(ProducerConfig.BATCH_SIZE_CONFIG)).isEqualTo("16384");
    assertThat(p.get(ProducerConfig.COMPRESSION_TYPE_CONFIG)).isEqualTo("zstd");
  }
}
