package io.newsline.enrich.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.extract.EntityKind;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
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

  private static final String[] GIVEN = {"Dmitry", "Dmitri", "Anna", "Boris"};
  private static final String[] SURNAMES = {"Zhirnov", "Zirnov", "Zyrnoov", "Petrov", "Petrow"};
  private static final String[] ORGS = {"Acme Corp", "ACME", "Acme", "Acme Group", "Zenith Bank"};

  private static String name(SplittableRandom random, EntityKind kind) {
    if (kind == EntityKind.ORGANIZATION) {
      return ORGS[random.nextInt(ORGS.length)];
    }
    String surname = SURNAMES[random.nextInt(SURNAMES.length)];
    return random.nextBoolean() ? surname : GIVEN[random.nextInt(GIVEN.length)] + " " + surname;
  }

  private static Set<String> ids(Collection<KnownEntity> entities) {
    Set<String> ids = new HashSet<>();
    entities.forEach(e -> ids.add(e.entityId()));
    return ids;
  }

  @Test
  void holdingAnswersAsTheKeysCandidatesFilteredByForm() {
    // Few names, so entities share forms, grow, have their names replaced and are forgotten
    var registry = new InMemoryEntityRegistry(12);
    // the interface's own holding(): the full listing, filtered
    EntityRegistry listing =
        new EntityRegistry() {
          @Override
          public Collection<KnownEntity> candidates(Collection<String> blockingKeys) {
            return registry.candidates(blockingKeys);
          }

          @Override
          public void put(KnownEntity entity) {
            registry.put(entity);
          }
        };
    SplittableRandom random = new SplittableRandom(7);
    int nonEmpty = 0;
    for (int step = 0; step < 5000; step++) {
      EntityKind kind = random.nextBoolean() ? EntityKind.PERSON : EntityKind.ORGANIZATION;
      String id = (kind == EntityKind.PERSON ? "per:" : "org:") + random.nextInt(20);
      Set<String> aliases = new HashSet<>();
      for (int i = random.nextInt(3); i >= 0; i--) {
        aliases.add(name(random, kind));
      }
      // names are replaced (the new one need not be an alias), aliases only grow
      registry.put(new KnownEntity(id, name(random, kind), kind, aliases));

      String asked = name(random, kind);
      Set<String> keys = EntityResolver.blockingKeys(asked, kind);
      List<String> forms = List.of(Names.plain(asked), Names.plain(name(random, kind)));
      Set<String> expected = ids(listing.holding(keys, kind, forms));
      assertThat(ids(registry.holding(keys, kind, forms))).as("step %d", step).isEqualTo(expected);
      nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    assertThat(registry.evictions()).isPositive();
    assertThat(nonEmpty).isGreaterThan(1000);
    // the forms index holds the forms the entities have now, and nothing of forgotten ones
    int forms = 0;
    for (KnownEntity e : registry.all()) {
      Set<String> plain = new HashSet<>();
      plain.add(Names.plain(e.name()));
      e.aliases().forEach(a -> plain.add(Names.plain(a)));
      forms += plain.size();
    }
    assertThat(registry.formEntries()).isEqualTo(forms);
  }
}
