package io.newsline.dedupe.cluster;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the bytes {@link java.io.DataOutputStream} would (big-endian numbers, strings as modified
 * UTF-8 after a two-byte length), straight into an array. An event's state is written on every
 * article that changes it, hundreds of short terms each time, and DataOutputStream over a
 * ByteArrayOutputStream pays a synchronized call and a temporary array per string: this took a
 * tenth of dedupe's stream thread. The records of {@link StateRecords} use varints and UTF-8
 * strings instead (a term's count and length in a byte each, not six); {@link StateReader} reads
 * both.
 */
final class StateBytes {
  private final boolean compact;
  private byte[] buf;
  private int size;

  /** DataOutput's encoding (the whole format). */
  StateBytes(int capacity) {
    this(capacity, false);
  }

  /**
   * @param compact whether {@link #count}, {@link #text}, {@link #position} and {@link #signed}
   *     write varints and UTF-8 (the records) or DataOutput's fixed ints and modified UTF-8
   */
  StateBytes(int capacity, boolean compact) {
    this.compact = compact;
    buf = new byte[Math.max(16, capacity)];
  }

  /** A count or other small non-negative int. */
  void count(int v) {
    if (compact) {
      writeVarInt(v);
    } else {
      writeInt(v);
    }
  }

  /** A small int that may be negative (-1 for none). */
  void signed(int v) {
    if (compact) {
      writeVarInt((v << 1) ^ (v >> 31)); // zigzag: -1 is 1, 0 is 0
    } else {
      writeInt(v);
    }
  }

  /** A position into one of the event's arrays (a short in memory). */
  void position(short p) {
    if (compact) {
      writeVarInt(p & 0xFFFF);
    } else {
      writeShort(p);
    }
  }

  void text(String s) {
    if (compact) {
      writeString(s);
    } else {
      writeUTF(s);
    }
  }

  private void ensure(int more) {
    if (size + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
  }

  void writeByte(int v) {
    ensure(1);
    buf[size++] = (byte) v;
  }

  void writeShort(int v) {
    ensure(2);
    buf[size] = (byte) (v >>> 8);
    buf[size + 1] = (byte) v;
    size += 2;
  }

  void writeInt(int v) {
    ensure(4);
    buf[size] = (byte) (v >>> 24);
    buf[size + 1] = (byte) (v >>> 16);
    buf[size + 2] = (byte) (v >>> 8);
    buf[size + 3] = (byte) v;
    size += 4;
  }

  void writeLong(long v) {
    writeInt((int) (v >>> 32));
    writeInt((int) v);
  }

  void writeFloat(float v) {
    writeInt(Float.floatToIntBits(v));
  }

  /** As {@link java.io.DataOutput#writeUTF}: at most 65,535 encoded bytes. */
  void writeUTF(String s) {
    int n = s.length();
    if (n <= 0xFFFF) {
      // ASCII without NUL, nearly every term, is one byte per char: written in one pass
      ensure(2 + n);
      int at = size + 2;
      int i = 0;
      char c;
      while (i < n && (c = s.charAt(i)) != 0 && c < 0x80) {
        buf[at + i] = (byte) c;
        i++;
      }
      if (i == n) {
        buf[size] = (byte) (n >>> 8);
        buf[size + 1] = (byte) n;
        size = at + n;
        return;
      }
    }
    int encoded = n;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || c == 0) {
        encoded += c >= 0x800 ? 2 : 1;
      }
    }
    if (encoded > 0xFFFF) {
      throw new IllegalArgumentException(
          "string too long to write: " + encoded + " encoded bytes, at most 65535");
    }
    ensure(2 + encoded);
    buf[size++] = (byte) (encoded >>> 8);
    buf[size++] = (byte) encoded;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x01 && c <= 0x7F) {
        buf[size++] = (byte) c;
      } else if (c >= 0x800) {
        buf[size++] = (byte) (0xE0 | (c >> 12));
        buf[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buf[size++] = (byte) (0x80 | (c & 0x3F));
      } else {
        buf[size++] = (byte) (0xC0 | (c >> 6));
        buf[size++] = (byte) (0x80 | (c & 0x3F));
      }
    }
  }

  /** Unsigned LEB128: 7 bits a byte, low first; 0..127 in one byte. */
  void writeVarInt(int v) {
    ensure(5);
    while ((v & ~0x7F) != 0) {
      buf[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[size++] = (byte) v;
  }

  /** UTF-8 after its byte count as a {@link #writeVarInt varint}. */
  void writeString(String s) {
    int n = s.length();
    if (n < 0x80) {
      // ASCII, nearly every term: its one-byte length, then its chars in one pass
      ensure(1 + n);
      int at = size + 1;
      int i = 0;
      char c;
      while (i < n && (c = s.charAt(i)) < 0x80) {
        buf[at + i] = (byte) c;
        i++;
      }
      if (i == n) {
        buf[size] = (byte) n;
        size = at + n;
        return;
      }
    }
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    writeVarInt(utf8.length);
    ensure(utf8.length);
    System.arraycopy(utf8, 0, buf, size, utf8.length);
    size += utf8.length;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }
}
