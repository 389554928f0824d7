package io.newsline.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.avro.CleanArticle;
import io.newsline.avro.EnrichedArticle;
import io.newsline.avro.Entity;
import io.newsline.avro.EntityRecord;
import io.newsline.avro.EntityType;
import io.newsline.runtime.testing.ServiceTestDriver;
import io.newsline.schemas.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {
  private static final String TEXT =
      "Dmitry Zhirnov, Russia's ambassador to Afghanistan, said on Saturday that the Taliban had"
          + " asked the Russian Embassy to carry a message to Ahmad Massoud in the Panjshir Valley."
          + " Ambassador Zhirnov said the Taliban did not want bloodshed.";

  private ServiceTestDriver driver;
  private Topics topics;
  private TestInputTopic<String, CleanArticle> clean;
  private TestInputTopic<String, EntityRecord> entitiesIn;
  private TestOutputTopic<String, EnrichedArticle> enriched;
  private TestOutputTopic<String, EntityRecord> entitiesOut;

  @BeforeEach
  void start() {
    driver = new ServiceTestDriver(new EnrichService());
    topics = driver.topics();
    clean = driver.input(topics.clean);
    entitiesIn = driver.input(topics.entities);
    enriched = driver.output(topics.enriched);
    entitiesOut = driver.output(topics.entities);
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void anArticleComesOutWithItsEntitiesAndKeywordsUnderItsKey() {
    CleanArticle article = CleanArticles.of("a1", TEXT);
    clean.pipeInput("a1", article);

    var record = enriched.readRecord();

    assertThat(record.key()).isEqualTo("a1");
    assertThat(record.value().getArticle()).isEqualTo(article);
    assertThat(record.value().getEntities()).isNotEmpty();
    assertThat(record.value().getKeywords()).contains("taliban");
    for (Entity entity : record.value().getEntities()) {
      assertThat(entity.getCount()).isEqualTo(entity.getMentions().size());
      assertThat(entity.getSalience()).isBetween(0.0, 1.0);
      for (var mention : entity.getMentions()) {
        int from = TEXT.offsetByCodePoints(0, mention.getStart());
        int to = TEXT.offsetByCodePoints(0, mention.getEnd());
        assertThat(TEXT.substring(from, to)).isEqualTo(mention.getText());
      }
    }
  }

  @Test
  void identitiesItCreatesArePublishedToTheRegistry() {
    clean.pipeInput("a1", CleanArticles.of("a1", TEXT));

    Set<String> found =
        enriched.readValue().getEntities().stream()
            .map(Entity::getEntityId)
            .collect(Collectors.toSet());
    Map<String, EntityRecord> published = entitiesOut.readKeyValuesToMap();

    assertThat(published.keySet()).containsExactlyInAnyOrderElementsOf(found);
    assertThat(published.values()).allSatisfy(r -> assertThat(r.getSource()).isEqualTo("enrich"));
  }

  @Test
  void aSecondArticleReusesTheIdentitiesOfTheFirst() {
    clean.pipeInput("a1", CleanArticles.of("a1", TEXT));
    clean.pipeInput("a2", CleanArticles.of("a2", TEXT));

    List<EnrichedArticle> out = enriched.readValuesToList();

    assertThat(ids(out.get(1))).isEqualTo(ids(out.get(0)));
  }

  @Test
  void identitiesLoadedIntoTheRegistryAreUsed() {
    EntityRecord known =
        EntityRecord.newBuilder()
            .setEntityId("geonames:1131461")
            .setName("Panjshir Valley")
            .setType(EntityType.LOCATION)
            .setAliases(List.of("Panjshir Valley", "Panjshir"))
            .setSource("geonames")
            .setUpdatedAt(Instant.EPOCH)
            .build();
    entitiesIn.pipeInput(known.getEntityId(), known);
    clean.pipeInput("a1", CleanArticles.of("a1", TEXT));

    assertThat(enriched.readValue().getEntities())
        .extracting(Entity::getEntityId)
        .contains("geonames:1131461");
  }

  private static Set<String> ids(EnrichedArticle article) {
    return article.getEntities().stream().map(Entity::getEntityId).collect(Collectors.toSet());
  }
}
