package io.newsline.enrich.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.extract.EntityExtractor;
import io.newsline.enrich.extract.EntityKind;
import io.newsline.enrich.extract.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
  private static final EntityExtractor EX = EntityExtractor.create();

  private static Mention m(String text, EntityKind kind, int at) {
    return new Mention(at, at + text.length(), text, kind);
  }

  private static Mention per(String text, int at) {
    return m(text, EntityKind.PERSON, at);
  }

  private static String idOf(List<ResolvedEntity> rs, String mentionText) {
    return rs.stream()
        .filter(r -> r.mentions().stream().anyMatch(x -> x.text().equals(mentionText)))
        .map(r -> r.entity().entityId())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity for " + mentionText + " in " + rs));
  }

  @Test
  void emptyInputGivesNothing() {
    assertThat(new EntityResolver(new InMemoryEntityRegistry()).resolve(List.of())).isEmpty();
  }

  @Test
  void zhirnovSpellingsAreOnePersonWithinAndAcrossArticles() {
    var reg = new InMemoryEntityRegistry();
    var r = new EntityResolver(reg);
    List<ResolvedEntity> a1 =
        r.resolve(List.of(per("Dmitry Zyrnoov", 0), per("Zirnov", 40), per("Zhirnov", 80)));
    assertThat(a1).hasSize(1);
    assertThat(a1.get(0).entity().name()).isEqualTo("Dmitry Zyrnoov");
    List<ResolvedEntity> a2 = r.resolve(List.of(per("Dmitry Zhirnov", 5)));
    assertThat(a2.get(0).entity().entityId()).isEqualTo(a1.get(0).entity().entityId());
    assertThat(reg.get(a1.get(0).entity().entityId()).aliases())
        .contains("Dmitry Zyrnoov", "Zirnov", "Zhirnov", "Dmitry Zhirnov");
  }

  @Test
  void beiderMorseMatchesWhereDoubleMetaphoneDoesNot() {
    assertThat(Names.dm("zhirnov")).isNotEqualTo(Names.dm("zyrnoov"));
    assertThat(Names.sameWord("zhirnov", "zyrnoov")).isTrue();
  }

  @Test
  void surnameFirstThenFullNameKeepsIdAndTakesFullestName() {
    var reg = new InMemoryEntityRegistry();
    var r = new EntityResolver(reg);
    String id = r.resolve(List.of(per("Zhirnov", 0))).get(0).entity().entityId();
    KnownEntity e = r.resolve(List.of(per("Dmitry Zhirnov", 0))).get(0).entity();
    assertThat(e.entityId()).isEqualTo(id);
    assertThat(e.name()).isEqualTo("Dmitry Zhirnov");
  }

  @Test
  void massoudSonAndFatherAreDifferentPeopleWithinOneArticle() {
    var r = new EntityResolver(new InMemoryEntityRegistry());
    List<ResolvedEntity> rs =
        r.resolve(
            List.of(
                per("Ahmad Massoud", 0),
                per("Massoud", 30),
                per("Ahmad Shah Massoud", 60),
                per("Massoud", 100),
                per("Ahmad Massoud", 130)));
    assertThat(rs).hasSize(2);
    assertThat(idOf(rs, "Ahmad Massoud")).isNotEqualTo(idOf(rs, "Ahmad Shah Massoud"));
    assertThat(idOf(rs, "Massoud")).isEqualTo(idOf(rs, "Ahmad Massoud"));
    assertThat(rs.get(0).mentions()).hasSize(4); // most salient first
  }

  @Test
  void massoudVariantsAcrossArticles() {
    var r = new EntityResolver(new InMemoryEntityRegistry());
    List<ResolvedEntity> a1 =
        r.resolve(List.of(per("Ahmad Massoud", 0), per("Ahmad Shah Massoud", 50)));
    String son = idOf(a1, "Ahmad Massoud");
    String father = idOf(a1, "Ahmad Shah Massoud");
    assertThat(son).isNotEqualTo(father);
    assertThat(idOf(r.resolve(List.of(per("Ahmed Massoud", 0))), "Ahmed Massoud")).isEqualTo(son);
    assertThat(idOf(r.resolve(List.of(per("Masood Jr.", 0))), "Masood Jr.")).isEqualTo(son);
    assertThat(idOf(r.resolve(List.of(per("Massoud", 3))), "Massoud")).isEqualTo(son);
    assertThat(idOf(r.resolve(List.of(per("Ahmad Shah Massoud", 0))), "Ahmad Shah Massoud"))
        .isEqualTo(father);
  }

  @Test
  void massoudFromExtractedText() {
    var r = new EntityResolver(new InMemoryEntityRegistry());
    String a =
        "Mr Ahmad Massoud, head of the group, spoke on Sunday. Under Mr Massoud's late father,"
            + " Ahmad Shah Massoud, the valley resisted. Mr Massoud said talks were possible.";
    List<ResolvedEntity> rs = r.resolve(EX.extract(a));
    assertThat(idOf(rs, "Ahmad Massoud")).isNotEqualTo(idOf(rs, "Ahmad Shah Massoud"));
    assertThat(idOf(rs, "Massoud")).isEqualTo(idOf(rs, "Ahmad Massoud"));
  }

  @Test
  void salehAndBismillahVariants() {
    var r = new EntityResolver(new InMemoryEntityRegistry());
    List<ResolvedEntity> a1 =
        r.resolve(List.of(per("Amrullah Saleh", 0), per("Bismillah Khan Mohammadi", 40)));
    List<ResolvedEntity> a2 = r.resolve(List.of(per("Saleh", 0), per("Bismillah Mohammadi", 20)));
    assertThat(idOf(a2, "Saleh")).isEqualTo(idOf(a1, "Amrullah Saleh"));
    assertThat(idOf(a2, "Bismillah Mohammadi")).isEqualTo(idOf(a1, "Bismillah Khan Mohammadi"));
  }

  @Test
  void differentGivenNamesOnSharedSurnameNeverMerge() {
    var r = new EntityResolver(new InMemoryEntityRegistry());
    List<ResolvedEntity> rs =
        r.resolve(List.of(per("Abdul Rashid Dostum", 0), per("Batur Dostum", 40)));
    assertThat(rs).hasSize(2);
    List<ResolvedEntity> rs2 = r.resolve(List.of(per("Batur Dostum", 0)));
    assertThat(idOf(rs2, "Batur Dostum")).isEqualTo(idOf(rs, "Batur Dostum"));
    assertThat(Names.samePerson(Names.person("Hillary Clinton"), Names.person("Bill Clinton")))
        .isFalse();
  }

  @Test
  void acronymsJoinTheirOrganisation() {
    var reg = new InMemoryEntityRegistry();
    var r = new EntityResolver(reg);
    List<ResolvedEntity> a1 =
        r.resolve(
            List.of(
                m("National Resistance Front of Afghanistan", EntityKind.ORGANIZATION, 0),
                m("NRFA", EntityKind.ORGANIZATION, 50),
                m("NRF", EntityKind.ORGANIZATION, 80)));
    assertThat(a1).hasSize(1);
    assertThat(a1.get(0).entity().name()).isEqualTo("National Resistance Front of Afghanistan");
    String id = a1.get(0).entity().entityId();
    assertThat(
            idOf(
                r.resolve(List.of(m("National Resistance Front", EntityKind.ORGANIZATION, 0))),
                "National Resistance Front"))
        .isEqualTo(id);
    assertThat(idOf(r.resolve(List.of(m("NRF", EntityKind.ORGANIZATION, 0))), "NRF")).isEqualTo(id);
    assertThat(idOf(r.resolve(List.of(m("NATO", EntityKind.ORGANIZATION, 0))), "NATO"))
        .isNotEqualTo(id);
  }

  @Test
  void acronymFirstThenFullName() {
    var r = new EntityResolver(new InMemoryEntityRegistry());
    String id = r.resolve(List.of(m("NRF", EntityKind.ORGANIZATION, 0))).get(0).entity().entityId();
    KnownEntity e =
        r.resolve(List.of(m("National Resistance Front", EntityKind.ORGANIZATION, 0)))
            .get(0)
            .entity();
    assertThat(e.entityId()).isEqualTo(id);
    assertThat(e.name()).isEqualTo("National Resistance Front");
  }

  @Test
  void panjshirValleyAndProvinceAreOnePlace() {
    var r = new EntityResolver(new InMemoryEntityRegistry());
    List<ResolvedEntity> a1 =
        r.resolve(
            List.of(
                m("Panjshir Valley", EntityKind.LOCATION, 0),
                m("Panjshir", EntityKind.LOCATION, 30)));
    assertThat(a1).hasSize(1);
    List<ResolvedEntity> a2 = r.resolve(List.of(m("Panjshir Province", EntityKind.LOCATION, 0)));
    assertThat(a2.get(0).entity().entityId()).isEqualTo(a1.get(0).entity().entityId());
    List<ResolvedEntity> a3 = r.resolve(List.of(m("Panjshir River", EntityKind.LOCATION, 0)));
    assertThat(a3.get(0).entity().entityId()).isNotEqualTo(a1.get(0).entity().entityId());
  }

  @Test
  void countryAcronymsJoinTheirPlace() {
    var r = new EntityResolver(new InMemoryEntityRegistry());
    List<ResolvedEntity> a1 =
        r.resolve(
            List.of(
                m("United States", EntityKind.LOCATION, 0), m("U.S.", EntityKind.LOCATION, 30)));
    assertThat(a1).hasSize(1);
    List<ResolvedEntity> a2 = r.resolve(List.of(m("US", EntityKind.LOCATION, 0)));
    assertThat(a2.get(0).entity().entityId()).isEqualTo(a1.get(0).entity().entityId());
    assertThat(a2.get(0).entity().name()).isEqualTo("United States");
  }

  @Test
  void idsAreDeterministicAcrossReplicas() {
    List<Mention> article =
        List.of(per("Amrullah Saleh", 0), m("Kabul", EntityKind.LOCATION, 30), per("Saleh", 50));
    List<String> ids1 = new ArrayList<>();
    List<String> ids2 = new ArrayList<>();
    new EntityResolver(new InMemoryEntityRegistry())
        .resolve(article)
        .forEach(e -> ids1.add(e.entity().entityId()));
    new EntityResolver(new InMemoryEntityRegistry())
        .resolve(article)
        .forEach(e -> ids2.add(e.entity().entityId()));
    assertThat(ids1).isEqualTo(ids2).doesNotHaveDuplicates();
  }

  @Test
  void gazetteerEntitiesAreLinked() {
    var reg =
        new InMemoryEntityRegistry(
            List.of(
                new KnownEntity(
                    "geonames:1138958",
                    "Kabul",
                    EntityKind.LOCATION,
                    java.util.Set.of("Kabul", "Kabol"))));
    var r = new EntityResolver(reg);
    assertThat(r.resolve(List.of(m("Kabol", EntityKind.LOCATION, 0))).get(0).entity().entityId())
        .isEqualTo("geonames:1138958");
  }

  @Test
  void blockingKeysArePhoneticForPersonsAndAcronymsForOrganisations() {
    assertThat(EntityResolver.blockingKeys("Dmitry Zhirnov", EntityKind.PERSON))
        .containsAnyElementsOf(EntityResolver.blockingKeys("Zyrnoov", EntityKind.PERSON));
    assertThat(
            EntityResolver.blockingKeys(
                "National Resistance Front of Afghanistan", EntityKind.ORGANIZATION))
        .contains("oa:nrfa", "oa:nrf");
    assertThat(EntityResolver.blockingKeys("NRF", EntityKind.ORGANIZATION)).contains("oa:nrf");
  }

  @Test
  void manyDistinctMentionsFinish() {
    List<Mention> ms = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      ms.add(
          per("Name" + Integer.toString(i, 26).replaceAll("[0-9]", "q") + " Surname" + i, i * 30));
    }
    List<ResolvedEntity> rs = new EntityResolver(new InMemoryEntityRegistry()).resolve(ms);
    assertThat(rs).isNotEmpty().hasSizeLessThanOrEqualTo(EntityResolver.MAX_ENTITIES);
  }
}
