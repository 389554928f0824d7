package io.newsline.dedupe.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** StateBytes writes exactly what DataOutputStream writes, which EventState.fromBytes reads. */
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
}
