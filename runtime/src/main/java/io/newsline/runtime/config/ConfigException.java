package io.newsline.runtime.config;

/** A setting is unknown, malformed or unreadable; the message says which and where. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
