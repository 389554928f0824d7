package io.newsline.dedupe.cluster;

import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link StateBytes} writes, from an array: DataInput's numbers and modified UTF-8 (the
 * whole format), and varints and UTF-8 strings (the records). Reading past the end throws {@link
 * IllegalArgumentException}: a truncated record.
 */
final class StateReader {
  private final byte[] buf;
  private final boolean compact;
  private int at;

  /**
   * @param compact as the {@link StateBytes} that wrote it: records (varints, UTF-8) or the whole
   *     format
   */
  StateReader(byte[] buf, boolean compact) {
    this.buf = buf;
    this.compact = compact;
  }

  int count() {
    int v = compact ? readVarInt() : readInt();
    if (v < 0) {
      throw new IllegalArgumentException("event state record holds a negative count " + v);
    }
    return v;
  }

  int signed() {
    if (!compact) {
      return readInt();
    }
    int z = readVarInt();
    return (z >>> 1) ^ -(z & 1);
  }

  short position() {
    return compact ? (short) readVarInt() : readShort();
  }

  String text() {
    return compact ? readString() : readUTF();
  }

  private void need(int n) {
    if (at + n > buf.length) {
      throw new IllegalArgumentException(
          "event state record ends early: " + buf.length + " bytes, needs " + (at + n));
    }
  }

  int readByte() {
    need(1);
    return buf[at++];
  }

  short readShort() {
    need(2);
    short v = (short) (((buf[at] & 0xFF) << 8) | (buf[at + 1] & 0xFF));
    at += 2;
    return v;
  }

  int readInt() {
    need(4);
    int v =
        ((buf[at] & 0xFF) << 24)
            | ((buf[at + 1] & 0xFF) << 16)
            | ((buf[at + 2] & 0xFF) << 8)
            | (buf[at + 3] & 0xFF);
    at += 4;
    return v;
  }

  long readLong() {
    return ((long) readInt() << 32) | (readInt() & 0xFFFFFFFFL);
  }

  float readFloat() {
    return Float.intBitsToFloat(readInt());
  }

  int readVarInt() {
    int v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = readByte();
      v |= (b & 0x7F) << shift;
      if (b >= 0) {
        return v;
      }
    }
    throw new IllegalArgumentException("event state record holds a malformed varint");
  }

  String readString() {
    int n = readVarInt();
    need(n);
    String s = new String(buf, at, n, StandardCharsets.UTF_8);
    at += n;
    return s;
  }

  /** As {@link java.io.DataInput#readUTF}: a two-byte length, then modified UTF-8. */
  String readUTF() {
    int n = readShort() & 0xFFFF;
    need(n);
    char[] out = new char[n];
    int c = 0;
    int end = at + n;
    while (at < end) {
      int b = buf[at++] & 0xFF;
      if (b < 0x80) {
        out[c++] = (char) b;
      } else if ((b & 0xE0) == 0xC0) {
        need(1);
        out[c++] = (char) (((b & 0x1F) << 6) | (buf[at++] & 0x3F));
      } else {
        need(2);
        out[c++] = (char) (((b & 0x0F) << 12) | ((buf[at] & 0x3F) << 6) | (buf[at + 1] & 0x3F));
        at += 2;
      }
    }
    return new String(out, 0, c);
  }
}
