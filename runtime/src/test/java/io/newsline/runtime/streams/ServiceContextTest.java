package io.newsline.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsline.runtime.config.ConfigException;
import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.config.Settings;
import org.apache.kafka.streams.StreamsBuilder;
import org.junit.jupiter.api.Test;

class ServiceContextTest {
  private static String topology(NewslineConfig config) {
    ServiceContext context = ServiceContext.detached("echo", config);
    StreamsBuilder builder = new StreamsBuilder();
    context.stream(builder, context.topics().raw).to(context.topics().clean.name());
    return builder.build().describe().toString();
  }

  @Test
  void aServiceReadsItsInputThroughThePacedCommits() {
    assertThat(topology(NewslineConfig.defaults()))
        .contains("reject-tombstones-news.raw")
        .contains("paced-commits-news.raw");
  }

  @Test
  void aLiveIntervalOfZeroLeavesCommitsToStreams() {
    NewslineConfig config = NewslineConfig.defaults().with(Settings.COMMIT_LIVE_INTERVAL_MS, "0");

    assertThat(topology(config))
        .contains("reject-tombstones-news.raw")
        .doesNotContain("paced-commits");
  }

  @Test
  void aBoundThatIsNotPositiveIsRefusedByName() {
    NewslineConfig config = NewslineConfig.defaults().with(Settings.COMMIT_BEHIND_MS, "0");

    assertThatThrownBy(() -> topology(config))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("commit.behind.ms");
  }
}
