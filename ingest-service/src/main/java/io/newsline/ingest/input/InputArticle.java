package io.newsline.ingest.input;

import io.newsline.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/**
 * One article read from an input file, before it becomes a record.
 *
 * @param sourceId the source's id: a .txt file's name without extension, a JSONL line's id
 * @param sourceUri the article's URL if given, else the file it came from
 * @param title title given by the source, or null
 * @param publisher publisher given by the source, or null
 * @param publishedAt publication time given by the source, or null
 * @param body the article text as read
 * @param provenance file and line it came from
 */
public record InputArticle(
    String sourceId,
    String sourceUri,
    String title,
    String publisher,
    Instant publishedAt,
    String body,
    Map<String, String> provenance) {

  /** The record replayed onto news.raw for this article. */
  public RawArticle toRawArticle(Instant receivedAt) {
    return RawArticle.newBuilder()
        .setId(articleId())
        .setSourceId(sourceId)
        .setSourceUri(sourceUri)
        .setReceivedAt(receivedAt)
        .setPublishedAt(publishedAt)
        .setContentType("text/plain")
        .setTitle(title)
        .setPublisher(publisher)
        .setBody(body)
        .setProvenance(provenance)
        .build();
  }

  /**
   * The stable article id: the first 128 bits of SHA-256 over source id and body, hex. Replaying
   * the same file gives the same ids; a changed body gives a new one.
   */
  public String articleId() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(sourceId.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
