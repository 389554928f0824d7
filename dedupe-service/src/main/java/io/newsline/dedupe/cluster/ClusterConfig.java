package io.newsline.dedupe.cluster;

/**
 * Clustering settings. {@link #defaults()} holds the values measured on ECB+ (see the README of
 * dedupe-service); the rest exist to bound cost and memory.
 *
 * @param retentionMillis an event idle longer than this (by event time) is closed and evicted
 * @param numHashes MinHash signature length
 * @param bands LSH bands (numHashes must be a multiple); rows per band = numHashes / bands
 * @param shingleSize words per shingle for near-duplicate detection
 * @param nearDuplicateJaccard estimated shingle Jaccard at or above which an article is a copy
 * @param sameEventThreshold score needed to join a one-article event
 * @param thresholdGrowth added to the threshold per natural log of the event's size: negative, as a
 *     centroid averages its members and so sits further from any one new member as the event grows
 * @param minThreshold the threshold never falls below this
 * @param maxThreshold the threshold never grows past this
 * @param entityWeight weight of IDF-weighted entity overlap added to the text cosine
 * @param titleWeight term frequency of each title word
 * @param leadWords the first this many words of the text are the lead (inverted pyramid)
 * @param leadWeight extra term frequency of each lead word
 * @param coreExponent centroid weights are scaled by (share of members holding the term) to this
 *     power, so an event is described by what its members agree on (anti-chaining)
 * @param properNounWeight extra term frequency of a capitalised word inside a sentence (names)
 * @param timeWindowMillis no time penalty while the article is this close to the event
 * @param timeDecayMillis past the window, the score decays as exp(-excess / timeDecayMillis)
 * @param queryTerms an article's most distinctive terms looked up in the inverted index
 * @param indexTermsPerArticle terms each member adds to its event's inverted-index entries
 * @param maxIndexTermsPerEvent cap on an event's inverted-index entries
 * @param maxTermsPerEvent cap on an event's centroid terms
 * @param maxEntitiesPerEvent cap on an event's entities
 * @param maxPostingDf terms or entities in more documents than this are not used to find candidates
 *     (bounds the postings scanned per article)
 * @param maxCandidates candidates scored in full per article
 * @param maxSignaturesPerEvent MinHash signatures an event keeps (its distinct texts)
 * @param mergeThreshold when an article reaches the threshold of more than one event, it joins the
 *     best, and any other of them whose centroid has this cosine or more with the best's (with the
 *     article) is merged into it: an event that was split in two while young (an article that
 *     scored just under its own event's threshold founded another) is joined up once an article
 *     shows both halves describe one event. Not when both are of split size and further apart than
 *     {@code splitThreshold}: a split would part them again. Above 1: no merges
 * @param conflictPenalty subtracted from an article's score with an event when they conflict in at
 *     least two of: figures, years and people (the event's members mostly name some, the article
 *     names others and none of those; see {@link EventClusterer}): two similar events of one story
 *     (two earthquakes in one place, two pirate captures by one navy) differ in these specifics
 *     while sharing most words. 0: no penalty
 * @param splitThreshold a grown event splits in two when a 2-means over its members' own term
 *     vectors finds two parts, each of at least {@code splitMinPart} members, whose centroids have
 *     a cosine below this: two similar events of one story merged while young (their articles share
 *     most words, so no article-to-event score kept them apart) fall into two groups once each has
 *     several members. The part without the event's first member becomes a new event. 0: no splits
 *     (and merges should then be rarer: at 0.35 without splits ECB+ fell from 0.896 to 0.873)
 * @param splitMinPart the fewest members each part of a split must have
 * @param maxSplitMembers members whose term vectors an event keeps for splitting (the first ones);
 *     an event with more members is no longer split, and forgets the vectors
 */
public record ClusterConfig(
    long retentionMillis,
    int numHashes,
    int bands,
    int shingleSize,
    double nearDuplicateJaccard,
    double sameEventThreshold,
    double thresholdGrowth,
    double minThreshold,
    double maxThreshold,
    double entityWeight,
    double titleWeight,
    double properNounWeight,
    int leadWords,
    double leadWeight,
    double coreExponent,
    long timeWindowMillis,
    long timeDecayMillis,
    int queryTerms,
    int indexTermsPerArticle,
    int maxIndexTermsPerEvent,
    int maxTermsPerEvent,
    int maxEntitiesPerEvent,
    int maxPostingDf,
    int maxCandidates,
    int maxSignaturesPerEvent,
    double mergeThreshold,
    double conflictPenalty,
    double splitThreshold,
    int splitMinPart,
    int maxSplitMembers) {

  private static final long DAY = 24L * 3600 * 1000;

  public ClusterConfig {
    if (numHashes <= 0 || bands <= 0 || numHashes % bands != 0) {
      throw new IllegalArgumentException("numHashes must be a positive multiple of bands");
    }
    if (retentionMillis <= 0 || shingleSize <= 0 || queryTerms <= 0 || maxCandidates <= 0) {
      throw new IllegalArgumentException("retention, shingle size and candidate limits > 0");
    }
  }

  /** The defaults with another retention. */
  public ClusterConfig(long retentionMillis) {
    this(
        retentionMillis,
        64,
        16,
        4,
        0.6,
        // with squared IDF the seeds' one shared event scores 0.25-0.30 and their distinct
        // Panjshir events below 0.25 (docs/QUALITY.md)
        0.25,
        -0.03,
        0.15,
        0.5,
        0.2,
        2.0,
        2.0,
        40,
        3.0,
        1.0,
        DAY,
        2 * DAY,
        12,
        12,
        64,
        300,
        128,
        1000,
        16,
        8,
        // With splits, merging readily pays: a wrong merge of two similar events is undone once
        // both have grown. ECB+ in process with splits, shuffles 1-30 / 31-60 (held out): 0.5
        // 0.914 / 0.916, 0.35 0.926 / 0.926, 0.25 0.932 / 0.932, 0.2 0.935 / 0.934, 0.15 0.930 /
        // 0.928, 0 0.924 / 0.924. Without splits 0.5 was best and 0.35 gave 0.873 (docs/QUALITY.md)
        0.2,
        // ECB+ in process, 0.05 / 0.075 / 0.1 / 0.125 / 0.15 / 0.2: F1 on shuffles 1-5 0.895 /
        // 0.891 / 0.899 / 0.901 / 0.901 / 0.899 (none: 0.890), on shuffles 6-10 0.889 / 0.888 /
        // 0.890 / 0.886 / 0.885 / 0.880 (none: 0.881); a penalty for one conflict alone splits
        // the seeds' one event (docs/QUALITY.md)
        0.1,
        // ECB+ in process (merges at 0.5 then), shuffles 1-5 / 6-10 / 11-30: none 0.899 / 0.890 /
        // 0.896; 0.4 0.918 / 0.905 / 0.910; 0.35 and 0.45 worse. With merges at 0.2: 0.35 / 0.4 /
        // 0.45 give 0.908 / 0.935 / 0.928 on 1-30. Costs: each member's vector triples the
        // state per member (790 -> 2,380 bytes on ECB+), and so what each join writes to the
        // changelog, for the first maxSplitMembers members
        0.4,
        // parts of 5 / 6 / 7 members on shuffles 31-60 (held out), merges at 0.5: 0.913 / 0.916 /
        // 0.916; with merges at 0.2, on 1-30: 0.934 / 0.935 / 0.935
        6,
        32);
  }

  /** These settings with another {@link #mergeThreshold()}. */
  public ClusterConfig withMergeThreshold(double threshold) {
    return with(threshold, conflictPenalty);
  }

  /** These settings with another {@link #conflictPenalty()}. */
  public ClusterConfig withConflictPenalty(double penalty) {
    return with(mergeThreshold, penalty);
  }

  /** These settings with another {@link #splitThreshold()} (0: no splits). */
  public ClusterConfig withSplitThreshold(double threshold) {
    return with(mergeThreshold, conflictPenalty, threshold);
  }

  private ClusterConfig with(double merge, double penalty) {
    return with(merge, penalty, splitThreshold);
  }

  private ClusterConfig with(double merge, double penalty, double split) {
    return new ClusterConfig(
        retentionMillis,
        numHashes,
        bands,
        shingleSize,
        nearDuplicateJaccard,
        sameEventThreshold,
        thresholdGrowth,
        minThreshold,
        maxThreshold,
        entityWeight,
        titleWeight,
        properNounWeight,
        leadWords,
        leadWeight,
        coreExponent,
        timeWindowMillis,
        timeDecayMillis,
        queryTerms,
        indexTermsPerArticle,
        maxIndexTermsPerEvent,
        maxTermsPerEvent,
        maxEntitiesPerEvent,
        maxPostingDf,
        maxCandidates,
        maxSignaturesPerEvent,
        merge,
        penalty,
        split,
        splitMinPart,
        maxSplitMembers);
  }

  public static ClusterConfig defaults() {
    return new ClusterConfig(7 * DAY);
  }

  /** The threshold an article's score must reach to join an event of {@code size} articles. */
  double thresholdFor(int size) {
    double t = sameEventThreshold + thresholdGrowth * Math.log(Math.max(1, size));
    return Math.max(minThreshold, Math.min(maxThreshold, t));
  }
}
