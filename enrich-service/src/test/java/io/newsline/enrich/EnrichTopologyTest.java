package io.newsline.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.avro.CleanArticle;
import io.newsline.avro.EnrichedArticle;
import io.newsline.avro.Entity;
import io.newsline.avro.EntityRecord;
import io.newsline.avro.EntityType;
import io.newsline.enrich.extract.EntityExtractor;
import io.newsline.enrich.resolve.EntityRegistry;
import io.newsline.enrich.resolve.InMemoryEntityRegistry;
import io.newsline.enrich.resolve.KnownEntity;
import io.newsline.runtime.deadletter.DeadLetterHeaders;
import io.newsline.runtime.streams.ServiceContext;
import io.newsline.runtime.streams.StreamsService;
import io.newsline.runtime.testing.ServiceTestDriver;
import io.newsline.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueStore;
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

  @Test
  void aRegistryRecordThatCannotBeReadIsADeadLetterAndEnrichCarriesOn() {
    byte[] junk = "not an entity".getBytes(StandardCharsets.UTF_8);
    driver.rawInput(topics.entities).pipeInput("e1".getBytes(StandardCharsets.UTF_8), junk);
    driver.rawInput(topics.entities).pipeInput(null, topics.entities.valueBytes(entity("e2")));
    clean.pipeInput("a1", CleanArticles.of("a1", TEXT));

    assertThat(enriched.readValue().getEntities()).isNotEmpty();
    List<ProducerRecord<byte[], byte[]>> letters = driver.globalDeadLetters();
    assertThat(letters).hasSize(2);
    assertThat(letters).allSatisfy(l -> assertThat(l.topic()).isEqualTo(topics.dlq.name()));
    assertThat(letters)
        .extracting(l -> header(l, DeadLetterHeaders.CAUSE))
        .containsOnly("deserialization");
    assertThat(letters.get(0).value()).isEqualTo(junk);
    assertThat(header(letters.get(0), DeadLetterHeaders.STAGE)).isEqualTo("enrich");
    assertThat(header(letters.get(1), DeadLetterHeaders.REASON)).contains("without a key");
  }

  @Test
  void aRegistryRecordTheRegistryRefusesIsADeadLetterAndStaysOutOfTheStore() {
    InMemoryEntityRegistry delegate = new InMemoryEntityRegistry();
    EntityRegistry refusing =
        new EntityRegistry() {
          @Override
          public Collection<KnownEntity> candidates(Collection<String> blockingKeys) {
            return delegate.candidates(blockingKeys);
          }

          @Override
          public void put(KnownEntity entity) {
            if (entity.entityId().equals("bad")) {
              throw new IllegalStateException("refused " + entity.entityId());
            }
            delegate.put(entity);
          }
        };
    driver.close(); // one driver at a time: they share the state directory
    driver =
        new ServiceTestDriver(
            new StreamsService() {
              @Override
              public String name() {
                return EnrichService.NAME;
              }

              @Override
              public Topology buildTopology(ServiceContext context) {
                return EnrichService.buildTopology(context, EntityExtractor.create(), refusing);
              }
            });
    TestInputTopic<String, EntityRecord> in = driver.input(topics.entities);
    in.pipeInput("bad", entity("bad"));
    in.pipeInput("good", entity("good"));

    assertThat(driver.globalDeadLetters())
        .singleElement()
        .satisfies(l -> assertThat(header(l, DeadLetterHeaders.CAUSE)).isEqualTo("processing"))
        .satisfies(l -> assertThat(header(l, DeadLetterHeaders.REASON)).isEqualTo("refused bad"));
    KeyValueStore<String, EntityRecord> store = driver.keyValueStore(EnrichService.REGISTRY_STORE);
    assertThat(store.get("bad")).isNull();
    assertThat(store.get("good")).isNotNull();
  }

  private static EntityRecord entity(String id) {
    return EntityRecord.newBuilder()
        .setEntityId(id)
        .setName("Ahmad Massoud")
        .setType(EntityType.PERSON)
        .setUpdatedAt(Instant.EPOCH)
        .build();
  }

  private static String header(ProducerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    assertThat(header).as("header %s", name).isNotNull();
    return new String(header.value(), StandardCharsets.UTF_8);
  }

  private static Set<String> ids(EnrichedArticle article) {
    return article.getEntities().stream().map(Entity::getEntityId).collect(Collectors.toSet());
  }
}
