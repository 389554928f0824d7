package io.newsline.benchmarks;

import io.newsline.dedupe.cluster.ArticleInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic stream of news-like articles for clustering benchmarks: stories (real-world
 * events) start one after another in event time, and each is covered by a few articles, some of
 * them near-copies of an earlier one (wire copies, re-scrapes).
 *
 * <p>Words come from a vocabulary of 50,000 made-up terms with Zipf-distributed frequencies; a
 * story has 30 terms of its own (drawn from the rarer part of the vocabulary) that make up about a
 * third of its articles' words, a few entities (two popular ones, like countries, and three
 * specific ones from a pool of 500,000) and a title drawn from its terms. About 300 words per
 * article in sentences, capitalised at sentence starts and on the story's names.
 */
final class SyntheticNews {
  static final long HOUR = 3_600_000L;
  private static final int VOCAB = 50_000;
  private static final int ENTITIES = 500_000;
  private static final int STORY_TERMS = 30;
  private static final int ACTIVE_STORIES = 256;
  private static final String[] SYLLABLES = syllables();

  private final SplittableRandom rnd;
  private final String[] vocab = new String[VOCAB];
  private final double[] vocabCdf = zipfCdf(VOCAB, 1.0);
  private final double[] storyTermCdf = zipfCdf(STORY_TERMS, 1.0);
  private final double[] entityCdf = zipfCdf(20_000, 1.0); // popular entities
  private final Story[] active = new Story[ACTIVE_STORIES];
  private final long storyGapMillis;
  private long clock;
  private long articles;
  private long stories;

  /** An event in the world and what its articles draw from. */
  private static final class Story {
    int[] terms;
    List<String> entities;
    long start;
    int articlesLeft;
    String lastTitle;
    String lastText;
  }

  /**
   * @param seed the stream's seed
   * @param startMillis event time of the first story
   * @param storyGapMillis event time between the starts of consecutive stories
   */
  SyntheticNews(long seed, long startMillis, long storyGapMillis) {
    this.rnd = new SplittableRandom(seed);
    this.clock = startMillis;
    this.storyGapMillis = storyGapMillis;
    for (int i = 0; i < VOCAB; i++) {
      vocab[i] = word(i);
    }
  }

  long articles() {
    return articles;
  }

  long stories() {
    return stories;
  }

  /** The next article: 40% start a story, the rest cover a recent one (10% as a near-copy). */
  ArticleInput next() {
    Story s = null;
    if (rnd.nextDouble() >= 0.4) {
      s = active[rnd.nextInt(ACTIVE_STORIES)];
      if (s != null && s.articlesLeft == 0) {
        s = null;
      }
    }
    if (s == null) {
      s = newStory();
    }
    s.articlesLeft--;
    String id = "a" + articles++;
    // published within a few hours of the story's start, never after the stream's clock
    long time = Math.min(clock, s.start + rnd.nextLong(6 * HOUR));
    if (s.lastText != null && rnd.nextDouble() < 0.1) {
      return new ArticleInput(
          id,
          s.lastTitle + " | News",
          "Sign up for our newsletter. " + s.lastText + " Read more stories like this.",
          entities(s),
          time);
    }
    s.lastTitle = title(s);
    s.lastText = text(s);
    return new ArticleInput(id, s.lastTitle, s.lastText, entities(s), time);
  }

  private Story newStory() {
    Story s = new Story();
    clock += storyGapMillis;
    s.start = clock;
    s.terms = new int[STORY_TERMS];
    for (int i = 0; i < STORY_TERMS; i++) {
      s.terms[i] = 2_000 + rnd.nextInt(VOCAB - 2_000);
    }
    List<String> ents = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      ents.add("Q" + sample(entityCdf));
    }
    for (int i = 0; i < 3; i++) {
      ents.add("Q" + (20_000 + rnd.nextInt(ENTITIES - 20_000)));
    }
    s.entities = ents;
    // 1 + geometric: mean about 3 articles, a long tail of big stories
    int n = 1;
    while (n < 200 && rnd.nextDouble() < 0.67) {
      n++;
    }
    s.articlesLeft = n;
    active[(int) (stories++ % ACTIVE_STORIES)] = s;
    return s;
  }

  private List<String> entities(Story s) {
    List<String> out = new ArrayList<>(5);
    for (String e : s.entities) {
      if (rnd.nextDouble() < 0.7) {
        out.add(e);
      }
    }
    if (rnd.nextDouble() < 0.3) {
      out.add("Q" + sample(entityCdf));
    }
    return out;
  }

  private String title(Story s) {
    StringBuilder b = new StringBuilder(80);
    for (int i = 0; i < 7; i++) {
      String w = i < 4 ? vocab[s.terms[sample(storyTermCdf)]] : vocab[sample(vocabCdf)];
      if (i > 0) {
        b.append(' ');
      }
      b.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
    }
    return b.toString();
  }

  private String text(Story s) {
    int words = 270 + rnd.nextInt(60);
    StringBuilder b = new StringBuilder(words * 8);
    int sentence = 0;
    for (int i = 0; i < words; i++) {
      boolean own = rnd.nextDouble() < 0.3;
      int k = own ? sample(storyTermCdf) : -1;
      String w = own ? vocab[s.terms[k]] : vocab[sample(vocabCdf)];
      if (sentence > 0) {
        b.append(' ');
      }
      if (sentence == 0 || (own && k < 3)) { // the story's first terms are its names
        b.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
      } else {
        b.append(w);
      }
      if (++sentence >= 12 && rnd.nextInt(8) == 0 || sentence == 30) {
        b.append(rnd.nextInt(5) == 0 ? ",\n" : ". ");
        sentence = 0;
      }
    }
    return b.append('.').toString();
  }

  private int sample(double[] cdf) {
    int i = Arrays.binarySearch(cdf, rnd.nextDouble());
    return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
  }

  private static double[] zipfCdf(int n, double s) {
    double[] cdf = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + 1, s);
      cdf[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      cdf[i] /= sum;
    }
    return cdf;
  }

  /** A distinct pronounceable word per rank (shorter for frequent ranks), ending in a vowel. */
  private static String word(int rank) {
    StringBuilder b = new StringBuilder();
    int x = rank;
    do {
      b.append(SYLLABLES[x % SYLLABLES.length]);
      x /= SYLLABLES.length;
    } while (x > 0);
    return b.toString();
  }

  private static String[] syllables() {
    String consonants = "bcdfghjklmnprtvz";
    String vowels = "aeiou";
    String[] out = new String[consonants.length() * vowels.length()];
    int k = 0;
    for (char c : consonants.toCharArray()) {
      for (char v : vowels.toCharArray()) {
        out[k++] = "" + c + v;
      }
    }
    return out;
  }
}
