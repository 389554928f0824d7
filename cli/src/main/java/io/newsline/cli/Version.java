package io.newsline.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}: the jar's implementation version. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = NewslineCli.class.getPackage().getImplementationVersion();
    return new String[] {"newsline " + (version == null ? "development build" : version)};
  }
}
