package io.newsline.enrich.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HashedMultimapTest {
  @Test
  void keepsValuesPerKeyInTheOrderAddedAndEachOnce() {
    HashedMultimap<String> map = new HashedMultimap<>();
    assertThat(map.add("pZRNF", "a")).isTrue();
    assertThat(map.add("pZRNF", "b")).isTrue();
    assertThat(map.add("pZRNF", "a")).isFalse();
    assertThat(map.add("o:un", "c")).isTrue();
    assertThat(listed(map, "pZRNF")).containsExactly("a", "b");
    assertThat(map.contains("pZRNF", "b")).isTrue();
    assertThat(map.contains("o:un", "b")).isFalse();
    assertThat(listed(map, "absent")).isEmpty();

    assertThat(map.remove("pZRNF", "a")).isTrue();
    assertThat(map.remove("pZRNF", "a")).isFalse();
    assertThat(listed(map, "pZRNF")).containsExactly("b");
    assertThat(map.remove("pZRNF", "b")).isTrue();
    assertThat(listed(map, "pZRNF")).isEmpty();
    assertThat(map.size()).isEqualTo(1);
  }

  /**
   * Random adds and removes against a HashMap of lists, through several resizes and with keys
   * coming and going, so that deletions move entries back along their probe runs; with 12 keys the
   * smallest table stays three quarters full and its probe runs wrap around its end.
   */
  @ParameterizedTest
  @ValueSource(ints = {12, 5_000})
  void answersAsAMapOfListsDoesOverRandomAddsAndRemoves(int keys) {
    Random random = new Random(7);
    HashedMultimap<Integer> map = new HashedMultimap<>();
    Map<String, List<Integer>> reference = new HashMap<>();
    for (int step = 0; step < 200_000; step++) {
      String key = "k" + random.nextInt(keys);
      Integer value = random.nextInt(6);
      List<Integer> held = reference.computeIfAbsent(key, k -> new ArrayList<>());
      if (random.nextInt(10) < 6) {
        boolean absent = !held.contains(value);
        if (absent) {
          held.add(value);
        }
        assertThat(map.add(key, value)).isEqualTo(absent);
      } else {
        assertThat(map.remove(key, value)).isEqualTo(held.remove(value));
      }
      if (held.isEmpty()) {
        reference.remove(key);
      }
      if (step % 1_000 == 0) {
        assertThat(map.size()).isEqualTo(reference.size());
        assertThat(map.valueCount())
            .isEqualTo(reference.values().stream().mapToInt(List::size).sum());
        for (int k = 0; k < keys; k++) {
          String probe = "k" + k;
          assertThat(listed(map, probe)).isEqualTo(reference.getOrDefault(probe, List.of()));
        }
      }
    }
  }

  @Test
  void hashesAreNeverTheEmptyMark() {
    assertThat(HashedMultimap.hash("")).isNotZero();
    assertThat(HashedMultimap.hash("pZRNF")).isNotEqualTo(HashedMultimap.hash("pZRNV"));
  }

  private static <V> List<V> listed(HashedMultimap<V> map, String key) {
    List<V> out = new ArrayList<>();
    map.forEach(key, out::add);
    return out;
  }
}
