package io.newsline.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicsTest {
  @Test
  void namesThePipelineTopics() {
    assertThat(Topics.standard().all())
        .extracting(TopicSpec::name)
        .containsExactly(
            "news.raw", "news.clean", "news.enriched", "news.events", "news.entities", "news.dlq");
  }

  @Test
  void prefixesEveryTopic() {
    Topics topics = Topics.withPrefix("staging.");

    assertThat(topics.all()).allSatisfy(t -> assertThat(t.name()).startsWith("staging.news."));
    assertThat(topics.byName("staging.news.events")).contains(topics.events);
  }

  @Test
  void eventsAndEntitiesAreCompacted() {
    Topics topics = Topics.standard();

    assertThat(topics.all())
        .filteredOn(TopicSpec::compacted)
        .containsExactly(topics.events, topics.entities);
    assertThat(topics.events.topicConfigs()).containsEntry("cleanup.policy", "compact");
    assertThat(topics.raw.topicConfigs()).containsEntry("cleanup.policy", "delete");
  }
}
