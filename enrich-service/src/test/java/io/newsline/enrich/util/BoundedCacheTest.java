package io.newsline.enrich.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {
  @Test
  void computesOnceAndReturnsTheCachedValue() {
    BoundedCache<String, Integer> cache = new BoundedCache<>(100);
    AtomicInteger calls = new AtomicInteger();
    assertThat(cache.get("abc", k -> calls.incrementAndGet() * 10)).isEqualTo(10);
    assertThat(cache.get("abc", k -> calls.incrementAndGet() * 10)).isEqualTo(10);
    assertThat(calls).hasValue(1);
  }

  @Test
  void staysBoundedAndKeepsWhatIsInUse() {
    BoundedCache<Integer, Integer> cache = new BoundedCache<>(10);
    AtomicInteger hotComputations = new AtomicInteger();
    for (int i = 0; i < 10_000; i++) {
      cache.get(i, k -> k);
      cache.get(-1, k -> hotComputations.incrementAndGet());
      assertThat(cache.size()).isLessThanOrEqualTo(11);
    }
    // the entry used all along was computed once; a cleared-when-full map would recompute it
    assertThat(hotComputations).hasValue(1);
    assertThat(cache.get(0)).isNull();
  }

  @Test
  void refusesAUselessSize() {
    assertThatThrownBy(() -> new BoundedCache<>(1)).isInstanceOf(IllegalArgumentException.class);
  }
}
