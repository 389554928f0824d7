package io.newsline.dedupe.cluster;

import java.util.Arrays;

/**
 * Writes the bytes {@link java.io.DataOutputStream} would (big-endian numbers, strings as modified
 * UTF-8 after a two-byte length), straight into an array. An event's state is written on every
 * article that changes it, hundreds of short terms each time, and DataOutputStream over a
 * ByteArrayOutputStream pays a synchronized call and a temporary array per string: this took a
 * tenth of dedupe's stream thread. {@link EventState#fromBytes} still reads with DataInputStream.
 */
final class StateBytes {
  private byte[] buf;
  private int size;

  StateBytes(int capacity) {
    buf = new byte[Math.max(16, capacity)];
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

  byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }
}
