package io.newsline.dedupe.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** STUB until the clusterer lands. */
public final class EventState {
  private final String eventId;
  private final long firstSeen;
  private long lastUpdated;
  private final List<String> memberIds;
  final String text;

  EventState(
      String eventId, long firstSeen, long lastUpdated, List<String> memberIds, String text) {
    this.eventId = eventId;
    this.firstSeen = firstSeen;
    this.lastUpdated = lastUpdated;
    this.memberIds = new ArrayList<>(memberIds);
    this.text = text;
  }

  public String eventId() {
    return eventId;
  }

  public long firstSeen() {
    return firstSeen;
  }

  public long lastUpdated() {
    return lastUpdated;
  }

  void touch(long time, String member) {
    lastUpdated = Math.max(lastUpdated, time);
    memberIds.add(member);
  }

  public List<String> memberIds() {
    return List.copyOf(memberIds);
  }

  public byte[] toBytes() {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeUTF(eventId);
      out.writeLong(firstSeen);
      out.writeLong(lastUpdated);
      out.writeInt(memberIds.size());
      for (String member : memberIds) {
        out.writeUTF(member);
      }
      out.writeUTF(text);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static EventState fromBytes(byte[] bytes) {
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
      String id = in.readUTF();
      long first = in.readLong();
      long last = in.readLong();
      int n = in.readInt();
      List<String> members = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        members.add(in.readUTF());
      }
      return new EventState(id, first, last, members, in.readUTF());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
