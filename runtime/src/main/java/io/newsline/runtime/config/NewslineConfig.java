package io.newsline.runtime.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * newsline's configuration, the one place settings are read. Layers, each overriding the one
 * before: the defaults in {@link Settings} &lt; a properties file ({@code --config FILE}) &lt; the
 * environment ({@code NEWSLINE_*}) &lt; command-line flags.
 *
 * <p>Any Kafka client or Streams property passes through under the {@code kafka.} prefix: {@code
 * kafka.linger.ms=20} in a file, {@code NEWSLINE_KAFKA_LINGER_MS=20} in the environment. Unknown
 * keys in a file or in flags are refused (a typo must not be ignored); unknown {@code NEWSLINE_*}
 * variables are logged and ignored, since the environment is shared with other programs.
 */
public final class NewslineConfig {
  public static final String ENV_PREFIX = "NEWSLINE_";

  /** Keys under this prefix are handed to Kafka with the prefix removed. */
  public static final String KAFKA_PREFIX = "kafka.";

  private static final Logger log = LoggerFactory.getLogger(NewslineConfig.class);
  private static final Set<String> KNOWN =
      Settings.ALL.stream().map(Setting::key).collect(Collectors.toUnmodifiableSet());

  private final Map<String, String> values;

  private NewslineConfig(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /** The defaults alone. */
  public static NewslineConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Resolves a setting through all layers. */
  public String get(Setting setting) {
    return values.getOrDefault(setting.key(), setting.defaultValue());
  }

  public int getInt(Setting setting) {
    String value = get(setting);
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new ConfigException(
          "setting " + setting.key() + " must be a whole number, got '" + value + "'");
    }
  }

  public long getLong(Setting setting) {
    String value = get(setting);
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new ConfigException(
          "setting " + setting.key() + " must be a whole number, got '" + value + "'");
    }
  }

  public String bootstrapServers() {
    return get(Settings.BOOTSTRAP_SERVERS);
  }

  public String topicPrefix() {
    return get(Settings.TOPIC_PREFIX);
  }

  /** Kafka properties given under {@code kafka.}, with the prefix removed. */
  public Map<String, String> kafkaProperties() {
    Map<String, String> kafka = new TreeMap<>();
    values.forEach(
        (key, value) -> {
          if (key.startsWith(KAFKA_PREFIX)) {
            kafka.put(key.substring(KAFKA_PREFIX.length()), value);
          }
        });
    return kafka;
  }

  /** A copy with one more value, as if given as a flag. */
  public NewslineConfig with(Setting setting, String value) {
    Map<String, String> copy = new LinkedHashMap<>(values);
    copy.put(setting.key(), value);
    return new NewslineConfig(copy);
  }

  /** Every explicitly set value (not the defaults), for logging the effective configuration. */
  public Map<String, String> explicitValues() {
    return values;
  }

  /** Collects the layers; {@link #build()} applies them in precedence order. */
  public static final class Builder {
    private final Map<String, String> file = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Map<String, String> flags = new LinkedHashMap<>();

    /** Reads a properties file; a missing file or unknown key is a {@link ConfigException}. */
    public Builder file(Path path) {
      if (path == null) {
        return this;
      }
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new ConfigException("cannot read config file " + path + ": " + e.getMessage(), e);
      }
      for (String key : properties.stringPropertyNames()) {
        checkKnown(key, "config file " + path);
        file.put(key, properties.getProperty(key).trim());
      }
      return this;
    }

    /**
     * Takes the {@code NEWSLINE_*} variables of an environment (usually {@code System.getenv()}).
     */
    public Builder environment(Map<String, String> env) {
      env.forEach(
          (name, value) -> {
            if (!name.startsWith(ENV_PREFIX)) {
              return;
            }
            String key =
                name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
            if (isKnown(key)) {
              environment.put(key, value);
            } else {
              log.warn("ignoring environment variable {}: not a newsline setting", name);
            }
          });
      return this;
    }

    /** A value given on the command line. Null values (flag not given) are skipped. */
    public Builder flag(Setting setting, Object value) {
      if (value != null) {
        flags.put(setting.key(), value.toString());
      }
      return this;
    }

    /** A {@code key=value} given on the command line (e.g. {@code --set kafka.linger.ms=5}). */
    public Builder flag(String keyValue) {
      int eq = keyValue.indexOf('=');
      if (eq <= 0) {
        throw new ConfigException("expected key=value, got '" + keyValue + "'");
      }
      String key = keyValue.substring(0, eq).trim();
      checkKnown(key, "command line");
      flags.put(key, keyValue.substring(eq + 1).trim());
      return this;
    }

    public NewslineConfig build() {
      Map<String, String> merged = new LinkedHashMap<>(file);
      merged.putAll(environment);
      merged.putAll(flags);
      NewslineConfig config = new NewslineConfig(merged);
      // A number given as anything else fails here, before anything connects: not a minute later,
      // after the broker was reached, when a service first reads it.
      for (Setting setting : Settings.ALL) {
        if (setting.defaultValue().matches("-?\\d+")) {
          config.getLong(setting);
        }
      }
      return config;
    }

    private static boolean isKnown(String key) {
      return KNOWN.contains(key)
          || (key.startsWith(KAFKA_PREFIX) && key.length() > KAFKA_PREFIX.length());
    }

    private static void checkKnown(String key, String where) {
      if (!isKnown(key)) {
        throw new ConfigException(
            "unknown setting '"
                + key
                + "' in "
                + where
                + "; known settings: "
                + String.join(", ", new java.util.TreeSet<>(KNOWN))
                + ", or any Kafka property as kafka.<name>");
      }
    }
  }
}
