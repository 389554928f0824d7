package io.newsline.ingest.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds where the article ends: a short removed line that opens what follows an article (a comment
 * section header such as "Comments" or "167 comments", a related-stories header, "More from ...",
 * "About the author", "Share this article", tags, a copyright line) once a substantial body was
 * kept. Text kept after it (reader comments, teaser summaries, author bios) is dropped with reason
 * {@link #AFTER_END}. So is a blog comment's "Name on May 17, 2018 at 6:34 am said:" line and all
 * kept text after it.
 *
 * <p>Guards, because losing article text is worse than keeping junk: a comment header needs {@link
 * #MIN_WORDS_BEFORE_COMMENTS} kept words before it; any other header needs at least as many kept
 * words before it as after it, and no kept prose paragraph among the next {@link #LOOKAHEAD} lines
 * (an inline "Related" box inside the article is followed by more article). One pass and a few
 * string checks on short removed lines only: linear in the number of lines.
 */
final class ArticleEnd {
  static final String AFTER_END = "after-article-end";

  /** Nothing is cut before this many words of text were kept. */
  static final int MIN_WORDS_BEFORE = 50;

  /** A comment header needs more body before it: some pages are mostly comments. */
  static final int MIN_WORDS_BEFORE_COMMENTS = 100;

  /** A comment's "name on date at time said:" line is short. */
  private static final int MAX_COMMENT_META_WORDS = 14;

  /** Header lines are short. */
  private static final int MAX_MARKER_WORDS = 8;

  /** Lines after a non-comment header searched for a kept prose paragraph. */
  static final int LOOKAHEAD = 6;

  /** A kept line this long with terminal punctuation is article prose. */
  private static final int PROSE_WORDS = 12;

  private enum Marker {
    NONE,
    COMMENTS,
    OTHER
  }

  private static final Set<String> COMMENT_HEADERS =
      Set.of(
          "comments",
          "comment",
          "top rated comments",
          "reader comments",
          "show comments",
          "view comments",
          "add comment",
          "add a comment",
          "add your comment",
          "leave a reply",
          "leave a comment",
          "post a comment",
          "join discussion",
          "join the discussion",
          "join the conversation");

  private static final Set<String> OTHER_HEADERS =
      Set.of(
          "discussion",
          "conversation",
          "related",
          "related articles",
          "related stories",
          "related posts",
          "related content",
          "related links",
          "related topics",
          "related news",
          "related reading",
          "related videos",
          "related coverage",
          "recommended",
          "recommended for you",
          "recommended stories",
          "recommended articles",
          "recommended reading",
          "you may also like",
          "you might also like",
          "you may like",
          "you might like",
          "read these next",
          "read next",
          "what to read next",
          "most read",
          "most popular",
          "most viewed",
          "trending",
          "trending now",
          "top stories",
          "explore further",
          "further reading",
          "more stories",
          "more news",
          "more articles",
          "latest news",
          "latest stories",
          "popular stories",
          "editor's picks",
          "more like this",
          "in other news",
          "must read",
          "also on",
          "around the web",
          "from the web",
          "promoted stories",
          "sponsored stories",
          "about the author",
          "about the authors",
          "share this article",
          "share this story",
          "share this entry",
          "share this post",
          "share this",
          "sharing is caring!",
          "like this article?",
          "share your thoughts with friends.",
          "tags",
          "tag",
          "topics",
          "filed under");

  private static final String[] OTHER_PREFIXES = {
    "more from ",
    "more in ",
    "more on ",
    "related roundup",
    "next up in ",
    "more great ",
    "about the author",
    "popular on ",
    "more stories from",
    "more news from",
    "recommended by",
    "tags:",
    "tag:",
    "filed under:",
    "©",
    "copyright"
  };

  private ArticleEnd() {}

  /**
   * Sets {@code reason[j] = AFTER_END} for every kept line ({@code reason[j] == null}) after the
   * first end-of-article header that passes the guards; lines already removed keep their reason.
   */
  static void cut(List<TextNormalizer.Line> lines, String[] reason, LineFeatures[] feats) {
    int n = reason.length;
    long total = 0;
    for (int i = 0; i < n; i++) {
      if (reason[i] == null) {
        total += feats[i].words;
      }
    }
    long before = 0;
    for (int i = 0; i < n; i++) {
      if (before >= MIN_WORDS_BEFORE_COMMENTS
          && words(lines, feats, i) <= MAX_COMMENT_META_WORDS
          && commentMeta(lines.get(i).text())) {
        dropFrom(i, reason);
        return;
      }
      if (reason[i] == null) {
        before += feats[i].words;
        continue;
      }
      if (before < MIN_WORDS_BEFORE || words(lines, feats, i) > MAX_MARKER_WORDS) {
        continue;
      }
      Marker m = marker(lines.get(i).text());
      if (m == Marker.NONE) {
        continue;
      }
      long after = total - before;
      boolean end =
          m == Marker.COMMENTS
              ? before >= MIN_WORDS_BEFORE_COMMENTS
              : before >= after && !proseFollows(reason, feats, i);
      if (end) {
        dropFrom(i + 1, reason);
        return;
      }
    }
  }

  /** Line i's word count: lines a rule removed have no features (the cleaner skips them). */
  private static int words(List<TextNormalizer.Line> lines, LineFeatures[] feats, int i) {
    return feats[i] != null ? feats[i].words : LineFeatures.countWords(lines.get(i).text());
  }

  private static void dropFrom(int from, String[] reason) {
    for (int j = from; j < reason.length; j++) {
      if (reason[j] == null) {
        reason[j] = AFTER_END;
      }
    }
  }

  /**
   * The line that opens a reader comment on many blogs: "Alex on May 17, 2018 at 6:34 am said:".
   * Article text quotes people ("the minister said:") but not with a clock time before the verb.
   */
  static boolean commentMeta(String line) {
    int end = line.length();
    int verb = -1;
    for (String v : new String[] {" said:", " says:", " wrote:"}) {
      if (line.regionMatches(true, end - v.length(), v, 0, v.length())) {
        verb = end - v.length();
        break;
      }
    }
    if (verb < 0) {
      return false;
    }
    String head = line.substring(0, verb).toLowerCase(Locale.ROOT);
    if (!(head.endsWith(" am")
        || head.endsWith(" pm")
        || head.endsWith(" a.m.")
        || head.endsWith(" p.m."))) {
      return false;
    }
    for (int i = 0; i < head.length(); i++) {
      if (head.charAt(i) >= '0' && head.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Whether a kept prose paragraph is among the {@link #LOOKAHEAD} lines after line i. */
  private static boolean proseFollows(String[] reason, LineFeatures[] feats, int i) {
    for (int j = i + 1; j < Math.min(reason.length, i + 1 + LOOKAHEAD); j++) {
      if (reason[j] == null && feats[j].terminal && feats[j].words >= PROSE_WORDS) {
        return true;
      }
    }
    return false;
  }

  private static Marker marker(String line) {
    String l = line.toLowerCase(Locale.ROOT);
    if (l.endsWith(":")) {
      l = l.substring(0, l.length() - 1).strip();
    }
    if (COMMENT_HEADERS.contains(l) || countedComments(l)) {
      return Marker.COMMENTS;
    }
    if (OTHER_HEADERS.contains(l)) {
      return Marker.OTHER;
    }
    for (String p : OTHER_PREFIXES) {
      if (l.startsWith(p)) {
        return Marker.OTHER;
      }
    }
    return Marker.NONE;
  }

  /** "167 comments", "[ 8 comments ]", "2 responses to ...", "0 comments (+)". */
  private static boolean countedComments(String l) {
    int i = 0;
    int n = l.length();
    while (i < n && (l.charAt(i) == '[' || l.charAt(i) == ' ')) {
      i++;
    }
    int digits = i;
    while (i < n && l.charAt(i) >= '0' && l.charAt(i) <= '9') {
      i++;
    }
    if (i == digits || i >= n || l.charAt(i) != ' ') {
      return false;
    }
    String rest = l.substring(i + 1);
    for (String w : new String[] {"comment", "response", "repl", "reaction", "thought"}) {
      if (rest.startsWith(w)) {
        return true;
      }
    }
    return false;
  }
}
