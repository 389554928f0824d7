package io.newsline.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** STUB until the extractor lands: runs of two or more capitalised words, as MISC. */
public final class EntityExtractor {
  private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)+");

  public static EntityExtractor create() {
    return new EntityExtractor();
  }

  public List<Mention> extract(String text) {
    List<Mention> mentions = new ArrayList<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      mentions.add(
          new Mention(
              text.codePointCount(0, m.start()),
              text.codePointCount(0, m.end()),
              m.group(),
              EntityKind.MISC));
    }
    return mentions;
  }
}
