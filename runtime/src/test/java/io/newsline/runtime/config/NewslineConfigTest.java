package io.newsline.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewslineConfigTest {
  @TempDir Path dir;

  @Test
  void defaultsApplyWhenNothingIsGiven() {
    NewslineConfig config = NewslineConfig.defaults();

    assertThat(config.bootstrapServers()).isEqualTo("localhost:9092");
    assertThat(config.getInt(Settings.METRICS_PORT)).isEqualTo(9400);
    assertThat(config.topicPrefix()).isEmpty();
  }

  @Test
  void fileThenEnvironmentThenFlagsEachOverrideTheLayerBefore() throws IOException {
    Path file =
        write(
            "bootstrap.servers=file:9092\ntopic.prefix=file.\ntopic.partitions=6\nmetrics.port=1\n");

    NewslineConfig config =
        NewslineConfig.builder()
            .file(file)
            .environment(
                Map.of(
                    "NEWSLINE_TOPIC_PREFIX", "env.", "NEWSLINE_METRICS_PORT", "2", "PATH", "/bin"))
            .flag(Settings.METRICS_PORT, 3)
            .build();

    assertThat(config.bootstrapServers()).isEqualTo("file:9092");
    assertThat(config.topicPrefix()).isEqualTo("env.");
    assertThat(config.getInt(Settings.TOPIC_PARTITIONS)).isEqualTo(6);
    assertThat(config.getInt(Settings.METRICS_PORT)).isEqualTo(3);
  }

  @Test
  void kafkaPropertiesPassThroughWithoutTheirPrefix() throws IOException {
    NewslineConfig config =
        NewslineConfig.builder()
            .file(write("kafka.compression.type=lz4\n"))
            .environment(Map.of("NEWSLINE_KAFKA_LINGER_MS", "20"))
            .flag("kafka.batch.size=65536")
            .build();

    assertThat(config.kafkaProperties())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("compression.type", "lz4", "linger.ms", "20", "batch.size", "65536"));
  }

  @Test
  void aTypoInAFileIsRefusedWithTheKnownSettings() throws IOException {
    Path file = write("bootstrap.server=x:1\n");

    assertThatThrownBy(() -> NewslineConfig.builder().file(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown setting 'bootstrap.server'")
        .hasMessageContaining(file.toString())
        .hasMessageContaining("bootstrap.servers");
  }

  @Test
  void unknownEnvironmentVariablesAreIgnored() {
    NewslineConfig config =
        NewslineConfig.builder().environment(Map.of("NEWSLINE_HOME", "/opt/newsline")).build();

    assertThat(config.explicitValues()).isEmpty();
  }

  @Test
  void aMissingFileIsAClearError() {
    assertThatThrownBy(() -> NewslineConfig.builder().file(dir.resolve("absent.properties")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("cannot read config file");
  }

  @Test
  void aMalformedNumberIsRefusedWhenTheConfigurationIsBuiltAndNamesTheSetting() {
    NewslineConfig.Builder builder =
        NewslineConfig.builder().environment(Map.of("NEWSLINE_COMMIT_BEHIND_MS", "abc"));

    assertThatThrownBy(builder::build)
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("commit.behind.ms")
        .hasMessageContaining("abc");
  }

  @Test
  void aMalformedNumberNamesTheSetting() {
    NewslineConfig config = NewslineConfig.defaults().with(Settings.TOPIC_PARTITIONS, "many");

    assertThatThrownBy(() -> config.getInt(Settings.TOPIC_PARTITIONS))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("topic.partitions")
        .hasMessageContaining("many");
  }

  @Test
  void environmentVariableNamesDeriveFromKeys() {
    assertThat(Settings.BOOTSTRAP_SERVERS.environmentVariable())
        .isEqualTo("NEWSLINE_BOOTSTRAP_SERVERS");
    assertThat(Settings.TOPIC_REPLICATION.environmentVariable())
        .isEqualTo("NEWSLINE_TOPIC_REPLICATION_FACTOR");
  }

  private Path write(String content) throws IOException {
    Path file = dir.resolve("newsline.properties");
    Files.writeString(file, content);
    return file;
  }
}
