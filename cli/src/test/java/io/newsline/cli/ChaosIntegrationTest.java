package io.newsline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The chaos run at CI size: a broker and the three services in processes of their own, two services
 * SIGKILLed and the broker restarted while articles flow; nothing lost, nothing duplicated,
 * versions only ever rising. The 10,000-article run is a command (README).
 */
class ChaosIntegrationTest {
  @Test
  void killsAndABrokerRestartLoseNothingAndDuplicateNothing() throws Exception {
    CliRun cli = new CliRun();
    int exit =
        cli.run(
            "chaos",
            "--payload",
            "../seeds",
            "--articles",
            "150",
            "--kills",
            "2",
            "--broker-restarts",
            "1",
            "--heap",
            "256m",
            "--json");

    JsonNode outcome = new ObjectMapper().readTree(cli.out());
    assertThat(outcome.get("articles").asInt()).isEqualTo(150);
    assertThat(outcome.get("lost").asLong()).as(cli.out()).isZero();
    assertThat(outcome.get("duplicated").asLong()).as(cli.out()).isZero();
    assertThat(outcome.get("versionRegressions").asLong()).as(cli.out()).isZero();
    assertThat(outcome.get("deadLetters").asLong()).as(cli.out()).isZero();
    assertThat(outcome.get("ok").asBoolean()).isTrue();
    assertThat(exit).isZero();
  }
}
