package io.newsline.ingest.clean;

/**
 * Statistical line classifier for junk no rule names. Each line gets a class from its own features
 * (length, terminal punctuation, stop-word density, capitalisation, separators, links), then the
 * main content block is found (content lines cluster; navigation comes in short runs) and lines are
 * kept or removed by class and by whether they sit in that block. Tuned for recall: losing article
 * text is worse than keeping a junk line.
 */
final class LineClassifier {
  enum Kind {
    GOOD,
    NEAR_GOOD,
    HEADLINE,
    SHORT,
    BAD,
    NO_TEXT
  }

  static final String PREFIX = "classifier:";
  static final String SHORT_NAV = "classifier:short-nav";
  static final String LINK_LIST = "classifier:link-list";
  static final String HEADLINES = "classifier:headline-list";
  static final String OUTSIDE = "classifier:outside-main";
  static final String NO_TEXT = "classifier:no-text";
  static final String GARBLED = "classifier:garbled";

  private static final int MAX_SECONDARY_BLOCKS = 16;
  // Block weights, tuned on word-level F1 with recall first: a text line adds its words beyond
  // the first ten, a non-text line costs a few, a rule-removed line (an ad between paragraphs)
  // costs little so it does not split an article.
  private static final double GOOD_WORDS_DISCOUNT = 10;
  private static final double NEAR_GOOD_FACTOR = 0.5;
  private static final double W_HEADLINE = -6;
  private static final double W_SHORT = -6;
  private static final double W_BAD = -4;
  private static final double W_NO_TEXT = -1;
  private static final double W_RULED = -1;
  private static final double SECONDARY_MIN = 20;
  private static final double SECONDARY_SHARE = 0.15;

  /** Outside the main block only a very long sentence-rich paragraph is kept. */
  private static final int OUTSIDE_KEEP_WORDS = 40;

  /** This many non-text lines in a row make a menu or a teaser list, even inside the block. */
  private static final int SHORT_RUN = 3;

  /** Teaser headlines in a list are mostly title case; list items in a body are not. */
  private static final double TEASER_CAP_RATIO = 0.0;

  private LineClassifier() {}

  /** The class of one line from its own features; {@code lang} indexes stop lists or is -1. */
  static Kind kind(LineFeatures f, int lang) {
    if (f.letters == 0) {
      return Kind.NO_TEXT;
    }
    if (f.oddChars * 4 > f.chars || f.letters * 3 < f.chars && f.chars > 20) {
      return Kind.BAD;
    }
    if (f.separators >= 2 || f.urlLike * 2 >= f.words && f.words <= 6) {
      return Kind.BAD;
    }
    int size = f.size();
    double stop = f.stopRatio(lang);
    // Without a stop list for the language (or for CJK text) judge by length and punctuation.
    boolean noStops = lang < 0 && stop == 0 || f.cjk * 2 > f.letters;
    if (f.terminal) {
      if (size >= 10 && (stop >= 0.15 || noStops && size >= 12)) {
        return Kind.GOOD;
      }
      if (size >= 4 && (stop >= 0.1 || noStops && size >= 6)) {
        return Kind.NEAR_GOOD;
      }
      return Kind.SHORT;
    }
    if (size >= 30 && (stop >= 0.25 || noStops && size >= 40)) {
      return Kind.GOOD; // a long paragraph that merely lacks its full stop
    }
    return size >= 3 ? Kind.HEADLINE : Kind.SHORT;
  }

  /**
   * Removal reasons for lines {@code 0..n-1} (null = keep). {@code ruled[i]} is true for lines a
   * rule already removed; their reason is not overwritten.
   */
  static String[] classify(LineFeatures[] feats, boolean[] ruled, int lang) {
    int n = feats.length;
    Kind[] kinds = new Kind[n];
    double[] weight = new double[n];
    for (int i = 0; i < n; i++) {
      if (ruled[i]) {
        weight[i] = W_RULED;
        continue;
      }
      kinds[i] = kind(feats[i], lang);
      int size = Math.min(feats[i].size(), 80);
      weight[i] =
          switch (kinds[i]) {
            case GOOD -> size - GOOD_WORDS_DISCOUNT;
            case NEAR_GOOD -> size * NEAR_GOOD_FACTOR;
            case HEADLINE -> W_HEADLINE;
            case SHORT -> W_SHORT;
            case BAD -> W_BAD;
            case NO_TEXT -> W_NO_TEXT;
          };
    }
    boolean[] inMain = mainBlocks(weight);
    keepTextWhenNoBlock(inMain, kinds);
    String[] reason = new String[n];
    for (int i = 0; i < n; i++) {
      if (ruled[i]) {
        continue;
      }
      Kind k = kinds[i];
      if (k == Kind.NO_TEXT) {
        reason[i] = NO_TEXT;
      } else if (k == Kind.BAD) {
        reason[i] = feats[i].separators >= 2 || feats[i].urlLike > 0 ? LINK_LIST : GARBLED;
      } else if (!inMain[i]) {
        if (k == Kind.GOOD && feats[i].size() >= OUTSIDE_KEEP_WORDS && feats[i].terminal) {
          continue; // a real sentence-rich paragraph: keep it even outside the main block
        }
        reason[i] = k == Kind.SHORT ? SHORT_NAV : k == Kind.HEADLINE ? HEADLINES : OUTSIDE;
      } else if ((k == Kind.SHORT || k == Kind.HEADLINE) && inShortRun(kinds, ruled, i)) {
        if (k == Kind.SHORT) {
          reason[i] = SHORT_NAV;
        } else if (feats[i].capRatio() >= TEASER_CAP_RATIO) {
          reason[i] = HEADLINES;
        }
      }
    }
    return reason;
  }

  /**
   * A very short article (a brief of one or two sentences) has no block of positive weight; its
   * text lines are then the article, not junk: losing them would empty it.
   */
  private static void keepTextWhenNoBlock(boolean[] inMain, Kind[] kinds) {
    for (boolean in : inMain) {
      if (in) {
        return;
      }
    }
    for (int i = 0; i < kinds.length; i++) {
      inMain[i] = kinds[i] != null && isText(kinds[i]);
    }
  }

  /** True when line i is in a run of three or more non-text lines (a menu or teaser list). */
  private static boolean inShortRun(Kind[] kinds, boolean[] ruled, int i) {
    int run = 1;
    for (int j = i - 1; j >= 0 && (ruled[j] || !isText(kinds[j])) && run < SHORT_RUN; j--) {
      run += ruled[j] ? 0 : 1;
    }
    for (int j = i + 1;
        j < kinds.length && (ruled[j] || !isText(kinds[j])) && run < SHORT_RUN;
        j++) {
      run += ruled[j] ? 0 : 1;
    }
    return run >= SHORT_RUN;
  }

  /** A menu entry: a few capitalised words, no digits, no sentence punctuation. */
  private static boolean navLike(LineFeatures f) {
    return f.words <= 4 && f.digits == 0 && !f.terminal && f.capRatio() >= 0.5;
  }

  private static boolean isText(Kind k) {
    return k == Kind.GOOD || k == Kind.NEAR_GOOD;
  }

  /**
   * Marks the main content blocks: the maximum-sum segment of line weights (Kadane), plus any other
   * segment whose sum is a fair share of it (articles split by a list or an ad).
   */
  static boolean[] mainBlocks(double[] w) {
    int n = w.length;
    boolean[] in = new boolean[n];
    double best = 0;
    int bestFrom = -1;
    int bestTo = -1;
    double run = 0;
    int from = 0;
    for (int i = 0; i < n; i++) {
      if (run <= 0) {
        run = 0;
        from = i;
      }
      run += w[i];
      if (run > best) {
        best = run;
        bestFrom = from;
        bestTo = i;
      }
    }
    if (bestFrom < 0) {
      return in;
    }
    for (int i = bestFrom; i <= bestTo; i++) {
      in[i] = true;
    }
    // Secondary blocks on each side, accepted when large enough; bounded so it stays linear.
    double threshold = Math.max(SECONDARY_MIN, best * SECONDARY_SHARE);
    java.util.ArrayDeque<int[]> ranges = new java.util.ArrayDeque<>();
    ranges.push(new int[] {0, bestFrom});
    ranges.push(new int[] {bestTo + 1, n});
    for (int budget = MAX_SECONDARY_BLOCKS; budget > 0 && !ranges.isEmpty(); ) {
      int[] r = ranges.pop();
      int[] seg = bestSegment(w, r[0], r[1], threshold);
      if (seg == null) {
        continue;
      }
      budget--;
      for (int i = seg[0]; i <= seg[1]; i++) {
        in[i] = true;
      }
      ranges.push(new int[] {r[0], seg[0]});
      ranges.push(new int[] {seg[1] + 1, r[1]});
    }
    return in;
  }

  /** The maximum-sum segment of w[lo..hi) as {from, to} inclusive, or null below threshold. */
  private static int[] bestSegment(double[] w, int lo, int hi, double threshold) {
    double best = 0;
    int bestFrom = -1;
    int bestTo = -1;
    double run = 0;
    int from = lo;
    for (int i = lo; i < hi; i++) {
      if (run <= 0) {
        run = 0;
        from = i;
      }
      run += w[i];
      if (run > best) {
        best = run;
        bestFrom = from;
        bestTo = i;
      }
    }
    return bestFrom < 0 || best < threshold ? null : new int[] {bestFrom, bestTo};
  }
}
