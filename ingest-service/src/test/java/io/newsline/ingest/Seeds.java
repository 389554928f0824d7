package io.newsline.ingest;

import io.newsline.avro.RawArticle;
import io.newsline.ingest.input.ArticleReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The five seed articles of the repository's seeds/ folder, as raw records. */
public final class Seeds {
  /** The seeds folder, from a module's directory (where Maven runs tests). */
  public static final Path DIRECTORY = Path.of("..", "seeds");

  /** Junk the seeds contain that must never reach news.clean. */
  public static final List<String> JUNK =
      List.of(
          "Advertisement",
          "ALSO READ |",
          "READ MORE:",
          "See also ",
          "Connect with us",
          "Join ST's Telegram channel",
          "Remote video URL",
          "PHOTO: AFP");

  private Seeds() {}

  public static List<RawArticle> raw() {
    ArticleReader.Collected read = new ArticleReader.Collected();
    new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).read(List.of(DIRECTORY), read);
    if (read.articles.size() != 5) {
      throw new IllegalStateException("expected the five seeds in " + DIRECTORY.toAbsolutePath());
    }
    return read.articles.stream()
        .map(a -> a.toRawArticle(Instant.parse("2021-09-05T12:00:00Z")))
        .toList();
  }
}
