package io.newsline.ingest.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads articles from files and directories (recursively, in name order): {@code .txt} (one article
 * per file, source id = file name without extension) and {@code .jsonl} (one article per line:
 * {@code id} or {@code doc_id}, {@code text}, optional {@code title}, {@code url}, {@code
 * published}, {@code source}), each also gzipped ({@code .gz}). Articles are handed over one at a
 * time, so inputs of any size stream through. What cannot be used (unreadable, invalid UTF-8,
 * empty, larger than the limit, bad JSON) is reported to the listener and skipped; it never stops
 * the read.
 */
public final class ArticleReader {
  /** Default size limit of one article's body, in UTF-8 bytes. */
  public static final long DEFAULT_MAX_BYTES = 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final long maxBytes;

  public ArticleReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Receives what the reader finds. */
  public interface Listener {
    /** A usable article; {@code bytes} is its body's size in UTF-8. */
    void article(InputArticle article, long bytes);

    /** Something skipped: {@code where} is a path, or path:line for JSONL. */
    void skipped(String where, String reason);
  }

  /** Reads every input in order. A path that does not exist is reported as skipped. */
  public void read(List<Path> inputs, Listener listener) {
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(input)) {
          files =
              walk.filter(Files::isRegularFile)
                  .filter(ArticleReader::isSupported)
                  .sorted()
                  .toList();
        } catch (IOException e) {
          listener.skipped(input.toString(), "unreadable directory: " + e.getMessage());
          continue;
        }
        files.forEach(file -> readFile(file, listener));
      } else if (Files.isRegularFile(input)) {
        if (isSupported(input)) {
          readFile(input, listener);
        } else {
          listener.skipped(input.toString(), "not a .txt or .jsonl file (optionally .gz)");
        }
      } else {
        listener.skipped(input.toString(), "no such file or directory");
      }
    }
  }

  /** Whether the file name ends in .txt, .jsonl, .txt.gz or .jsonl.gz. */
  public static boolean isSupported(Path file) {
    String name = plainName(file);
    return name.endsWith(".txt") || name.endsWith(".jsonl");
  }

  private static String plainName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }

  private void readFile(Path file, Listener listener) {
    if (plainName(file).endsWith(".jsonl")) {
      readJsonLines(file, listener);
    } else {
      readText(file, listener);
    }
  }

  private InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
        ? new GZIPInputStream(in, 1 << 16)
        : in;
  }

  private void readText(Path file, Listener listener) {
    String where = file.toString();
    byte[] bytes;
    try (InputStream in = open(file)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        listener.skipped(where, "larger than the limit of " + maxBytes + " bytes");
        return;
      }
    } catch (IOException e) {
      listener.skipped(where, "unreadable: " + e.getMessage());
      return;
    }
    String name = file.getFileName().toString();
    String sourceId = name.substring(0, name.indexOf('.') > 0 ? name.indexOf('.') : name.length());
    String body;
    try {
      body = decode(bytes);
    } catch (CharacterCodingException e) {
      listener.skipped(where, "invalid UTF-8");
      return;
    }
    if (body.isBlank()) {
      listener.skipped(where, "empty");
      return;
    }
    listener.article(
        new InputArticle(sourceId, where, null, null, null, body, Map.of("file", where)),
        bytes.length);
  }

  private void readJsonLines(Path file, Listener listener) {
    try (InputStream in = open(file)) {
      int lineNumber = 0;
      for (byte[] line; (line = nextLine(in)) != null; ) {
        lineNumber++;
        String where = file + ":" + lineNumber;
        if (line.length > maxBytes * 2 + 4096) {
          listener.skipped(where, "line larger than the limit of " + maxBytes + " bytes");
          continue;
        }
        String text;
        try {
          text = decode(line);
        } catch (CharacterCodingException e) {
          listener.skipped(where, "invalid UTF-8");
          continue;
        }
        if (text.isBlank()) {
          continue;
        }
        parseJsonLine(file, lineNumber, text, listener);
      }
    } catch (IOException e) {
      listener.skipped(file.toString(), "unreadable: " + e.getMessage());
    }
  }

  private void parseJsonLine(Path file, int lineNumber, String line, Listener listener) {
    String where = file + ":" + lineNumber;
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      listener.skipped(where, "invalid JSON: " + e.getOriginalMessage());
      return;
    }
    if (node == null || !node.isObject()) {
      listener.skipped(where, "not a JSON object");
      return;
    }
    String id = text(node, "id");
    if (id == null) {
      id = text(node, "doc_id");
    }
    String body = text(node, "text");
    if (id == null || id.isBlank()) {
      listener.skipped(where, "no \"id\"");
      return;
    }
    if (body == null || body.isBlank()) {
      listener.skipped(where, "empty \"text\"");
      return;
    }
    long bytes = body.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > maxBytes) {
      listener.skipped(where, "larger than the limit of " + maxBytes + " bytes");
      return;
    }
    String url = text(node, "url");
    listener.article(
        new InputArticle(
            id,
            url != null ? url : file.toString(),
            text(node, "title"),
            text(node, "source"),
            instant(text(node, "published")),
            body,
            Map.of("file", file.toString(), "line", Integer.toString(lineNumber))),
        bytes);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** An ISO instant, offset date-time or date; null when absent or unparseable. */
  static Instant instant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException notInstant) {
      try {
        return OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException notOffset) {
        try {
          return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notDate) {
          return null;
        }
      }
    }
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /** The next line's bytes without its line end, or null at the end of the stream. */
  private static byte[] nextLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    int b;
    boolean any = false;
    while ((b = in.read()) != -1) {
      any = true;
      if (b == '\n') {
        break;
      }
      line.write(b);
    }
    if (!any) {
      return null;
    }
    byte[] bytes = line.toByteArray();
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      return java.util.Arrays.copyOf(bytes, bytes.length - 1);
    }
    return bytes;
  }

  /** Collects everything a read finds, for small inputs and tests. */
  public static final class Collected implements Listener {
    public final List<InputArticle> articles = new ArrayList<>();
    public final List<String> skipped = new ArrayList<>();

    @Override
    public void article(InputArticle article, long bytes) {
      articles.add(article);
    }

    @Override
    public void skipped(String where, String reason) {
      skipped.add(where + ": " + reason);
    }
  }
}
