package io.newsline.runtime.config;

/**
 * One newsline setting: its key (as in a properties file), its default and what it does. The
 * environment variable is derived from the key: {@code NEWSLINE_} + the key upper-cased with dots
 * as underscores, so {@code bootstrap.servers} is {@code NEWSLINE_BOOTSTRAP_SERVERS}.
 */
public record Setting(String key, String defaultValue, String doc) {
  public String environmentVariable() {
    return NewslineConfig.ENV_PREFIX + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
  }
}
