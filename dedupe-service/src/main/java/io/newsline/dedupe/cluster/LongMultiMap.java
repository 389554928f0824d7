package io.newsline.dedupe.cluster;

import io.newsline.runtime.hash.Hash64;
import java.util.Arrays;

/**
 * long key → int values, open addressing with chained values in flat arrays: the LSH band index
 * without boxing (16 bands × a million events fit in a few hundred MB).
 */
final class LongMultiMap {
  private static final int NONE = -1;
  private long[] keys;
  private int[] heads;
  private boolean[] used;
  private int usedKeys;
  private int[] values = new int[64];
  private int[] next = new int[64];
  private int entryCount;
  private int freeEntry = NONE;

  LongMultiMap() {
    keys = new long[64];
    heads = new int[64];
    used = new boolean[64];
  }

  private int find(long key) {
    int mask = keys.length - 1;
    int i = (int) Hash64.mix(key) & mask;
    while (used[i]) {
      if (keys[i] == key) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return -1 - i;
  }

  void put(long key, int value) {
    int i = find(key);
    if (i < 0) {
      if ((usedKeys + 1) * 2 > keys.length) {
        rehash();
        i = find(key);
      }
      i = -1 - i;
      used[i] = true;
      keys[i] = key;
      heads[i] = NONE;
      usedKeys++;
    }
    int e = allocEntry();
    values[e] = value;
    next[e] = heads[i];
    heads[i] = e;
  }

  void remove(long key, int value) {
    int i = find(key);
    if (i < 0) {
      return;
    }
    int prev = NONE;
    for (int e = heads[i]; e != NONE; prev = e, e = next[e]) {
      if (values[e] == value) {
        if (prev == NONE) {
          heads[i] = next[e];
        } else {
          next[prev] = next[e];
        }
        next[e] = freeEntry;
        freeEntry = e;
        return;
      }
    }
  }

  /** Calls {@code sink} with each value under {@code key}. */
  void forEach(long key, java.util.function.IntConsumer sink) {
    int i = find(key);
    if (i < 0) {
      return;
    }
    for (int e = heads[i]; e != NONE; e = next[e]) {
      sink.accept(values[e]);
    }
  }

  private int allocEntry() {
    if (freeEntry != NONE) {
      int e = freeEntry;
      freeEntry = next[e];
      return e;
    }
    if (entryCount == values.length) {
      values = Arrays.copyOf(values, entryCount * 2);
      next = Arrays.copyOf(next, entryCount * 2);
    }
    return entryCount++;
  }

  /** Grows the table and drops keys whose chains emptied. */
  private void rehash() {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    boolean[] oldUsed = used;
    int live = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldUsed[i] && oldHeads[i] != NONE) {
        live++;
      }
    }
    int cap = 64;
    while (cap < (live + 1) * 4) {
      cap <<= 1;
    }
    keys = new long[cap];
    heads = new int[cap];
    used = new boolean[cap];
    usedKeys = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldUsed[i] && oldHeads[i] != NONE) {
        int j = -1 - find(oldKeys[i]);
        used[j] = true;
        keys[j] = oldKeys[i];
        heads[j] = oldHeads[i];
        usedKeys++;
      }
    }
  }
}
