package io.newsline.enrich.util;

import io.newsline.runtime.hash.Hash64;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A multimap from string keys to values that keeps each key as a 64-bit hash of its chars, not as a
 * String: at the registry's bound (150,000 entities under about 245,000 blocking keys) a HashMap of
 * lists held a String, its bytes, a node, a list and its array per key, a fifth of enrich's live
 * objects, which every concurrent marking of the heap walks again. Here a key costs one cell of two
 * parallel arrays, and its values are the value itself or an array of them.
 *
 * <p>Two keys whose hashes collide (about 3 chances in 10^8 among a million keys) share their
 * values, as if one key: a lookup may then list values put under the other one. Callers must use
 * what they list only as candidates to be checked, never as proof that a value had the key.
 *
 * <p>Values under a key keep the order they were added in; a value is held at most once per key,
 * compared by identity. Values must not be arrays or null (an array in a cell means several
 * values). Not thread-safe. Linear probing with backward-shift deletion: no tombstones, so a long
 * run of adds and removes does not degrade lookups.
 */
public final class HashedMultimap<V> {
  private static final int MIN_CAPACITY = 16;
  private long[] keys; // 0: an empty cell (hash() never answers 0)
  // a V, or an Object[] of two or more V followed by nulls: spare room, so that adding to a key of
  // hundreds of values (a common surname's codes) does not copy them every time
  private Object[] values;
  private int size;
  private int valueCount;

  public HashedMultimap() {
    keys = new long[MIN_CAPACITY];
    values = new Object[MIN_CAPACITY];
  }

  /** The 64-bit hash a key is held as ({@link Hash64#of}); never 0, which marks an empty cell. */
  static long hash(String key) {
    long h = Hash64.of(key);
    return h == 0 ? 1 : h;
  }

  /** Keys held (with at least one value). */
  public int size() {
    return size;
  }

  /** Values held, each counted once per key it is under. */
  public int valueCount() {
    return valueCount;
  }

  /** Calls {@code action} for each value under the key, in the order they were added. */
  @SuppressWarnings("unchecked")
  public void forEach(String key, Consumer<? super V> action) {
    Object held = values[find(hash(key))];
    if (held instanceof Object[] many) {
      for (Object v : many) {
        if (v == null) {
          break;
        }
        action.accept((V) v);
      }
    } else if (held != null) {
      action.accept((V) held);
    }
  }

  /** Whether the value is held under the key. */
  public boolean contains(String key, V value) {
    Object held = values[find(hash(key))];
    return held == value || (held instanceof Object[] many && indexOf(many, value) >= 0);
  }

  /** Adds the value under the key; false when it was there already. */
  public boolean add(String key, V value) {
    long h = hash(key);
    int i = find(h);
    Object held = values[i];
    if (held == null) {
      keys[i] = h;
      values[i] = value;
      valueCount++;
      if (++size * 4 > keys.length * 3) {
        resize(keys.length * 2);
      }
      return true;
    }
    if (held == value) {
      return false;
    }
    if (held instanceof Object[] many) {
      int n = 0;
      while (n < many.length && many[n] != null) {
        if (many[n] == value) {
          return false;
        }
        n++;
      }
      if (n == many.length) {
        many = Arrays.copyOf(many, n * 2);
        values[i] = many;
      }
      many[n] = value;
    } else {
      values[i] = new Object[] {held, value, null, null};
    }
    valueCount++;
    return true;
  }

  /** Removes the value from under the key (the key too when it was its last); false when absent. */
  public boolean remove(String key, V value) {
    int i = find(hash(key));
    Object held = values[i];
    if (held == value) {
      deleteAt(i);
      valueCount--;
      return true;
    }
    if (!(held instanceof Object[] many)) {
      return false;
    }
    int at = indexOf(many, value);
    if (at < 0) {
      return false;
    }
    int n = at + 1;
    while (n < many.length && many[n] != null) {
      n++;
    }
    System.arraycopy(many, at + 1, many, at, n - at - 1);
    many[--n] = null;
    if (n == 1) {
      values[i] = many[0];
    } else if (many.length > 4 && n <= many.length / 4) {
      values[i] = Arrays.copyOf(many, many.length / 2);
    }
    valueCount--;
    return true;
  }

  private static int indexOf(Object[] many, Object value) {
    for (int j = 0; j < many.length && many[j] != null; j++) {
      if (many[j] == value) {
        return j;
      }
    }
    return -1;
  }

  private int home(long h) {
    return (int) (h ^ (h >>> 32)) & (keys.length - 1);
  }

  /** The cell holding this hash, or the empty cell where it would go. */
  private int find(long h) {
    int mask = keys.length - 1;
    int i = home(h);
    while (keys[i] != 0 && keys[i] != h) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** Empties cell i, moving back later cells of its probe run so that every key stays findable. */
  private void deleteAt(int i) {
    int mask = keys.length - 1;
    int j = i;
    while (true) {
      j = (j + 1) & mask;
      if (keys[j] == 0) {
        break;
      }
      int h = home(keys[j]);
      // the entry at j may move to i unless its home lies cyclically in (i, j]
      boolean stays = i <= j ? (i < h && h <= j) : (i < h || h <= j);
      if (!stays) {
        keys[i] = keys[j];
        values[i] = values[j];
        i = j;
      }
    }
    keys[i] = 0;
    values[i] = null;
    size--;
  }

  private void resize(int capacity) {
    long[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new long[capacity];
    values = new Object[capacity];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int j = find(oldKeys[i]);
        keys[j] = oldKeys[i];
        values[j] = oldValues[i];
      }
    }
  }
}
