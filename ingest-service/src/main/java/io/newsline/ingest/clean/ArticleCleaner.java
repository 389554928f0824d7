package io.newsline.ingest.clean;

import java.util.ArrayList;
import java.util.List;

/** STUB until the cleaner lands: drops "Advertisement" lines only. */
public final class ArticleCleaner {
  public static ArticleCleaner withDefaultRules() {
    return new ArticleCleaner();
  }

  public static ArticleCleaner withRules(BoilerplateRules rules) {
    return new ArticleCleaner();
  }

  public CleanedText clean(RawText input) {
    List<String> kept = new ArrayList<>();
    List<RemovedLine> removed = new ArrayList<>();
    String[] lines = input.body().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.equals("Advertisement")) {
        removed.add(new RemovedLine(i + 1, line, "advertisement"));
      } else {
        kept.add(line);
      }
    }
    return new CleanedText(
        input.givenTitle(), null, null, input.givenPublisher(), "und", kept, removed);
  }
}
