package io.newsline.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cleans a scraped article body: rule-file patterns, then a statistical line classifier, then
 * title, repeats, dateline, agency, publisher and language. Immutable and thread-safe.
 *
 * <p>Every non-blank input line ends up as exactly one of: a kept paragraph, the title, or a {@link
 * RemovedLine} with the rule or classifier reason. A dateline prefix ("PANJSHIR (REUTERS) -") is
 * reported in {@link CleanedText#dateline()} and left in its paragraph.
 */
public final class ArticleCleaner {
  static final String TITLE = "title";
  static final String REPEATED = "repeated";

  /** A title is a short line: at most this many words. */
  private static final int MAX_TITLE_WORDS = 30;

  /** Detected titles are looked for among this many leading lines that no rule removed. */
  private static final int TITLE_SCAN_LINES = 12;

  /** Rules whose name starts with this end the article: everything after them goes too. */
  static final String CUT_PREFIX = "cut:";

  private static final int MIN_WORDS_BEFORE_CUT = 50;

  private final BoilerplateRules rules;

  private ArticleCleaner(BoilerplateRules rules) {
    this.rules = rules;
  }

  /** A cleaner with the rules shipped on the classpath. */
  public static ArticleCleaner withDefaultRules() {
    return new ArticleCleaner(BoilerplateRules.defaults());
  }

  /** A cleaner with operator-supplied rules. */
  public static ArticleCleaner withRules(BoilerplateRules rules) {
    if (rules == null) {
      throw new IllegalArgumentException("rules must not be null");
    }
    return new ArticleCleaner(rules);
  }

  public CleanedText clean(RawText input) {
    List<TextNormalizer.Line> lines = TextNormalizer.lines(input.body());
    int n = lines.size();
    String[] reason = new String[n];
    boolean[] ruled = new boolean[n];
    LineFeatures[] feats = new LineFeatures[n]; // null where a rule removed the line
    LanguageDetector.ScriptCounts scripts = new LanguageDetector.ScriptCounts();
    int[] docHits = new int[LanguageDetector.languageCount()];
    int docWords = 0;
    BoilerplateRules.Matcher matcher = rules.matcher();
    char[] chars = new char[256]; // the current line's chars: plain array reads in the hot loops
    for (int i = 0; i < n; i++) {
      String text = lines.get(i).text();
      if (chars.length < text.length()) {
        chars = new char[Math.max(text.length(), 2 * chars.length)];
      }
      text.getChars(0, text.length(), chars, 0);
      reason[i] = matcher.match(text, chars);
      ruled[i] = reason[i] != null;
      // Only lines no rule removed are classified, scanned for a title or credited agency.
      if (!ruled[i]) {
        feats[i] = LineFeatures.of(chars, text.length(), scripts);
        docWords += feats[i].words;
        for (int l = 0; l < docHits.length; l++) {
          docHits[l] += feats[i].stopHits[l];
        }
      }
    }
    String language = LanguageDetector.detect(docHits, docWords, scripts);
    int langIndex = LanguageDetector.languages().indexOf(language);

    String[] classified = LineClassifier.classify(feats, ruled, langIndex);
    for (int i = 0; i < n; i++) {
      if (reason[i] == null) {
        reason[i] = classified[i];
      }
    }

    cutAfterEndMarker(reason, feats);
    ArticleEnd.cut(lines, reason, feats);

    String title = blankToNull(input.givenTitle());
    int titleLine = -1;
    if (title != null) {
      title = TextNormalizer.normalize(title, 0, title.length());
    } else {
      titleLine = findTitle(lines, feats, ruled, langIndex);
      if (titleLine >= 0) {
        title = lines.get(titleLine).text();
        reason[titleLine] = null;
      }
    }

    List<String> paragraphs = new ArrayList<>();
    List<RemovedLine> removed = new ArrayList<>();
    SeenLines seen = new SeenLines();
    String titleKey = title == null ? null : title.toLowerCase(Locale.ROOT);
    for (int i = 0; i < n; i++) {
      if (i == titleLine) {
        continue;
      }
      TextNormalizer.Line line = lines.get(i);
      String r = reason[i];
      // A repeat of the title is named so even where the classifier already flagged it.
      if ((r == null || r.startsWith(LineClassifier.PREFIX))
          && titleKey != null
          && isTitle(line.text(), titleKey)) {
        r = TITLE;
      }
      if (r == null && !seen.add(line.text())) {
        r = REPEATED;
      }
      if (r == null) {
        paragraphs.add(line.text());
      } else {
        removed.add(new RemovedLine(line.number(), line.text(), r));
      }
    }
    if (paragraphs.isEmpty()) {
      keepClassifiedText(paragraphs, removed, titleLine >= 0 ? title : null);
    }

    String dateline = null;
    String agency = null;
    for (int i = 0; i < Math.min(Attribution.DATELINE_PARAGRAPHS, paragraphs.size()); i++) {
      Attribution.Dateline d = Attribution.dateline(paragraphs.get(i));
      if (d != null) {
        dateline = d.place();
        agency = d.agency();
        break;
      }
    }
    if (agency == null) {
      agency = creditedAgency(lines, feats, reason, titleLine);
    }

    String publisher = blankToNull(input.givenPublisher());
    if (publisher == null) {
      publisher = Publishers.fromUri(input.sourceUri());
    }
    return new CleanedText(title, dateline, agency, publisher, language, paragraphs, removed);
  }

  /**
   * A rule named "cut:..." marks the end of the article (a comment form, say): once at least {@link
   * #MIN_WORDS_BEFORE_CUT} words of text were kept, its line and every later line not already
   * removed go, with that rule's name.
   */
  private static void cutAfterEndMarker(String[] reason, LineFeatures[] feats) {
    int kept = 0;
    for (int i = 0; i < reason.length; i++) {
      if (reason[i] == null) {
        kept += feats[i].words;
      } else if (reason[i].startsWith(CUT_PREFIX) && kept >= MIN_WORDS_BEFORE_CUT) {
        for (int j = i + 1; j < reason.length; j++) {
          if (reason[j] == null || reason[j].startsWith(LineClassifier.PREFIX)) {
            reason[j] = reason[i];
          }
        }
        return;
      }
    }
  }

  /**
   * The first short line without terminal punctuation among the leading lines, skipping lines a
   * rule removed and one- or two-word labels; -1 if the body starts straight with text.
   */
  private static int findTitle(
      List<TextNormalizer.Line> lines, LineFeatures[] feats, boolean[] ruled, int lang) {
    int scanned = 0;
    for (int i = 0; i < lines.size() && scanned < TITLE_SCAN_LINES; i++) {
      if (ruled[i]) {
        continue;
      }
      scanned++;
      LineFeatures f = feats[i];
      int size = f.size();
      if (size > MAX_TITLE_WORDS || f.terminal && size >= 8) {
        return -1; // the body has started
      }
      if (size >= 3 && !f.terminal && f.letters > 0 && f.chars <= 300 && f.separators < 2) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a body line repeats the title, possibly with or without a " - Site" suffix. */
  private static boolean isTitle(String line, String titleKey) {
    if (line.length() > titleKey.length() + 80) {
      return false;
    }
    // Both start alike when one is the other lower-cased (surrogates aside): most lines differ
    // right there, without a lower-cased copy.
    char first = line.charAt(0);
    if (!Character.isSurrogate(first) && Character.toLowerCase(first) != titleKey.charAt(0)) {
      return false;
    }
    String l = line.toLowerCase(Locale.ROOT);
    if (l.equals(titleKey)) {
      return true;
    }
    return l.length() >= 15
        && (titleKey.startsWith(l) && startsWithSeparator(titleKey, l.length())
            || l.startsWith(titleKey) && startsWithSeparator(l, titleKey.length()));
  }

  private static boolean startsWithSeparator(String s, int at) {
    if (at + 2 > s.length() || s.charAt(at) != ' ') {
      return false;
    }
    char c = s.charAt(at + 1);
    return c == '-' || c == '|' || c == '–' || c == '—' || c == ':' || c == '·' || c == '•';
  }

  /** The agency credited by the first kept paragraph that names one ("TASS ... reported"). */
  private static String creditedAgency(
      List<TextNormalizer.Line> lines, LineFeatures[] feats, String[] reason, int titleLine) {
    for (int i = 0; i < lines.size(); i++) {
      if (reason[i] != null || i == titleLine || !feats[i].agencyHint) {
        continue;
      }
      String agency = Attribution.creditedAgency(lines.get(i).text());
      if (agency != null) {
        return agency;
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * An article the classifier alone would empty (a brief, a tokenised or oddly wrapped text) keeps
   * the lines only the classifier doubted, and a body that is nothing but its title keeps that
   * line: losing the article is worse than keeping a junk line. Rule removals stand.
   */
  private static void keepClassifiedText(
      List<String> paragraphs, List<RemovedLine> removed, String titleFromBody) {
    List<RemovedLine> stillRemoved = new ArrayList<>();
    for (RemovedLine line : removed) {
      boolean doubted =
          line.rule().equals(TITLE)
              || line.rule().startsWith(LineClassifier.PREFIX)
                  && !line.rule().equals(LineClassifier.NO_TEXT)
                  && !line.rule().equals(LineClassifier.GARBLED);
      if (doubted) {
        paragraphs.add(line.text());
      } else {
        stillRemoved.add(line);
      }
    }
    if (paragraphs.isEmpty() && titleFromBody != null) {
      paragraphs.add(titleFromBody);
    }
    removed.clear();
    removed.addAll(stillRemoved);
  }
}
