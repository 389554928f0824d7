package io.newsline.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.extract.EntityExtractor;
import io.newsline.enrich.extract.Mention;
import io.newsline.enrich.resolve.EntityResolver;
import io.newsline.enrich.resolve.InMemoryEntityRegistry;
import io.newsline.enrich.resolve.ResolvedEntity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The identities the seed articles define, resolved across all five in one registry. */
class SeedIdentitiesTest {
  /** Mention as written → entity id, over all five seeds. */
  private static final Map<String, String> ids = new HashMap<>();

  @BeforeAll
  static void resolveTheSeeds() throws IOException {
    EntityExtractor extractor = EntityExtractor.create();
    EntityResolver resolver = new EntityResolver(new InMemoryEntityRegistry());
    List<Path> seeds;
    try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
      seeds = files.sorted().toList();
    }
    assertThat(seeds).hasSize(5);
    for (Path seed : seeds) {
      for (ResolvedEntity entity : resolver.resolve(extractor.extract(Files.readString(seed)))) {
        for (Mention mention : entity.mentions()) {
          ids.put(mention.text(), entity.entity().entityId());
        }
      }
    }
  }

  private static void oneEntity(String... mentions) {
    for (String mention : mentions) {
      assertThat(ids).as("mention %s found", mention).containsKey(mention);
      assertThat(ids.get(mention))
          .as(mention + " ~ " + mentions[0])
          .isEqualTo(ids.get(mentions[0]));
    }
  }

  @Test
  void theAmbassadorUnderEverySpelling() {
    oneEntity("Dmitry Zhirnov", "Dmitry Zyrnoov", "Zirnov");
  }

  @Test
  void ahmadMassoudUnderEverySpellingButNotHisFather() {
    oneEntity("Ahmad Massoud", "Ahmed Massoud", "Masood Jr.", "Massoud");
    assertThat(ids).containsKey("Ahmad Shah Massoud");
    assertThat(ids.get("Ahmad Shah Massoud")).isNotEqualTo(ids.get("Ahmad Massoud"));
  }

  @Test
  void salehAndMohammadi() {
    oneEntity("Amrullah Saleh", "Saleh");
    oneEntity("Bismillah Khan Mohammadi", "Bismillah Mohammadi");
  }

  @Test
  void theResistanceFrontAndItsAcronyms() {
    oneEntity("National Resistance Front of Afghanistan", "NRF", "NRFA");
  }

  @Test
  void panjshirAsValleyProvinceAndPlace() {
    oneEntity("Panjshir", "Panjshir Valley", "Panjshir Province");
  }
}
