package io.newsline.dedupe.cluster;

import io.newsline.runtime.hash.Hash64;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.TreeSet;

/**
 * Single-pass event clustering in two tiers.
 *
 * <ol>
 *   <li>Near-duplicates: MinHash over word shingles with an LSH band index; an article whose
 *       estimated Jaccard with a stored text reaches {@link ClusterConfig#nearDuplicateJaccard()}
 *       joins that event as {@link Relation#NEAR_DUPLICATE}.
 *   <li>Same event: candidates come from an inverted index over each event's most distinctive terms
 *       and its entities (only terms and entities in at most {@link ClusterConfig#maxPostingDf()}
 *       documents are looked up, so the postings scanned per article are bounded whatever the
 *       number of events), the best {@link ClusterConfig#maxCandidates()} by a cheap overlap score
 *       are scored in full: TF-IDF cosine (IDF squared) between the article and the event centroid
 *       (document frequencies are the sum of the events' per-term member counts), plus IDF-weighted
 *       entity overlap, less {@link ClusterConfig#conflictPenalty()} when the article conflicts
 *       with the event in two of figures, years and people, times a time-proximity factor. The best
 *       event joins when the score reaches a threshold that falls with the event's size (down to a
 *       floor). Any other candidate that the article also reaches, and whose centroid has at least
 *       {@link ClusterConfig#mergeThreshold()} cosine with the joined event's, is merged with it
 *       (the smaller event into the larger; its id is in {@link Assignment#mergedEventIds()}),
 *       unless a split would part them again (below).
 *   <li>Splits: while an event keeps a term vector for every member (its first {@link
 *       ClusterConfig#maxSplitMembers()}), each join runs a 2-means over them; two parts of at
 *       least {@link ClusterConfig#splitMinPart()} members whose centroids are further apart than
 *       {@link ClusterConfig#splitThreshold()} become two events (the part without the first member
 *       leaves, as "evt-&lt;article&gt;-split"; {@link #splitEvents()}). Two similar events of one
 *       story merge while young, when no article-to-event score can keep them apart, and separate
 *       once each has members of its own; so merges can be generous.
 * </ol>
 *
 * <p>Deterministic: decisions depend on the input order and event times only, and every index is a
 * function of the stored {@link EventState}s, so {@link #restore} followed by the rest of a stream
 * decides exactly as an uninterrupted run. Not thread-safe.
 */
public final class EventClusterer {
  private static final Comparator<EventState> BY_IDLE =
      Comparator.comparingLong((EventState e) -> e.lastUpdated).thenComparing(e -> e.eventId);

  private final ClusterConfig cfg;
  private final int rows;

  private Vocab terms;
  private Vocab ents;
  private EventState[] slots;
  private int[] slotGen;
  private int[] freeSlots;
  private int freeCount;
  private int slotTop;
  private HashMap<String, EventState> byId;
  private TreeSet<EventState> byIdle;
  private LongMultiMap lsh;
  private long totalDocs;
  private final List<EventState> changed = new ArrayList<>();
  private final List<EventState> splitOff = new ArrayList<>();
  private final List<EventState> mergedAway = new ArrayList<>();
  private String splitSource;

  // scratch, indexed by term id, entity id or slot
  // per term id, side by side so that scoring a centroid term touches one cache line:
  // [2 id] = ln(df + 1), kept up to date; [2 id + 1] = the current article's tf-idf weight, or 0
  private double[] termW = new double[2048];
  private double[] tf = new double[1024];
  private int[] docTerms = new int[256];
  private long[] titleHashes = new long[16];
  private long[] textHashes = new long[512];
  private final Tokenizer tok = new Tokenizer();
  private final long[] localKey = new long[4096];
  private final long[] localVal = new long[4096];
  private final int[] localStamp = new int[4096];
  private int article; // stamps localStamp: entries of earlier articles count as empty
  private double[] artEnt = new double[1024];
  private int[] pos = new int[1024];
  // per slot, side by side so that a posting reads one cache line: [2 slot] = the slot's
  // generation (slotGen as a double), [2 slot + 1] = the event's overlap with the article (0 =
  // untouched)
  private double[] slotData;
  private int[] touched = new int[256];
  private int touchedCount;

  public EventClusterer(ClusterConfig config) {
    this(config, COMPACT_FLOOR);
  }

  /** A clusterer that rebuilds its indexes at a vocabulary of {@code compactFloor} (tests). */
  EventClusterer(ClusterConfig config, int compactFloor) {
    this.cfg = config;
    this.rows = config.numHashes() / config.bands();
    this.compactFloor = compactFloor;
    clear();
  }

  private void clear() {
    terms = new Vocab();
    ents = new Vocab();
    slots = new EventState[1024];
    slotGen = new int[1024];
    slotData = new double[2 * 1024];
    freeSlots = new int[64];
    freeCount = 0;
    slotTop = 0;
    byId = new HashMap<>();
    byIdle = new TreeSet<>(BY_IDLE);
    lsh = new LongMultiMap();
    totalDocs = 0;
    lnDocs = 0;
    // ln(df + 1) per term id: ids are given anew, and a new term must start from df 0
    Arrays.fill(termW, 0);
    changed.clear();
    splitOff.clear();
    mergedAway.clear();
    compactAt = compactFloor;
  }

  /**
   * The vocabularies only grow: a term stays interned after the last event that used it is evicted,
   * and a feed brings new terms (names, figures) for as long as it runs. When they have doubled
   * since the last rebuild and hold at least this many terms and entity ids, the indexes are
   * rebuilt from the events held, as at a restore, which decides the same; the terms no event uses
   * any more are dropped.
   */
  static final int COMPACT_FLOOR = 1 << 16;

  private final int compactFloor;
  private int compactAt;

  /** Rebuilds every index from the events held, dropping the terms no event uses any more. */
  private void compact() {
    restore(new ArrayList<>(byId.values()));
  }

  /** Terms and entity ids interned: those of the events held, and up to as many again. */
  public int vocabularySize() {
    return terms.size + ents.size;
  }

  /**
   * Rebuilds all indexes (LSH bands, inverted index, document frequencies) from stored events,
   * replacing whatever this clusterer held: on start and after a restore.
   */
  public void restore(Collection<EventState> events) {
    clear();
    List<EventState> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(e -> e.eventId));
    for (EventState e : sorted) {
      if (byId.containsKey(e.eventId)) {
        continue;
      }
      bind(e);
    }
    compactAt = Math.max(compactFloor, 2 * (terms.size + ents.size));
  }

  /** Assigns one article to an event, creating one when none matches. */
  public Assignment assign(ArticleInput article) {
    if (terms.size + ents.size > compactAt) {
      compact();
    }
    changed.clear();
    splitOff.clear();
    mergedAway.clear();
    splitSource = null;
    Doc d = features(article);
    try {
      // tier 1: near-duplicates
      if (d.sig != null) {
        EventState best = null;
        double bestJ = -1;
        touchedCount = 0;
        for (int b = 0; b < cfg.bands(); b++) {
          lsh.forEach(bandKey(d.sig, 0, b), this::touch);
        }
        for (int k = 0; k < touchedCount; k++) {
          EventState e = slots[touched[k]];
          slotData[2 * touched[k] + 1] = 0;
          double j = 0;
          for (int s = 0; s < e.sigCount; s++) {
            j = Math.max(j, Text.agreement(d.sig, 0, e.sigs, s * e.numHashes, e.numHashes));
          }
          if (j > bestJ || (j == bestJ && e.eventId.compareTo(best.eventId) < 0)) {
            bestJ = j;
            best = e;
          }
        }
        touchedCount = 0;
        if (best != null && bestJ >= cfg.nearDuplicateJaccard()) {
          absorb(best, d, article, true);
          String at = maybeSplit(best, article.articleId());
          return new Assignment(at, Relation.NEAR_DUPLICATE, bestJ, false, List.of());
        }
      }

      // tier 2: same event
      EventState best = null;
      double bestScore = 0;
      boolean merging = cfg.mergeThreshold() <= 1;
      List<EventState> passed = merging ? new ArrayList<>() : List.of();
      for (EventState e : candidates(d)) {
        // a candidate must reach the threshold and (unless merges are on: they need every
        // candidate that reaches it) at least the best score so far
        double threshold = cfg.thresholdFor(e.size());
        double floor = best != null && !merging ? Math.max(threshold, bestScore) : threshold;
        double s = score(e, d, article.eventTime(), floor);
        if (s < threshold) {
          continue;
        }
        if (merging) {
          passed.add(e);
        }
        if (best == null
            || s > bestScore
            || (s == bestScore && e.eventId.compareTo(best.eventId) < 0)) {
          best = e;
          bestScore = s;
        }
      }
      if (best != null) {
        absorb(best, d, article, false);
        // the article matches other events too: fold in those whose centroids have converged
        // with its event's (candidates in their ranked order; the larger event survives, the
        // article's own on a tie)
        List<String> merged = new ArrayList<>();
        EventState survivor = best;
        for (EventState f : passed) {
          if (f == survivor || f.slot < 0 || !mergeable(survivor, f)) {
            continue;
          }
          EventState keep = f.size() > survivor.size() ? f : survivor;
          EventState gone = keep == f ? survivor : f;
          merge(keep, gone);
          merged.add(gone.eventId);
          survivor = keep;
        }
        String at = maybeSplit(survivor, article.articleId());
        return new Assignment(at, Relation.SAME_EVENT, bestScore, false, merged);
      }

      String id = "evt-" + article.articleId();
      EventState existing = byId.get(id);
      if (existing != null) { // the same article id again: keep it where it is
        absorb(existing, d, article, true);
        return new Assignment(id, Relation.NEAR_DUPLICATE, 1.0, false, List.of());
      }
      EventState e = new EventState(id, article.eventTime(), cfg.numHashes());
      bind(e);
      absorb(e, d, article, false);
      return new Assignment(id, Relation.REPRESENTATIVE, 1.0, true, List.of());
    } finally {
      for (int id : d.termIds) {
        termW[2 * id + 1] = 0;
      }
      for (int id : d.entIds) {
        artEnt[id] = 0;
      }
    }
  }

  /** The events whose state changed in the last {@link #assign} (to write back to the store). */
  public List<EventState> changedEvents() {
    return List.copyOf(changed);
  }

  /**
   * The events the last {@link #assign} folded into others (their ids are the assignment's {@link
   * Assignment#mergedEventIds()}): gone, for the store to delete.
   */
  public List<EventState> mergedEvents() {
    return List.copyOf(mergedAway);
  }

  /**
   * The events the last {@link #assign} split off an existing one (empty, or one event whose
   * members left the event they were in; both are in {@link #changedEvents()}).
   */
  public List<EventState> splitEvents() {
    return List.copyOf(splitOff);
  }

  /**
   * The event the last {@link #assign} split {@link #splitEvents()} off, or null: the event the
   * article joined (and any merges went into), which keeps its id and first member.
   */
  public String splitSourceId() {
    return splitSource;
  }

  /**
   * Closes and evicts events idle longer than the retention (by event time): those whose last
   * member's event time is more than {@link ClusterConfig#retentionMillis()} before {@code
   * nowEventTime}. Returns their states (for the store to delete), oldest first.
   */
  public List<EventState> evictIdle(long nowEventTime) {
    List<EventState> out = new ArrayList<>();
    while (!byIdle.isEmpty()) {
      EventState e = byIdle.first();
      if (nowEventTime - e.lastUpdated <= cfg.retentionMillis()) {
        break;
      }
      unbind(e);
      out.add(e);
    }
    return out;
  }

  /**
   * Closes and evicts the least recently updated event, the one {@link #evictIdle} would close
   * first; returns its state, or null when there is none.
   */
  public EventState evictLeastRecent() {
    if (byIdle.isEmpty()) {
      return null;
    }
    EventState e = byIdle.first();
    unbind(e);
    return e;
  }

  public int size() {
    return byId.size();
  }

  /** Articles held: the members of every event. */
  public long articles() {
    return totalDocs;
  }

  /** Every event's state, in no particular order. */
  public Collection<EventState> events() {
    return Collections.unmodifiableCollection(byId.values());
  }

  /** The stored state of one event, or null. */
  public EventState event(String eventId) {
    return byId.get(eventId);
  }

  // ---------------------------------------------------------------------------------------------

  /** An article's features. */
  private static final class Doc {
    int[] termIds;
    double[] ltf; // log term frequency
    double norm; // of the tf-idf vector
    int[] queryOrder; // indexes into termIds by descending tf-idf, ties by term
    int[] entIds;
    int[] sig; // null when the text has no words
    boolean numbers; // whether a term is a Vocab.NUMBER
    boolean years; // whether a term is a Vocab.YEAR
    int person = -1; // the first (most salient) person's entity id, or -1
  }

  private Doc features(ArticleInput a) {
    if (++article == 0) { // wrapped around: forget all stamps
      Arrays.fill(localStamp, 0);
      article = 1;
    }
    // term frequencies by term id, distinct terms in order of first occurrence (title first);
    // pos[id] marks the terms seen so far (cleared below)
    int n = 0;
    int titleWords = 0;
    tok.reset(a.title());
    while (tok.next()) {
      titleHashes = put(titleHashes, titleWords++, tok.wordHash);
      if (tok.term()) {
        n = addTf(n, tok, cfg.titleWeight());
      }
    }
    int textWords = 0;
    boolean names = cfg.properNounWeight() != 0;
    tok.reset(a.text());
    while (tok.next()) {
      textHashes = put(textHashes, textWords, tok.wordHash);
      boolean cap = names && tok.capitalised;
      if (tok.term()) {
        double w = cap ? 1 + cfg.properNounWeight() : 1;
        if (textWords < cfg.leadWords()) {
          w += cfg.leadWeight();
        }
        n = addTf(n, tok, w);
      }
      textWords++;
    }
    int first = 0;
    if (n > 0xffff) { // more distinct terms than any article: keep the last ones
      first = n - 0xffff;
      for (int k = 0; k < first; k++) {
        tf[docTerms[k]] = 0;
        pos[docTerms[k]] = 0;
      }
      n = 0xffff;
    }
    Doc d = new Doc();
    d.termIds = Arrays.copyOfRange(docTerms, first, first + n);
    d.ltf = new double[n];
    double[] tfidf = new double[n];
    double norm2 = 0;
    for (int i = 0; i < n; i++) {
      int id = d.termIds[i];
      double f = tf[id];
      tf[id] = 0;
      pos[id] = 0;
      d.ltf[i] = f >= 1 ? 1 + Math.log(f) : f;
      tfidf[i] = d.ltf[i] * idfOfLn(termW[2 * id]);
      norm2 += tfidf[i] * tfidf[i];
    }
    d.norm = Math.sqrt(norm2);
    for (int i = 0; i < n; i++) {
      termW[2 * d.termIds[i] + 1] = tfidf[i];
      byte kind = terms.kind[d.termIds[i]];
      d.numbers |= kind == Vocab.NUMBER;
      d.years |= kind == Vocab.YEAR;
    }
    // by descending tf-idf; ties by a stable hash of the term, then first occurrence
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      long fp = terms.hashes[d.termIds[i]];
      keys[i] =
          ((long) Float.floatToIntBits((float) tfidf[i]) << 32)
              | ((fp >>> 48) << 16)
              | (0xffff - i);
    }
    Arrays.sort(keys);
    d.queryOrder = new int[n];
    for (int i = 0; i < n; i++) {
      d.queryOrder[i] = 0xffff - (int) (keys[n - 1 - i] & 0xffff);
    }

    List<String> entities = a.entityIds();
    int[] eids = new int[Math.min(entities.size(), cfg.maxEntitiesPerEvent())];
    int m = 0;
    for (String s : entities) {
      if (m == eids.length) {
        break;
      }
      if (s == null || s.isEmpty()) {
        continue;
      }
      int id = ents.intern(s);
      if (ents.size > artEnt.length) {
        artEnt = Arrays.copyOf(artEnt, Math.max(ents.size, artEnt.length * 2));
      }
      if (artEnt[id] == 0) {
        artEnt[id] = idf(ents.df[id]);
        eids[m++] = id;
        if (d.person < 0 && ents.kind[id] == Vocab.PERSON) {
          d.person = id;
        }
      }
    }
    d.entIds = Arrays.copyOf(eids, m);

    // shingles of the text's words, else of the title's
    if (textWords > 0) {
      d.sig =
          Text.minHash(Text.shingles(textHashes, textWords, cfg.shingleSize()), cfg.numHashes());
    } else if (titleWords > 0) {
      d.sig =
          Text.minHash(Text.shingles(titleHashes, titleWords, cfg.shingleSize()), cfg.numHashes());
    }
    return d;
  }

  /** Adds w to the frequency of the tokenizer's current term; returns the distinct terms. */
  private int addTf(int n, Tokenizer t, double w) {
    int id = localTerm(t);
    grow(terms.size);
    if (pos[id] == 0) {
      if (n == docTerms.length) {
        docTerms = Arrays.copyOf(docTerms, n * 2);
      }
      docTerms[n++] = id;
      pos[id] = n;
    }
    tf[id] += w;
    return n;
  }

  /**
   * The term id of the tokenizer's current term, through a small table of the article's terms so
   * far: an article repeats most of its terms, and the vocabulary's table is large (a cache miss
   * per lookup) while this one stays in L1. Keyed like the vocabulary (hash64 and hashCode).
   */
  private int localTerm(Tokenizer t) {
    int mask = localKey.length - 1;
    int i = (int) t.termHash & mask;
    for (int probes = 0; probes < 8; probes++, i = (i + 1) & mask) {
      if (localStamp[i] != article) {
        int id = terms.intern(t.chars, t.termLength, t.termHash, t.termHashCode);
        localStamp[i] = article;
        localKey[i] = t.termHash;
        localVal[i] = ((long) t.termHashCode << 32) | id;
        return id;
      }
      if (localKey[i] == t.termHash && (int) (localVal[i] >>> 32) == t.termHashCode) {
        return (int) localVal[i];
      }
    }
    return terms.intern(t.chars, t.termLength, t.termHash, t.termHashCode); // crowded: skip it
  }

  private static long[] put(long[] a, int i, long v) {
    if (i == a.length) {
      a = Arrays.copyOf(a, i * 2);
    }
    a[i] = v;
    return a;
  }

  private void grow(int n) {
    if (n > tf.length) {
      int c = Math.max(n, tf.length * 2);
      termW = Arrays.copyOf(termW, 2 * c);
      tf = Arrays.copyOf(tf, c);
      pos = Arrays.copyOf(pos, c);
    }
  }

  /** The entity weight: plain smoothed IDF. */
  private double idf(int df) {
    return lnDocs - ln(df + 1) + 1.0;
  }

  /**
   * The term weight from ln(df + 1): smoothed IDF, squared. Squaring sharpens the contrast between
   * the words every article of a story uses and the few that only one event's articles use (a
   * place, a name, a figure), which is what tells two similar events apart.
   */
  private double idfOfLn(double lnDf1) {
    double idf = lnDocs - lnDf1 + 1.0;
    return idf * idf;
  }

  /** Changes a term's document frequency (and its cached logarithm). */
  private void addTermDf(int id, int delta) {
    int df = terms.df[id] += delta;
    termW[2 * id] = ln(df + 1);
  }

  /** Natural log of a positive int, from a table for small values. */
  private double ln(int x) {
    if (x < LN.length) {
      return LN[x];
    }
    return Math.log(x);
  }

  private static final double[] LN = new double[1 << 16];

  static {
    for (int i = 1; i < LN.length; i++) {
      LN[i] = Math.log(i);
    }
  }

  /** ln(totalDocs + 1), refreshed whenever totalDocs changes. */
  private double lnDocs;

  private void docsChanged(long delta) {
    totalDocs += delta;
    lnDocs = Math.log(totalDocs + 1.0);
  }

  private long bandKey(int[] sig, int off, int band) {
    long h = Hash64.mix(band + 1L);
    for (int r = 0; r < rows; r++) {
      h = Hash64.mix(h * 31 + sig[off + band * rows + r]);
    }
    return h;
  }

  private void touch(int slot) {
    if (slotData[2 * slot + 1] == 0) {
      if (touchedCount == touched.length) {
        touched = Arrays.copyOf(touched, touchedCount * 2);
      }
      touched[touchedCount++] = slot;
      slotData[2 * slot + 1] = Double.MIN_VALUE;
    }
  }

  /** Events sharing distinctive terms or entities with the article, best overlap first. */
  private List<EventState> candidates(Doc d) {
    touchedCount = 0;
    int used = 0;
    for (int q = 0; q < d.queryOrder.length && used < cfg.queryTerms(); q++) {
      int id = d.termIds[d.queryOrder[q]];
      int df = terms.df[id];
      if (df == 0 || df > cfg.maxPostingDf()) {
        continue;
      }
      used++;
      scan(terms, id, termW[2 * id + 1] / d.norm);
    }
    if (d.entIds.length > 0) {
      double total = 0;
      for (int id : d.entIds) {
        total += artEnt[id];
      }
      for (int id : d.entIds) {
        if (ents.df[id] > 0 && ents.df[id] <= cfg.maxPostingDf()) {
          scan(ents, id, artEnt[id] / total);
        }
      }
    }
    int cap = cfg.maxCandidates();
    int[] heap = new int[Math.min(cap, touchedCount)];
    int h = 0; // min-heap of slots by (overlap, then reverse eventId): the root is the weakest
    for (int k = 0; k < touchedCount; k++) {
      int slot = touched[k];
      if (h < heap.length) {
        heap[h] = slot;
        siftUp(heap, h++);
      } else if (better(slot, heap[0])) {
        heap[0] = slot;
        siftDown(heap, h);
      }
    }
    // best first: insertion sort (h <= maxCandidates, and better() is a total order)
    for (int k = 1; k < h; k++) {
      int x = heap[k];
      int j = k;
      for (; j > 0 && better(x, heap[j - 1]); j--) {
        heap[j] = heap[j - 1];
      }
      heap[j] = x;
    }
    List<EventState> out = new ArrayList<>(h);
    for (int k = 0; k < h; k++) {
      out.add(slots[heap[k]]);
    }
    for (int k = 0; k < touchedCount; k++) {
      slotData[2 * touched[k] + 1] = 0;
    }
    touchedCount = 0;
    return out;
  }

  /** Whether candidate slot x ranks before y: higher overlap, then smaller event id. */
  private boolean better(int x, int y) {
    int c = Double.compare(slotData[2 * x + 1], slotData[2 * y + 1]);
    return c != 0 ? c > 0 : slots[x].eventId.compareTo(slots[y].eventId) < 0;
  }

  private void siftUp(int[] heap, int i) {
    while (i > 0) {
      int p = (i - 1) >> 1;
      if (!better(heap[p], heap[i])) {
        break;
      }
      int t = heap[p];
      heap[p] = heap[i];
      heap[i] = t;
      i = p;
    }
  }

  private void siftDown(int[] heap, int n) {
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      int r = l + 1;
      int w = i;
      if (l < n && better(heap[w], heap[l])) {
        w = l;
      }
      if (r < n && better(heap[w], heap[r])) {
        w = r;
      }
      if (w == i) {
        return;
      }
      int t = heap[w];
      heap[w] = heap[i];
      heap[i] = t;
      i = w;
    }
  }

  private void scan(Vocab v, int id, double weight) {
    int n = v.postSize[id];
    int[] s = v.postSlot[id];
    int[] g = v.postGen[id];
    for (int k = 0; k < n; k++) {
      int slot = s[k];
      // a freed slot's generation has moved on, so this also skips evicted events
      if (slotData[2 * slot] == g[k]) {
        touch(slot);
        slotData[2 * slot + 1] += weight;
      }
    }
  }

  /** Cosine can only exceed 1 by rounding: a safe upper bound for it. */
  private static final double MAX_COSINE = 1 + 1e-9;

  /**
   * The match score of an article with an event, or -infinity when it is sure to stay below {@code
   * floor}: the entity overlap and the time decay come first and are cheap, and with the cosine at
   * most 1 they bound the score, so far-off candidates skip the centroid (the costly part).
   */
  private double score(EventState e, Doc d, long time, double floor) {
    double size = e.size();
    double ent = 0;
    if (d.entIds.length > 0 && e.entityCount > 0) {
      double total = 0;
      for (int id : d.entIds) {
        total += artEnt[id];
      }
      double shared = 0;
      for (int i = 0; i < e.entityCount; i++) {
        double a = artEnt[e.entityIds[i]];
        if (a != 0) {
          shared += a * Math.sqrt(Math.min(1.0, e.entityDocs[i] / size));
        }
      }
      ent = shared / total;
    }
    long gap = 0;
    if (time < e.firstSeen) {
      gap = e.firstSeen - time;
    } else if (time > e.lastUpdated) {
      gap = time - e.lastUpdated;
    }
    boolean decays = gap > cfg.timeWindowMillis();
    double decay =
        decays ? Math.exp(-(double) (gap - cfg.timeWindowMillis()) / cfg.timeDecayMillis()) : 1;
    double max = MAX_COSINE + cfg.entityWeight() * ent;
    if (decays) {
      max *= decay;
    }
    if (max < floor) {
      return Double.NEGATIVE_INFINITY;
    }

    double dot = 0;
    double norm2 = 0;
    double[] tw = termW;
    double core = cfg.coreExponent();
    for (int i = 0; i < e.termCount; i++) {
      int id = e.termIds[i];
      double w = e.weights[i] * idfOfLn(tw[2 * id]);
      if (core != 0 && e.termDocs[i] < size) {
        w *= core == 1 ? e.termDocs[i] / size : Math.pow(e.termDocs[i] / size, core);
      }
      norm2 += w * w;
      double a = tw[2 * id + 1];
      if (a != 0) {
        dot += w * a;
      }
    }
    double cos = dot == 0 ? 0 : dot / (Math.sqrt(norm2) * d.norm);
    double s = cos + cfg.entityWeight() * ent;
    if (cfg.conflictPenalty() != 0
        && (decays ? s * decay : s) >= floor // else it stays below whatever the penalty
        && conflicts(e, d) >= 2) {
      s -= cfg.conflictPenalty();
    }
    if (decays) {
      s *= decay;
    }
    return s;
  }

  /**
   * In how many of three respects the article conflicts with the event: figures, years and people.
   * In each, the event <em>holds</em> what at least half of its members name; the article conflicts
   * when the event holds some, the article names some of its own and none of those the event holds
   * (for years: none of the event's years at all; for people: and the article's first person, its
   * most salient, is none of the event's people at all). Each alone is weak evidence (an article
   * leaves out most figures, and follow-ups name new people); two together mark the similar event
   * next to this one (docs/QUALITY.md). Costs a pass over the event's terms and entities, on
   * candidates that reach the floor only.
   */
  private int conflicts(EventState e, Doc d) {
    double half = 0.5 * e.size();
    int conflicts = 0;
    if (d.numbers || d.years) {
      boolean heldNumber = false;
      boolean sharedNumber = false;
      boolean heldYear = false;
      boolean sharedYear = false;
      for (int i = 0; i < e.termCount; i++) {
        int id = e.termIds[i];
        byte kind = terms.kind[id];
        if (kind == Vocab.OTHER) {
          continue;
        }
        boolean held = e.termDocs[i] >= half;
        boolean shared = termW[2 * id + 1] != 0;
        if (kind == Vocab.NUMBER && held) {
          heldNumber = true;
          sharedNumber |= shared;
        } else if (kind == Vocab.YEAR) {
          heldYear |= held;
          sharedYear |= shared; // any of the event's years, held or not
        }
      }
      if (d.numbers && heldNumber && !sharedNumber) {
        conflicts++;
      }
      if (d.years && heldYear && !sharedYear) {
        conflicts++;
      }
    }
    if (d.person >= 0 && e.entityPos(d.person) < 0) {
      boolean heldPerson = false;
      boolean sharedPerson = false;
      for (int i = 0; i < e.entityCount; i++) {
        int id = e.entityIds[i];
        if (ents.kind[id] == Vocab.PERSON && e.entityDocs[i] >= half) {
          heldPerson = true;
          sharedPerson |= artEnt[id] != 0;
        }
      }
      if (heldPerson && !sharedPerson) {
        conflicts++;
      }
    }
    return conflicts;
  }

  /** The weight of an event's centroid term i, as {@link #score} uses it. */
  private double centroidWeight(EventState e, int i) {
    double w = e.weights[i] * idfOfLn(termW[2 * e.termIds[i]]);
    double core = cfg.coreExponent();
    double size = e.size();
    if (core != 0 && e.termDocs[i] < size) {
      w *= core == 1 ? e.termDocs[i] / size : Math.pow(e.termDocs[i] / size, core);
    }
    return w;
  }

  /** Cosine between two events' centroids (weighted as in {@link #score}). */
  private double centroidCosine(EventState a, EventState b) {
    double[] wa = new double[a.termCount];
    double na = 0;
    for (int i = 0; i < a.termCount; i++) {
      wa[i] = centroidWeight(a, i);
      na += wa[i] * wa[i];
      pos[a.termIds[i]] = i + 1;
    }
    double nb = 0;
    double dot = 0;
    for (int i = 0; i < b.termCount; i++) {
      double w = centroidWeight(b, i);
      nb += w * w;
      int p = pos[b.termIds[i]] - 1;
      if (p >= 0) {
        dot += w * wa[p];
      }
    }
    for (int i = 0; i < a.termCount; i++) {
      pos[a.termIds[i]] = 0;
    }
    return dot == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  /**
   * Folds event {@code from} into {@code into}: members, centroid, entities, signatures and index
   * entries (up to the caps), as if its articles had joined {@code into}; {@code from} is unbound.
   */
  private void merge(EventState into, EventState from) {
    unbind(from);
    changed.remove(from);
    mergedAway.add(from);
    byIdle.remove(into);
    into.members.addAll(from.members);
    into.firstSeen = Math.min(into.firstSeen, from.firstSeen);
    into.lastUpdated = Math.max(into.lastUpdated, from.lastUpdated);
    docsChanged(from.members.size());

    for (int i = 0; i < into.termCount; i++) {
      pos[into.termIds[i]] = i + 1;
    }
    int[] at = new int[from.termCount]; // from's term i is into's term at[i] - 1 (0: dropped)
    for (int j = 0; j < from.termCount; j++) {
      int id = from.termIds[j];
      int p = pos[id] - 1;
      if (p >= 0) {
        into.weights[p] += from.weights[j];
        into.termDocs[p] += from.termDocs[j];
      } else if (into.termCount < cfg.maxTermsPerEvent()) {
        p = into.addTerm(terms.strings[id], from.weights[j]);
        into.termDocs[p] = from.termDocs[j];
        if (into.termIds.length < into.terms.length) {
          into.termIds = Arrays.copyOf(into.termIds, into.terms.length);
        }
        into.termIds[p] = id;
        pos[id] = p + 1;
      } else {
        continue;
      }
      addTermDf(id, from.termDocs[j]);
      at[j] = p + 1;
    }
    for (int k = 0; k < from.indexCount && into.indexCount < cfg.maxIndexTermsPerEvent(); k++) {
      int p = at[from.indexPos[k]] - 1;
      if (p >= 0 && !indexed(into, p)) {
        into.addIndexPos(p);
        terms.post(into.termIds[p], into.slot, slotGen[into.slot]);
      }
    }
    for (int i = 0; i < into.termCount; i++) {
      pos[into.termIds[i]] = 0;
    }

    int[] entAt = new int[from.entityCount]; // from's entity j is into's entAt[j] - 1 (0: dropped)
    for (int j = 0; j < from.entityCount; j++) {
      int id = from.entityIds[j];
      int p = into.entityPos(id);
      if (p >= 0) {
        entAt[j] = p + 1;
        into.entityDocs[p] += from.entityDocs[j];
      } else if (into.entityCount < cfg.maxEntitiesPerEvent()) {
        p = into.addEntity(ents.strings[id]);
        into.entityDocs[p] = from.entityDocs[j];
        if (into.entityIds.length < into.entities.length) {
          into.entityIds = Arrays.copyOf(into.entityIds, into.entities.length);
        }
        into.entityIds[p] = id;
        ents.post(id, into.slot, slotGen[into.slot]);
        entAt[j] = p + 1;
      } else {
        continue;
      }
      ents.df[id] += from.entityDocs[j];
    }

    int sigBase = into.sigCount;
    int sigRoom = Math.max(0, cfg.maxSignaturesPerEvent() - into.sigCount);
    // from's vectors follow into's when every earlier member of into has one
    if (into.vecCount == into.members.size() - from.members.size()) {
      for (int v = 0; v < from.vecCount && into.vecCount < cfg.maxSplitMembers(); v++) {
        short[] t = new short[from.vecTerms[v].length];
        float[] w = new float[t.length];
        int n = 0;
        for (int k = 0; k < t.length; k++) {
          int p = at[from.vecTerms[v][k]] - 1;
          if (p >= 0) {
            t[n] = (short) p;
            w[n++] = from.vecWeights[v][k];
          }
        }
        short[] en = new short[from.vecEnts[v].length];
        int m = 0;
        for (short q : from.vecEnts[v]) {
          int p = entAt[q] - 1;
          if (p >= 0) {
            en[m++] = (short) p;
          }
        }
        int sg = from.vecSig[v];
        into.addVector(
            Arrays.copyOf(t, n),
            Arrays.copyOf(w, n),
            Arrays.copyOf(en, m),
            sg >= 0 && sg < sigRoom ? sigBase + sg : -1,
            from.vecTime[v],
            from.vecHash[v],
            from.vecTfidf[v]);
      }
    }

    for (int s = 0; s < from.sigCount && into.sigCount < cfg.maxSignaturesPerEvent(); s++) {
      int[] sig = Arrays.copyOfRange(from.sigs, s * from.numHashes, (s + 1) * from.numHashes);
      into.addSignature(sig);
      for (int b = 0; b < cfg.bands(); b++) {
        lsh.put(bandKey(sig, 0, b), into.slot);
      }
    }
    into.dropVectorsIfIncomplete();
    byIdle.add(into);
    if (!changed.contains(into)) {
      changed.add(into);
    }
  }

  /** Adds an article to an event: centroid, document frequencies, indexes. */
  private void absorb(EventState e, Doc d, ArticleInput a, boolean copy) {
    byIdle.remove(e);
    e.members.add(a.articleId());
    e.firstSeen = Math.min(e.firstSeen, a.eventTime());
    e.lastUpdated = Math.max(e.lastUpdated, a.eventTime());
    docsChanged(1);

    for (int i = 0; i < e.termCount; i++) {
      pos[e.termIds[i]] = i + 1;
    }
    double ln2 = 0;
    for (double l : d.ltf) {
      ln2 += l * l;
    }
    double ln = Math.sqrt(ln2);
    boolean vec =
        cfg.splitThreshold() > 0
            && e.vecCount == e.members.size() - 1
            && e.vecCount < cfg.maxSplitMembers();
    short[] vt = vec ? new short[d.termIds.length] : null;
    float[] vw = vec ? new float[d.termIds.length] : null;
    int vn = 0;
    for (int j = 0; j < d.termIds.length; j++) {
      int id = d.termIds[j];
      float w = (float) (d.ltf[j] / ln);
      int p = pos[id] - 1;
      if (p >= 0) {
        e.weights[p] += w;
        e.termDocs[p]++;
        addTermDf(id, 1);
      } else if (e.termCount < cfg.maxTermsPerEvent()) {
        p = e.addTerm(terms.strings[id], w);
        if (e.termIds.length < e.terms.length) {
          e.termIds = Arrays.copyOf(e.termIds, e.terms.length);
        }
        e.termIds[p] = id;
        pos[id] = p + 1;
        addTermDf(id, 1);
      } else {
        continue;
      }
      if (vec) {
        vt[vn] = (short) p;
        vw[vn++] = w;
      }
    }
    int added = 0;
    for (int q = 0;
        q < d.queryOrder.length
            && added < cfg.indexTermsPerArticle()
            && e.indexCount < cfg.maxIndexTermsPerEvent();
        q++) {
      int id = d.termIds[d.queryOrder[q]];
      int p = pos[id] - 1;
      if (p < 0 || indexed(e, p)) {
        continue;
      }
      e.addIndexPos(p);
      terms.post(id, e.slot, slotGen[e.slot]);
      added++;
    }
    for (int i = 0; i < e.termCount; i++) {
      pos[e.termIds[i]] = 0;
    }

    short[] ve = vec ? new short[d.entIds.length] : null;
    int en = 0;
    for (int id : d.entIds) {
      int p = e.entityPos(id);
      if (p >= 0) {
        e.entityDocs[p]++;
        ents.df[id]++;
      } else if (e.entityCount < cfg.maxEntitiesPerEvent()) {
        p = e.addEntity(ents.strings[id]);
        if (e.entityIds.length < e.entities.length) {
          e.entityIds = Arrays.copyOf(e.entityIds, e.entities.length);
        }
        e.entityIds[p] = id;
        ents.df[id]++;
        ents.post(id, e.slot, slotGen[e.slot]);
      } else {
        continue;
      }
      if (vec) {
        ve[en++] = (short) p;
      }
    }

    int sigAt = -1;
    if (!copy && d.sig != null && e.sigCount < cfg.maxSignaturesPerEvent()) {
      sigAt = e.sigCount;
      e.addSignature(d.sig);
      for (int b = 0; b < cfg.bands(); b++) {
        lsh.put(bandKey(d.sig, 0, b), e.slot);
      }
    }
    if (vec) {
      int k = Math.min(SPLIT_TERMS, d.queryOrder.length);
      long[] hash = new long[k];
      float[] tfidf = new float[k];
      for (int q = 0; q < k; q++) {
        int id = d.termIds[d.queryOrder[q]];
        hash[q] = terms.hashes[id];
        tfidf[q] = (float) termW[2 * id + 1];
      }
      e.addVector(
          Arrays.copyOf(vt, vn),
          Arrays.copyOf(vw, vn),
          Arrays.copyOf(ve, en),
          sigAt,
          a.eventTime(),
          hash,
          tfidf);
    }
    e.dropVectorsIfIncomplete();
    byIdle.add(e);
    changed.add(e);
  }

  /**
   * Whether two events an article reaches are one: their centroids reach the merge threshold, and
   * the merge is not one a split would undo (two events each large enough to be a split's part,
   * whose centroids are further apart than a split leaves them). Without that last check, two
   * events just split apart would merge again at the next article that reaches both, and split
   * again later.
   */
  private boolean mergeable(EventState a, EventState b) {
    double cos = centroidCosine(a, b);
    if (cos < cfg.mergeThreshold()) {
      return false;
    }
    return cfg.splitThreshold() <= 0
        || cos >= cfg.splitThreshold()
        || a.size() < cfg.splitMinPart()
        || b.size() < cfg.splitMinPart();
  }

  // ---------------------------------------------------------------------------------------------
  // splits

  /**
   * Terms of each member (its most distinctive) that splits compare members on: the event's
   * centroid terms would not do, as the centroid is full (maxTermsPerEvent) by about ten members
   * and later members' own words are left out of it. ECB+ in process, shuffles 1-60, with merges at
   * 0.2: 32 / 64 / 96 / 128 terms give F1 0.921 / 0.937 / 0.936 / 0.935, and the state 1,549 /
   * 1,858 / 2,071 / 2,390 bytes per member (790 without vectors).
   */
  static final int SPLIT_TERMS = 64;

  /**
   * Splits event e in two when its members fall into two groups: a 2-means over the members' own
   * vectors (each member's {@link #SPLIT_TERMS} most distinctive terms, tf-idf with IDF squared as
   * when it joined) finds two parts of at least {@link ClusterConfig#splitMinPart()} members each
   * whose centroids have a cosine below {@link ClusterConfig#splitThreshold()}. The part without
   * e's first member becomes a new event, "evt-&lt;article&gt;-split". Checked while every member
   * has a vector (up to {@link ClusterConfig#maxSplitMembers()}), so at most that many times per
   * event. Returns the id of the event the article is in afterwards.
   */
  private String maybeSplit(EventState e, String articleId) {
    int minPart = cfg.splitMinPart();
    int n = e.vecCount;
    if (cfg.splitThreshold() <= 0 || n < 2 * minPart || n != e.members.size()) {
      return e.eventId;
    }
    // the members' vectors (their most distinctive terms, tf-idf when they joined), normalised,
    // and their Gram matrix
    HashMap<Long, Integer> dim = new HashMap<>();
    int[][] xd = new int[n][];
    double[][] x = new double[n][];
    for (int i = 0; i < n; i++) {
      long[] h = e.vecHash[i];
      float[] w = e.vecTfidf[i];
      xd[i] = new int[h.length];
      x[i] = new double[h.length];
      double n2 = 0;
      for (int k = 0; k < h.length; k++) {
        Integer at = dim.putIfAbsent(h[k], dim.size());
        xd[i][k] = at == null ? dim.size() - 1 : at;
        x[i][k] = w[k];
        n2 += (double) w[k] * w[k];
      }
      double norm = n2 == 0 ? 1 : Math.sqrt(n2);
      for (int k = 0; k < h.length; k++) {
        x[i][k] /= norm;
      }
    }
    double[] dense = new double[dim.size()];
    double[][] g = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < xd[i].length; k++) {
        dense[xd[i][k]] = x[i][k];
      }
      for (int j = i; j < n; j++) {
        double dot = 0;
        for (int k = 0; k < xd[j].length; k++) {
          dot += dense[xd[j][k]] * x[j][k];
        }
        g[i][j] = dot;
        g[j][i] = dot;
      }
      for (int k = 0; k < xd[i].length; k++) {
        dense[xd[i][k]] = 0;
      }
    }
    // 2-means in kernel form, seeded with each member and the member least like it; the best
    // split has the largest sum of member-to-own-centroid cosines (= |sum A| + |sum B|)
    int[] best = null;
    double bestObj = -1;
    double bestBetween = 1;
    int[] part = new int[n];
    double[] sa = new double[n];
    double[] sb = new double[n];
    for (int a = 0; a < n; a++) {
      int b = -1;
      for (int j = 0; j < n; j++) {
        if (j != a && (b < 0 || g[a][j] < g[a][b])) {
          b = j;
        }
      }
      // first assignment: to the nearer seed
      for (int i = 0; i < n; i++) {
        sa[i] = g[i][a];
        sb[i] = g[i][b];
      }
      double na = 1;
      double nb = 1;
      boolean ok = true;
      for (int it = 0; it < 10; it++) {
        boolean moved = false;
        int inB = 0;
        for (int i = 0; i < n; i++) {
          int q = sb[i] / nb > sa[i] / na ? 1 : 0;
          moved |= it == 0 || q != part[i];
          part[i] = q;
          inB += q;
        }
        if (inB == 0 || inB == n) {
          ok = false;
          break;
        }
        if (!moved) {
          break;
        }
        Arrays.fill(sa, 0);
        Arrays.fill(sb, 0);
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < n; i++) {
          double[] s = part[i] == 0 ? sa : sb;
          for (int j = 0; j < n; j++) {
            s[j] += g[i][j];
          }
        }
        for (int i = 0; i < n; i++) {
          if (part[i] == 0) {
            aa += sa[i];
          } else {
            bb += sb[i];
          }
        }
        na = Math.sqrt(Math.max(aa, 1e-12));
        nb = Math.sqrt(Math.max(bb, 1e-12));
      }
      if (!ok) {
        continue;
      }
      double obj = na + nb;
      if (obj > bestObj) {
        double cross = 0;
        for (int i = 0; i < n; i++) {
          if (part[i] == 0) {
            cross += sb[i];
          }
        }
        bestObj = obj;
        best = part.clone();
        bestBetween = cross / (na * nb);
      }
    }
    if (best == null || bestBetween >= cfg.splitThreshold()) {
      return e.eventId;
    }
    int movers = 0;
    for (int i = 0; i < n; i++) {
      movers += best[i] != best[0] ? 1 : 0;
    }
    if (movers < minPart || n - movers < minPart) {
      return e.eventId;
    }
    boolean[] out = new boolean[n];
    for (int i = 0; i < n; i++) {
      out[i] = best[i] != best[0];
    }
    EventState b = split(e, out, articleId);
    return b.members.contains(articleId) ? b.eventId : e.eventId;
  }

  /**
   * Moves the members marked {@code out} (each with a vector) from e to a new event: their
   * contributions leave e's centroid, entities and signatures and make the new event's, which
   * indexes each member's most distinctive terms as {@link #absorb} does. Both are rebound.
   */
  private EventState split(EventState e, boolean[] out, String articleId) {
    // Named after the article whose arrival split it off, not after its earliest member: that
    // member may have founded an event that was merged away, whose id (and versions) consumers
    // have already seen end MERGED_INTO.
    String id = "evt-" + articleId + "-split";
    for (int k = 2; byId.containsKey(id); k++) {
      id = "evt-" + articleId + "-split-" + k;
    }
    unbind(e);
    byIdle.remove(e);
    EventState b = new EventState(id, Long.MAX_VALUE, cfg.numHashes());
    b.lastUpdated = Long.MIN_VALUE;
    int[] termAt = new int[e.termCount]; // e's term p is b's termAt[p] - 1
    int[] entAt = new int[e.entityCount];
    List<String> keep = new ArrayList<>();
    int kept = 0;
    for (int i = 0; i < out.length; i++) {
      if (!out[i]) {
        keep.add(e.members.get(i));
        e.vecTerms[kept] = e.vecTerms[i];
        e.vecWeights[kept] = e.vecWeights[i];
        e.vecEnts[kept] = e.vecEnts[i];
        e.vecSig[kept] = e.vecSig[i];
        e.vecTime[kept] = e.vecTime[i];
        e.vecHash[kept] = e.vecHash[i];
        e.vecTfidf[kept] = e.vecTfidf[i];
        kept++;
        continue;
      }
      b.members.add(e.members.get(i));
      b.firstSeen = Math.min(b.firstSeen, e.vecTime[i]);
      b.lastUpdated = Math.max(b.lastUpdated, e.vecTime[i]);
      short[] t = e.vecTerms[i];
      float[] w = e.vecWeights[i];
      short[] bt = new short[t.length];
      for (int k = 0; k < t.length; k++) {
        int p = t[k];
        int q = termAt[p] - 1;
        if (q < 0) {
          q = b.addTerm(e.terms[p], w[k]);
          termAt[p] = q + 1;
        } else {
          b.weights[q] += w[k];
          b.termDocs[q]++;
        }
        bt[k] = (short) q;
        e.weights[p] -= w[k];
        e.termDocs[p]--;
      }
      short[] be = new short[e.vecEnts[i].length];
      for (int k = 0; k < be.length; k++) {
        int p = e.vecEnts[i][k];
        int q = entAt[p] - 1;
        if (q < 0) {
          q = b.addEntity(e.entities[p]);
          entAt[p] = q + 1;
        } else {
          b.entityDocs[q]++;
        }
        be[k] = (short) q;
        e.entityDocs[p]--;
      }
      int sg = -1;
      if (e.vecSig[i] >= 0) {
        sg = b.sigCount;
        int nh = e.numHashes;
        b.addSignature(Arrays.copyOfRange(e.sigs, e.vecSig[i] * nh, (e.vecSig[i] + 1) * nh));
      }
      b.addVector(bt, w.clone(), be, sg, e.vecTime[i], e.vecHash[i], e.vecTfidf[i]);
      // index the member's most distinctive terms, as absorb does
      Integer[] order = new Integer[t.length];
      for (int k = 0; k < t.length; k++) {
        order[k] = k;
      }
      double[] rank = new double[t.length];
      for (int k = 0; k < t.length; k++) {
        rank[k] = w[k] * idfOfLn(termW[2 * e.termIds[t[k]]]);
      }
      Arrays.sort(order, (u, v) -> Double.compare(rank[v], rank[u]));
      int added = 0;
      for (int k = 0;
          k < t.length
              && added < cfg.indexTermsPerArticle()
              && b.indexCount < cfg.maxIndexTermsPerEvent();
          k++) {
        int q = bt[order[k]];
        if (!indexed(b, q)) {
          b.addIndexPos(q);
          added++;
        }
      }
    }
    // e keeps its other members: drop what only the movers held and renumber
    e.members.clear();
    e.members.addAll(keep);
    int[] tMap = new int[e.termCount];
    int tn = 0;
    for (int p = 0; p < e.termCount; p++) {
      if (e.termDocs[p] > 0) {
        e.terms[tn] = e.terms[p];
        e.weights[tn] = Math.max(0f, e.weights[p]);
        e.termDocs[tn] = e.termDocs[p];
        tMap[p] = ++tn;
      }
    }
    e.termCount = tn;
    int xn = 0;
    for (int k = 0; k < e.indexCount; k++) {
      int p = tMap[e.indexPos[k]] - 1;
      if (p >= 0) {
        e.indexPos[xn++] = p;
      }
    }
    e.indexCount = xn;
    int[] eMap = new int[e.entityCount];
    int en = 0;
    for (int p = 0; p < e.entityCount; p++) {
      if (e.entityDocs[p] > 0) {
        e.entities[en] = e.entities[p];
        e.entityDocs[en] = e.entityDocs[p];
        eMap[p] = ++en;
      }
    }
    e.entityCount = en;
    boolean[] sigKeep = new boolean[e.sigCount];
    for (int v = 0; v < kept; v++) {
      if (e.vecSig[v] >= 0) {
        sigKeep[e.vecSig[v]] = true;
      }
    }
    // (every signature is some member's: splits need a vector for every member)
    int[] sMap = new int[e.sigCount];
    int sn = 0;
    int nh = e.numHashes;
    for (int sIdx = 0; sIdx < e.sigCount; sIdx++) {
      if (sigKeep[sIdx]) {
        System.arraycopy(e.sigs, sIdx * nh, e.sigs, sn * nh, nh);
        sMap[sIdx] = ++sn;
      }
    }
    e.sigCount = sn;
    e.sigs = Arrays.copyOf(e.sigs, sn * nh);
    for (int v = 0; v < kept; v++) {
      short[] t = e.vecTerms[v];
      for (int k = 0; k < t.length; k++) {
        t[k] = (short) (tMap[t[k]] - 1);
      }
      short[] q = e.vecEnts[v];
      for (int k = 0; k < q.length; k++) {
        q[k] = (short) (eMap[q[k]] - 1);
      }
      if (e.vecSig[v] >= 0) {
        e.vecSig[v] = sMap[e.vecSig[v]] - 1;
      }
    }
    e.vecCount = kept;
    e.renumbered();
    long firstSeen = Long.MAX_VALUE;
    long lastUpdated = Long.MIN_VALUE;
    for (int v = 0; v < kept; v++) {
      firstSeen = Math.min(firstSeen, e.vecTime[v]);
      lastUpdated = Math.max(lastUpdated, e.vecTime[v]);
    }
    e.firstSeen = firstSeen;
    e.lastUpdated = lastUpdated;
    bind(e);
    bind(b);
    if (!changed.contains(e)) {
      changed.add(e);
    }
    changed.add(b);
    splitOff.add(b);
    splitSource = e.eventId;
    return b;
  }

  private static boolean indexed(EventState e, int p) {
    for (int i = 0; i < e.indexCount; i++) {
      if (e.indexPos[i] == p) {
        return true;
      }
    }
    return false;
  }

  /** Gives an event a slot and adds everything it holds to the indexes. */
  private void bind(EventState e) {
    int slot;
    if (freeCount > 0) {
      slot = freeSlots[--freeCount];
    } else {
      if (slotTop == slots.length) {
        slots = Arrays.copyOf(slots, slotTop * 2);
        slotGen = Arrays.copyOf(slotGen, slotTop * 2);
        slotData = Arrays.copyOf(slotData, slotTop * 4);
      }
      slot = slotTop++;
    }
    slots[slot] = e;
    e.slot = slot;
    int gen = slotGen[slot];
    byId.put(e.eventId, e);
    docsChanged(e.members.size());

    e.termIds = new int[e.terms.length];
    for (int i = 0; i < e.termCount; i++) {
      int id = terms.intern(e.terms[i]);
      e.terms[i] = terms.strings[id]; // share one String per term
      e.termIds[i] = id;
      grow(terms.size);
      addTermDf(id, e.termDocs[i]);
    }
    for (int i = 0; i < e.indexCount; i++) {
      terms.post(e.termIds[e.indexPos[i]], slot, gen);
    }
    e.entityIds = new int[e.entities.length];
    for (int i = 0; i < e.entityCount; i++) {
      int id = ents.intern(e.entities[i]);
      e.entities[i] = ents.strings[id];
      e.entityIds[i] = id;
      ents.df[id] += e.entityDocs[i];
      ents.post(id, slot, gen);
    }
    if (ents.size > artEnt.length) {
      artEnt = Arrays.copyOf(artEnt, Math.max(ents.size, artEnt.length * 2));
    }
    if (e.numHashes == cfg.numHashes()) {
      for (int s = 0; s < e.sigCount; s++) {
        for (int b = 0; b < cfg.bands(); b++) {
          lsh.put(bandKey(e.sigs, s * e.numHashes, b), slot);
        }
      }
    } else {
      e.sigCount = 0; // signatures of another configuration cannot be compared
      e.sigs = new int[0];
      e.numHashes = cfg.numHashes();
    }
    if (!e.members.isEmpty()) {
      byIdle.add(e);
    }
  }

  private void unbind(EventState e) {
    int slot = e.slot;
    byIdle.remove(e);
    byId.remove(e.eventId);
    docsChanged(-e.members.size());
    for (int i = 0; i < e.termCount; i++) {
      addTermDf(e.termIds[i], -e.termDocs[i]);
    }
    for (int s = 0; s < e.sigCount; s++) {
      for (int b = 0; b < cfg.bands(); b++) {
        lsh.remove(bandKey(e.sigs, s * e.numHashes, b), slot);
      }
    }
    slots[slot] = null;
    slotGen[slot]++;
    slotData[2 * slot] = slotGen[slot];
    for (int i = 0; i < e.indexCount; i++) {
      terms.markDead(e.termIds[e.indexPos[i]], slotGen, slots);
    }
    for (int i = 0; i < e.entityCount; i++) {
      ents.df[e.entityIds[i]] -= e.entityDocs[i];
      ents.markDead(e.entityIds[i], slotGen, slots);
    }
    if (freeCount == freeSlots.length) {
      freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
    }
    freeSlots[freeCount++] = slot;
    e.slot = -1;
  }
}
