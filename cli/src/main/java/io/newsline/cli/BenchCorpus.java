package io.newsline.cli;

import io.newsline.ingest.clean.ArticleCleaner;
import io.newsline.ingest.clean.RawText;
import io.newsline.ingest.clean.RemovedLine;
import io.newsline.ingest.input.ArticleReader;
import io.newsline.ingest.input.InputArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Distinct articles for the benchmark, made from a few real ones (the seeds by default). Replaying
 * one article thousands of times would only measure near-duplicate merging into a handful of giant
 * events, so each copy is rewritten: articles come in stories of {@link #STORY_SIZE} copies of one
 * base article whose content words are replaced by invented words consistently within the story
 * (one event, several outlets) and differently between stories (different events, different
 * entities), plus a few per-copy changes (rewrites, not byte copies). The lines the cleaner strips
 * stay verbatim, so ingest still has its junk to remove. Deterministic: the same count gives the
 * same articles.
 */
final class BenchCorpus {
  static final int STORY_SIZE = 6;
  private static final double PER_COPY_CHANGES = 0.1;
  private static final int JUNK_LINE_MAX = 160;
  private static final int NAME_POOL = 40;
  private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

  /** Common words kept as they are (news text is half function words and stock phrases). */
  private static final Set<String> KEPT =
      Set.of(
          "about",
          "above",
          "across",
          "after",
          "again",
          "against",
          "also",
          "although",
          "among",
          "another",
          "around",
          "away",
          "back",
          "because",
          "been",
          "before",
          "being",
          "below",
          "between",
          "both",
          "came",
          "come",
          "could",
          "country",
          "days",
          "despite",
          "down",
          "during",
          "each",
          "early",
          "even",
          "ever",
          "every",
          "first",
          "four",
          "from",
          "further",
          "gave",
          "give",
          "given",
          "going",
          "good",
          "government",
          "great",
          "group",
          "have",
          "having",
          "here",
          "high",
          "however",
          "including",
          "into",
          "just",
          "know",
          "known",
          "last",
          "late",
          "later",
          "least",
          "left",
          "less",
          "like",
          "little",
          "long",
          "made",
          "make",
          "many",
          "might",
          "more",
          "most",
          "much",
          "must",
          "near",
          "never",
          "news",
          "next",
          "night",
          "officials",
          "only",
          "other",
          "over",
          "part",
          "people",
          "percent",
          "place",
          "point",
          "police",
          "president",
          "public",
          "really",
          "reported",
          "said",
          "same",
          "says",
          "second",
          "should",
          "show",
          "since",
          "some",
          "state",
          "still",
          "such",
          "take",
          "than",
          "that",
          "their",
          "them",
          "then",
          "there",
          "these",
          "they",
          "third",
          "this",
          "those",
          "though",
          "three",
          "through",
          "time",
          "today",
          "told",
          "took",
          "under",
          "until",
          "upon",
          "very",
          "want",
          "week",
          "well",
          "were",
          "what",
          "when",
          "where",
          "whether",
          "which",
          "while",
          "whole",
          "will",
          "with",
          "within",
          "without",
          "work",
          "world",
          "would",
          "year",
          "years",
          "young");

  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ra", "ne", "to", "vi", "sa", "du", "ren", "mar", "tel", "os", "an", "bri",
    "co", "fen", "gar", "hu", "ish", "jo", "kev", "lun", "mos", "nor", "pel", "qua", "ros", "sti",
    "tur"
  };

  private final List<InputArticle> bases;
  private final List<Set<String>> junkLines = new ArrayList<>();

  private BenchCorpus(List<InputArticle> bases) {
    this.bases = bases;
    ArticleCleaner cleaner = ArticleCleaner.withDefaultRules();
    for (InputArticle base : bases) {
      Set<String> junk = new HashSet<>();
      RawText raw = new RawText(base.body(), base.title(), base.publisher(), base.sourceUri());
      for (RemovedLine line : cleaner.clean(raw).removed()) {
        // Short lines only: a long one the cleaner drops is a repeated paragraph, article text.
        if (line.text().length() <= JUNK_LINE_MAX) {
          junk.add(line.text().strip());
        }
      }
      junkLines.add(junk);
    }
  }

  /** Base articles read from files or folders as replay reads them. */
  static BenchCorpus from(List<Path> payload) {
    ArticleReader.Collected read = new ArticleReader.Collected();
    new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).read(payload, read);
    if (read.articles.isEmpty()) {
      throw new IllegalArgumentException("no articles in " + payload);
    }
    return new BenchCorpus(List.copyOf(read.articles));
  }

  /** Article number {@code i} (0-based); articles {@code i} of one story report one event. */
  InputArticle article(int i) {
    int story = i / STORY_SIZE;
    int b = story % bases.size();
    InputArticle base = bases.get(b);
    SplittableRandom copy = new SplittableRandom(0x9E3779B97F4A7C15L * (i + 1));
    StringBuilder body = new StringBuilder(base.body().length() + 64);
    for (String line : base.body().split("\n", -1)) {
      if (junkLines.get(b).contains(line.strip())) {
        body.append(line);
      } else {
        rewrite(line, story, copy, body);
      }
      body.append('\n');
    }
    StringBuilder title = new StringBuilder();
    if (base.title() != null) {
      rewrite(base.title(), story, copy, title);
    }
    return new InputArticle(
        "bench-" + i,
        "bench:" + i,
        base.title() == null ? null : title.toString(),
        base.publisher(),
        base.publishedAt(),
        body.toString(),
        Map.of("bench", Integer.toString(i)));
  }

  private static void rewrite(String line, int story, SplittableRandom copy, StringBuilder out) {
    Matcher m = WORD.matcher(line);
    int last = 0;
    while (m.find()) {
      out.append(line, last, m.start());
      String word = m.group();
      boolean changed = copy.nextDouble() < PER_COPY_CHANGES;
      if (KEPT.contains(word.toLowerCase()) && !changed) {
        out.append(word);
      } else {
        int hash = word.toLowerCase().hashCode();
        // Half the names of a base article recur in every NAME_POOLth story, as public figures
        // recur across unrelated events; everything else is the story's own.
        boolean recurring = Character.isUpperCase(word.charAt(0)) && (hash & 1) == 0;
        long context = recurring ? -1 - story % NAME_POOL : story;
        long seed = hash * 31L + context + (changed ? copy.nextLong() : 0);
        out.append(invented(word, seed));
      }
      last = m.end();
    }
    out.append(line, last, line.length());
  }

  /** An invented word about as long as {@code word}, with its capitalisation. */
  private static String invented(String word, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder w = new StringBuilder(word.length() + 3);
    while (w.length() < word.length()) {
      w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    if (word.chars().allMatch(Character::isUpperCase)) {
      return w.toString().toUpperCase();
    }
    if (Character.isUpperCase(word.charAt(0))) {
      w.setCharAt(0, Character.toUpperCase(w.charAt(0)));
    }
    return w.toString();
  }
}
