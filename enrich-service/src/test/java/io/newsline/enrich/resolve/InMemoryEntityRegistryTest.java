package io.newsline.enrich.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.extract.EntityKind;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InMemoryEntityRegistryTest {
  private static KnownEntity person(String id, String name, String... aliases) {
    return new KnownEntity(id, name, EntityKind.PERSON, Set.of(aliases));
  }

  private static Set<String> candidateIds(InMemoryEntityRegistry registry, String name) {
    Set<String> ids = new java.util.HashSet<>();
    registry
        .candidates(EntityResolver.blockingKeys(name, EntityKind.PERSON))
        .forEach(e -> ids.add(e.entityId()));
    return ids;
  }

  @Test
  void findsAnEntityUnderEveryFormItWasPutWith() {
    var registry = new InMemoryEntityRegistry();
    registry.put(person("per:1", "Dmitry Zhirnov", "Dmitry Zhirnov"));
    registry.put(person("per:1", "Dmitry Zhirnov", "Dmitry Zhirnov", "Zyrnoov"));

    assertThat(candidateIds(registry, "Zyrnoov")).containsExactly("per:1");
    assertThat(registry.get("per:1").aliases())
        .containsExactlyInAnyOrder("Dmitry Zhirnov", "Zyrnoov");
  }

  @Test
  void aBoundedRegistryForgetsTheLeastRecentlySeenAndItsIndexEntries() {
    var registry = new InMemoryEntityRegistry(2);
    registry.put(person("per:a", "Anna Karlsson", "Anna Karlsson"));
    registry.put(person("per:b", "Boris Petrov", "Boris Petrov"));
    candidateIds(registry, "Boris Petrov"); // a lookup is not a mention: it changes nothing
    registry.seen("per:a"); // mentioned again: Boris is now the least recent
    registry.put(person("per:c", "Clara Moreau", "Clara Moreau"));

    assertThat(registry.size()).isEqualTo(2);
    assertThat(registry.evictions()).isEqualTo(1);
    assertThat(registry.get("per:b")).isNull();
    assertThat(candidateIds(registry, "Boris Petrov")).isEmpty();
    assertThat(candidateIds(registry, "Anna Karlsson")).containsExactly("per:a");
    assertThat(candidateIds(registry, "Clara Moreau")).containsExactly("per:c");
  }

  @Test
  void anUnboundedRegistryForgetsNothing() {
    var registry = new InMemoryEntityRegistry();
    for (int i = 0; i < 1000; i++) {
      registry.put(person("per:" + i, "Person" + i + " Surname" + i));
    }
    assertThat(registry.size()).isEqualTo(1000);
    assertThat(registry.evictions()).isZero();
  }
}
