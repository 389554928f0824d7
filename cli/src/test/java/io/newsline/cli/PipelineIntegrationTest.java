package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.testkit.KafkaCluster;
import io.newsline.testkit.KafkaExtension;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole pipeline on the five seeds, on a real broker, as `./newsline demo --json` shows it: 000
 * and 001 report one event; 002, 003 and 004 are three others.
 */
@ExtendWith(KafkaExtension.class)
class PipelineIntegrationTest {
  private final CliRun cli = new CliRun();

  @Test
  void theSeedsBecomeFourEvents(KafkaCluster kafka) throws Exception {
    int exit =
        cli.run(
            "demo",
            "--json",
            "--settle",
            "2",
            "--bootstrap-servers",
            kafka.bootstrapServers(),
            "../seeds");

    assertThat(exit).as(cli.err()).isZero();
    List<Set<String>> events = new ArrayList<>();
    for (String line : cli.out().split("\n")) {
      JsonNode event = new ObjectMapper().readTree(line);
      assertThat(event.get("status").asText()).isEqualTo("ACTIVE");
      Set<String> members = new HashSet<>();
      event.get("sourceIds").forEach(id -> members.add(id.asText().substring(0, 3)));
      events.add(members);
    }
    assertThat(events)
        .containsExactlyInAnyOrder(
            Set.of("000", "001"), Set.of("002"), Set.of("003"), Set.of("004"));
  }

  @Test
  void aPathWithoutArticlesIsAnErrorNotAWaitForever(KafkaCluster kafka) {
    int exit =
        cli.run(
            "demo",
            "--timeout",
            "600",
            "--bootstrap-servers",
            kafka.bootstrapServers(),
            "../no-such-folder");

    assertThat(exit).isEqualTo(1);
    assertThat(cli.err()).contains("no articles in").contains("no such file or directory");
  }
}
