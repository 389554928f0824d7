package io.newsline.dedupe.cluster;

import static io.newsline.dedupe.cluster.Fixtures.HOUR;
import static io.newsline.dedupe.cluster.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventStateTest {
  @Test
  void bytesRoundTripExactly() {
    EventClusterer c = new EventClusterer(ClusterConfig.defaults());
    Fixtures.background().forEach(c::assign);
    c.assign(
        new ArticleInput(
            "a1", Fixtures.EMBASSY_TITLE, Fixtures.EMBASSY, List.of("ent:1", "ent:2"), T0 + HOUR));
    c.assign(
        new ArticleInput(
            "a2",
            Fixtures.EMBASSY_REWRITE_TITLE,
            Fixtures.EMBASSY_REWRITE,
            List.of("ent:2"),
            T0 + 2 * HOUR));
    EventState original = c.event("evt-a1");

    byte[] bytes = original.toBytes();
    EventState copy = EventState.fromBytes(bytes);

    assertThat(copy.eventId()).isEqualTo("evt-a1");
    assertThat(copy.firstSeen()).isEqualTo(T0 + HOUR);
    assertThat(copy.lastUpdated()).isEqualTo(T0 + 2 * HOUR);
    assertThat(copy.memberIds()).containsExactly("a1", "a2");
    assertThat(copy.representativeId()).isEqualTo("a1");
    assertThat(copy.terms()).isEqualTo(original.terms()).contains("zhirnov", "panjshir");
    assertThat(copy.entityIds()).containsExactly("ent:1", "ent:2");
    assertThat(copy.toBytes()).isEqualTo(bytes);
  }

  @Test
  void rejectsUnknownFormat() {
    byte[] bytes =
        new EventClusterer(ClusterConfig.defaults())
            .assign(Fixtures.article("x", "t", "some words here", T0))
            .eventId()
            .getBytes();
    assertThatThrownBy(() -> EventState.fromBytes(bytes))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
