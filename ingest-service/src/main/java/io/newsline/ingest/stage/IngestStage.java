package io.newsline.ingest.stage;

import io.newsline.avro.CleanArticle;
import io.newsline.avro.RawArticle;
import io.newsline.avro.RemovedLine;
import io.newsline.ingest.clean.ArticleCleaner;
import io.newsline.ingest.clean.CleanedText;
import io.newsline.ingest.clean.RawText;
import io.newsline.runtime.deadletter.RecordRejectedException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What ingest does to one record, without Kafka: refuse what cannot be an article (oversized,
 * binary or garbled), clean the rest, refuse what is empty after cleaning. A refusal is a {@link
 * RecordRejectedException} with the reason, which the service turns into a dead letter.
 */
public final class IngestStage {
  /** Share of control or replacement characters above which text is taken as binary/garbled. */
  static final double MAX_GARBLED_SHARE = 0.01;

  private final ArticleCleaner cleaner;
  private final long maxBodyBytes;

  public IngestStage(ArticleCleaner cleaner, long maxBodyBytes) {
    this.cleaner = cleaner;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** The clean article for {@code raw}; throws {@link RecordRejectedException} for bad input. */
  public CleanArticle process(RawArticle raw) {
    String body = raw.getBody();
    long bytes = utf8Length(body);
    if (bytes > maxBodyBytes) {
      throw new RecordRejectedException(
          "body of " + bytes + " bytes exceeds ingest.max.body.bytes (" + maxBodyBytes + ")");
    }
    int garbled = garbledCharacters(body);
    if (garbled > 0 && garbled > body.length() * MAX_GARBLED_SHARE) {
      throw new RecordRejectedException(
          String.format(
              "binary or garbled text: %d of %d characters are control or replacement characters",
              garbled, body.length()));
    }
    CleanedText cleaned =
        cleaner.clean(new RawText(body, raw.getTitle(), raw.getPublisher(), raw.getSourceUri()));
    if (cleaned.paragraphs().isEmpty()) {
      throw new RecordRejectedException(
          "empty after cleaning (" + cleaned.removed().size() + " lines removed)");
    }
    String text = cleaned.text();
    return CleanArticle.newBuilder()
        .setId(raw.getId())
        .setSourceId(raw.getSourceId())
        .setSourceUri(raw.getSourceUri())
        .setTitle(cleaned.title())
        .setDateline(cleaned.dateline())
        .setPublisher(cleaned.publisher())
        .setAgency(cleaned.agency())
        .setLanguage(cleaned.language() == null ? "und" : cleaned.language())
        .setPublishedAt(raw.getPublishedAt())
        .setReceivedAt(raw.getReceivedAt())
        .setText(text)
        .setRemovedLines(removedLines(cleaned))
        .setContentHash(sha256(text))
        .build();
  }

  private static List<RemovedLine> removedLines(CleanedText cleaned) {
    return cleaned.removed().stream()
        .map(r -> new RemovedLine(r.lineNumber(), r.text(), r.rule()))
        .toList();
  }

  private static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** Control characters other than line breaks and tabs, plus U+FFFD from bad decoding. */
  static int garbledCharacters(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
        count++;
      }
    }
    return count;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
