package io.newsline.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.avro.CanonicalEvent;
import io.newsline.avro.EventStatus;
import java.time.Instant;
import org.apache.avro.util.ClassSecurityValidator;
import org.junit.jupiter.api.Test;

class AvroTrustHookTest {
  @Test
  void generatedClassesAreTrustedWithoutAnyExplicitCall() {
    // Building defaults for the record arrays makes Avro instantiate generated classes, which
    // Avro 1.12.2 forbids for untrusted packages; the ServiceLoader hook must have run already.
    CanonicalEvent event =
        CanonicalEvent.newBuilder()
            .setEventId("e1")
            .setVersion(1)
            .setHeadline("h")
            .setSummary("s")
            .setFirstSeen(Instant.EPOCH)
            .setLastUpdated(Instant.EPOCH)
            .build();

    assertThat(event.getStatus()).isEqualTo(EventStatus.ACTIVE);
    assertThat(event.getArticles()).isEmpty();
    assertThat(ClassSecurityValidator.getGlobal().isTrusted(CanonicalEvent.class)).isTrue();
  }
}
