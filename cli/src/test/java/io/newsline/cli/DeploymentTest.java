package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The deployment files are valid (no Docker engine here, so they are checked, not run). */
class DeploymentTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern METRIC = Pattern.compile("\\b((?:newsline|kafka|jvm)_[a-z0-9_]+)");

  /** Every metric name the Grafana dashboard queries. */
  static Set<String> dashboardMetrics() throws IOException {
    JsonNode dashboard =
        new ObjectMapper().readTree(ROOT.resolve("grafana/dashboards/newsline.json").toFile());
    Set<String> names = new TreeSet<>();
    for (JsonNode panel : dashboard.get("panels")) {
      for (JsonNode target : panel.get("targets")) {
        Matcher m = METRIC.matcher(target.get("expr").asText());
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }

  @Test
  void theDashboardQueriesNewslineMetrics() throws IOException {
    assertThat(dashboardMetrics()).isNotEmpty().anyMatch(name -> name.startsWith("newsline_"));
  }

  @Test
  void composeFileIsValidWhereDockerComposeIsInstalled() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/docker-compose")),
        "docker-compose is not installed (Debian package docker-compose)");
    Process process =
        new ProcessBuilder("docker-compose", "-f", "docker-compose.yml", "config", "-q")
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.exitValue()).as(output).isZero();
  }

  @Test
  void prometheusScrapesEveryServiceOfTheComposeFile() throws IOException {
    String prometheus = Files.readString(ROOT.resolve("deploy/prometheus.yml"));
    String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
    for (String service : RunCommand.SERVICES.keySet()) {
      assertThat(compose).contains("command: [\"" + service + "\"]");
      assertThat(prometheus).contains(service + ":9400");
    }
  }
}
