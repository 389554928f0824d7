package io.newsline.dedupe.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * StateBytes writes exactly what DataOutputStream writes (the whole format), and its compact
 * encoding (the records); StateReader reads both back.
 */
class StateBytesTest {
  private static final String[] STRINGS = {
    "",
    "panjshir",
    "zürich",
    "Ὀδυσσεύς",
    "北京",
    "a\u0000b",
    "emoji 😀 pair",
    "\u07FF\u0800\uFFFF",
    "x".repeat(40_000),
    "ascii then é",
    "\u007F\u0080"
  };

  @Test
  void writesWhatDataOutputStreamWrites() throws IOException {
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(expected);
    StateBytes actual = new StateBytes(4);
    data.writeByte(1);
    actual.writeByte(1);
    for (String s : STRINGS) {
      data.writeUTF(s);
      actual.writeUTF(s);
    }
    for (int v : new int[] {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x01020304}) {
      data.writeInt(v);
      actual.writeInt(v);
    }
    for (long v : new long[] {0, -1, Long.MAX_VALUE, Long.MIN_VALUE, 1_700_000_000_000L}) {
      data.writeLong(v);
      actual.writeLong(v);
    }
    for (float v : new float[] {0f, -0f, 0.25f, Float.NaN, Float.MAX_VALUE}) {
      data.writeFloat(v);
      actual.writeFloat(v);
    }
    data.flush();

    assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
  }

  @Test
  void refusesAStringDataOutputCouldNotWrite() {
    StateBytes out = new StateBytes(16);
    assertThatThrownBy(() -> out.writeUTF("é".repeat(40_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("80000");
    assertThatThrownBy(() -> out.writeUTF("a".repeat(70_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("70000");
  }

  @Test
  void readsBackWhatDataOutputStreamWrote() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(bytes);
    for (String s : STRINGS) {
      data.writeUTF(s);
    }
    data.writeShort(-2);
    data.writeLong(Long.MIN_VALUE + 3);
    data.writeFloat(0.25f);
    data.flush();

    StateReader in = new StateReader(bytes.toByteArray(), false);
    for (String s : STRINGS) {
      assertThat(in.text()).isEqualTo(s);
    }
    assertThat(in.position()).isEqualTo((short) -2);
    assertThat(in.readLong()).isEqualTo(Long.MIN_VALUE + 3);
    assertThat(in.readFloat()).isEqualTo(0.25f);
  }

  @Test
  void theCompactEncodingRoundTripsInFewerBytes() {
    StateBytes out = new StateBytes(4, true);
    int[] counts = {0, 1, 127, 128, 16_383, 16_384, Integer.MAX_VALUE};
    int[] signed = {-1, 0, 1, -64, 63, Integer.MIN_VALUE, Integer.MAX_VALUE};
    short[] positions = {0, 127, 128, Short.MAX_VALUE, -1};
    for (int v : counts) {
      out.count(v);
    }
    for (int v : signed) {
      out.signed(v);
    }
    for (short p : positions) {
      out.position(p);
    }
    for (String s : STRINGS) {
      out.text(s);
    }
    byte[] bytes = out.toByteArray();

    StateReader in = new StateReader(bytes, true);
    for (int v : counts) {
      assertThat(in.count()).isEqualTo(v);
    }
    for (int v : signed) {
      assertThat(in.signed()).isEqualTo(v);
    }
    for (short p : positions) {
      assertThat(in.position()).isEqualTo(p);
    }
    for (String s : STRINGS) {
      assertThat(in.text()).isEqualTo(s);
    }
    // a term of six letters, its count and a vector's -1: 7, 1 and 1 bytes (DataOutput: 8, 4, 4)
    StateBytes term = new StateBytes(4, true);
    term.text("quakes");
    term.count(3);
    term.signed(-1);
    assertThat(term.toByteArray()).hasSize(9);
  }

  @Test
  void aTruncatedRecordIsRefusedNotMisread() {
    StateBytes out = new StateBytes(4, true);
    out.text("panjshir");
    byte[] bytes = java.util.Arrays.copyOf(out.toByteArray(), 5);
    assertThatThrownBy(() -> new StateReader(bytes, true).text())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends early");
  }
}
