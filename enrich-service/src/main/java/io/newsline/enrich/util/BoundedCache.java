package io.newsline.enrich.util;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo of bounded size that keeps what is in use. Entries go into a young generation;
 * when it is full it becomes the old generation and the previous old one is dropped. A hit in the
 * old generation is copied back into the young one, so entries used at least once per generation
 * stay. Unlike clearing a full map, this has no cliff: when the working set outgrows the map, only
 * the entries not used lately are recomputed, not all of them at once.
 */
public final class BoundedCache<K, V> {
  private final int generationSize;
  private volatile ConcurrentHashMap<K, V> young = new ConcurrentHashMap<>();
  private volatile ConcurrentHashMap<K, V> old = new ConcurrentHashMap<>();

  /**
   * @param maxEntries at most this many entries are held (two generations of half of it each)
   */
  public BoundedCache(int maxEntries) {
    if (maxEntries < 2) {
      throw new IllegalArgumentException("maxEntries must be at least 2, was " + maxEntries);
    }
    this.generationSize = maxEntries / 2;
  }

  /** The cached value, or null. */
  public V get(K key) {
    V value = young.get(key);
    if (value != null) {
      return value;
    }
    value = old.get(key);
    if (value != null) {
      put(key, value);
    }
    return value;
  }

  /** The cached value, computing and caching it when absent. {@code compute} must not be null. */
  public V get(K key, Function<? super K, ? extends V> compute) {
    V value = get(key);
    if (value == null) {
      value = compute.apply(key);
      put(key, value);
    }
    return value;
  }

  public void put(K key, V value) {
    ConcurrentHashMap<K, V> current = young;
    current.put(key, value);
    if (current.size() >= generationSize) {
      synchronized (this) {
        if (young == current) {
          old = current;
          young = new ConcurrentHashMap<>();
        }
      }
    }
  }

  /** Entries held now, in both generations (an entry may count twice). */
  public int size() {
    return young.size() + old.size();
  }
}
