package io.newsline.cli;

import io.newsline.runtime.config.NewslineConfig;
import io.newsline.runtime.config.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The configuration options every command that talks to Kafka shares. Precedence: defaults &lt;
 * {@code --config} file &lt; {@code NEWSLINE_*} environment &lt; these flags.
 */
final class ConfigOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Properties file with newsline settings (see README's configuration table).")
  Path configFile;

  @Option(
      names = "--bootstrap-servers",
      paramLabel = "HOST:PORT",
      description = "Kafka cluster (default: NEWSLINE_BOOTSTRAP_SERVERS, else localhost:9092).")
  String bootstrapServers;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "Any setting, or a Kafka property as kafka.<name>=<value>; repeatable.")
  List<String> settings = new ArrayList<>();

  /** The configuration from all layers, with {@code extra} flags on top. */
  NewslineConfig config(NewslineConfig.Builder extra) {
    NewslineConfig.Builder builder =
        extra
            .file(configFile)
            .environment(System.getenv())
            .flag(Settings.BOOTSTRAP_SERVERS, bootstrapServers);
    settings.forEach(builder::flag);
    return builder.build();
  }

  NewslineConfig config() {
    return config(NewslineConfig.builder());
  }
}
