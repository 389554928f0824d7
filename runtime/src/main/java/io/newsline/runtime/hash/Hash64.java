package io.newsline.runtime.hash;

/**
 * The project's one 64-bit string hash, for structures that hold a string as its hash instead of
 * the String (dedupe's vocabulary and shingles, enrich's blocking-key index): 64-bit FNV-1a over
 * the UTF-16 chars, finalised with {@link #mix}. dedupe's states keep these hashes, so changing the
 * function changes what stored states mean.
 */
public final class Hash64 {
  /**
   * FNV-1a's offset basis and prime, for hashing chars as they are read ({@code h ^= c; h *= P}).
   */
  public static final long FNV_OFFSET = 0xcbf29ce484222325L;

  public static final long FNV_PRIME = 0x100000001b3L;

  private Hash64() {}

  /** FNV-1a of the chars, finalised with {@link #mix}. */
  public static long of(CharSequence s) {
    long h = FNV_OFFSET;
    for (int i = 0, n = s.length(); i < n; i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return mix(h);
  }

  /** The murmur3 / splitmix finaliser. */
  public static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
