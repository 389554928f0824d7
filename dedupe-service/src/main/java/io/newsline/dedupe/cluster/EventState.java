package io.newsline.dedupe.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One event's state: everything clustering keeps about it. {@link EventClusterer#restore} rebuilds
 * every index (LSH bands, inverted index, document frequencies) from these alone, so a state store
 * that keeps an event's {@link StateRecords} restores the clusterer exactly.
 *
 * <p>Kept: members; the centroid (per term: the sum of the members' length-normalised log term
 * frequencies, and how many members contain the term, which sums to the document frequencies);
 * which terms are in the inverted index; the entities with member counts; the MinHash signatures of
 * its distinct texts. Mutated only by the {@link EventClusterer} that owns it (not thread-safe).
 */
public final class EventState {
  // record formats: 1 (of old): whole, without member vectors; 2: whole; the records of
  // StateRecords (varints and UTF-8, see StateBytes): 3 the core, 4 a member vector, 5 a part of
  // the dictionary
  static final int WHOLE = 2;
  static final int CORE = 3;
  static final int VECTOR = 4;
  static final int DICTIONARY = 5;

  final String eventId;
  long firstSeen;
  long lastUpdated;
  final ArrayList<String> members;

  // centroid: terms[i] with weights[i] and termDocs[i], i < termCount
  String[] terms;
  float[] weights;
  int[] termDocs;
  int termCount;
  // positions into terms[] that are in the inverted index
  int[] indexPos;
  int indexCount;
  // entities with member counts
  String[] entities;
  int[] entityDocs;
  int entityCount;
  // MinHash signatures, numHashes ints each
  int numHashes;
  int[] sigs;
  int sigCount;

  // the first vecCount members' own vectors, for splits (ClusterConfig.maxSplitMembers): member
  // i's centroid terms (positions into terms[]) with the weight it added, its entities (positions
  // into entities[]), the index of the signature it added (-1: none) and its event time, which
  // undo its part in the event; and its most distinctive terms (Hash64.of of each) with their
  // tf-idf when it joined, which compare it with the other members
  int vecCount;
  long[][] vecHash = new long[0][];
  float[][] vecTfidf = new float[0][];
  short[][] vecTerms = new short[0][];
  float[][] vecWeights = new float[0][];
  short[][] vecEnts = new short[0][];
  int[] vecSig = new int[0];
  long[] vecTime = new long[0];

  // the store's records of the member vectors (StateRecords; not serialised): how many there are,
  // and how many of the first ones still equal the vectors held (appends leave them so; a split
  // or a drop rewrites them)
  int vecStored;
  int vecClean;
  // the store's dictionary records (StateRecords; not serialised): how many there are, how many
  // members, terms, entities and signatures they hold, and whether a split renumbered those since
  int dictRecords;
  int dictMembers;
  int dictTerms;
  int dictEntities;
  int dictSigs;
  boolean dictStale;

  // bound by the owning clusterer (not serialised)
  int[] termIds = new int[0];
  int[] entityIds = new int[0];
  int slot = -1;

  EventState(String eventId, long time, int numHashes) {
    this.eventId = eventId;
    this.firstSeen = time;
    this.lastUpdated = time;
    this.members = new ArrayList<>(2);
    this.terms = new String[16];
    this.weights = new float[16];
    this.termDocs = new int[16];
    this.indexPos = new int[8];
    this.entities = new String[4];
    this.entityDocs = new int[4];
    this.numHashes = numHashes;
    this.sigs = new int[0];
  }

  public String eventId() {
    return eventId;
  }

  /** Event time of the earliest member. */
  public long firstSeen() {
    return firstSeen;
  }

  /** Event time of the latest member. */
  public long lastUpdated() {
    return lastUpdated;
  }

  /** Member article ids in assignment order; the first is the representative. */
  public List<String> memberIds() {
    return Collections.unmodifiableList(members);
  }

  /** The founding article's id. */
  public String representativeId() {
    return members.isEmpty() ? null : members.get(0);
  }

  public int size() {
    return members.size();
  }

  /** Centroid terms (for inspection and tests). */
  public List<String> terms() {
    return List.of(Arrays.copyOf(terms, termCount));
  }

  /** Entity ids (for inspection and tests). */
  public List<String> entityIds() {
    return List.of(Arrays.copyOf(entities, entityCount));
  }

  /**
   * Forgets the member vectors once some member has none (past maxSplitMembers, or after a merge
   * that could not carry them): a split needs every member's, so they would only be carried along
   * in memory and in every state write.
   */
  void dropVectorsIfIncomplete() {
    if (vecCount > 0 && vecCount < members.size()) {
      vecCount = 0;
      vecClean = 0;
      vecHash = new long[0][];
      vecTfidf = new float[0][];
      vecTerms = new short[0][];
      vecWeights = new float[0][];
      vecEnts = new short[0][];
      vecSig = new int[0];
      vecTime = new long[0];
    }
  }

  /**
   * A split renumbered the event's members, terms, entities, signatures and vectors: each record of
   * them is written anew.
   */
  void renumbered() {
    vecClean = 0;
    dictStale = true;
  }

  /** How many members name the entity (0 if the event does not hold it). */
  public int entityArticles(String entityId) {
    for (int i = 0; i < entityCount; i++) {
      if (entities[i].equals(entityId)) {
        return entityDocs[i];
      }
    }
    return 0;
  }

  int addTerm(String term, float weight) {
    if (termCount == terms.length) {
      int n = termCount * 2;
      terms = Arrays.copyOf(terms, n);
      weights = Arrays.copyOf(weights, n);
      termDocs = Arrays.copyOf(termDocs, n);
    }
    terms[termCount] = term;
    weights[termCount] = weight;
    termDocs[termCount] = 1;
    return termCount++;
  }

  void addIndexPos(int pos) {
    if (indexCount == indexPos.length) {
      indexPos = Arrays.copyOf(indexPos, indexCount * 2);
    }
    indexPos[indexCount++] = pos;
  }

  int addEntity(String entity) {
    if (entityCount == entities.length) {
      entities = Arrays.copyOf(entities, entityCount * 2);
      entityDocs = Arrays.copyOf(entityDocs, entityCount * 2);
    }
    entities[entityCount] = entity;
    entityDocs[entityCount] = 1;
    return entityCount++;
  }

  /** Where the bound entity id is in entities[], or -1. */
  int entityPos(int entityId) {
    for (int i = 0; i < entityCount; i++) {
      if (entityIds[i] == entityId) {
        return i;
      }
    }
    return -1;
  }

  void addVector(
      short[] terms,
      float[] weights,
      short[] ents,
      int sig,
      long time,
      long[] hash,
      float[] tfidf) {
    if (vecCount == vecTerms.length) {
      int n = Math.max(4, vecCount * 2);
      vecHash = Arrays.copyOf(vecHash, n);
      vecTfidf = Arrays.copyOf(vecTfidf, n);
      vecTerms = Arrays.copyOf(vecTerms, n);
      vecWeights = Arrays.copyOf(vecWeights, n);
      vecEnts = Arrays.copyOf(vecEnts, n);
      vecSig = Arrays.copyOf(vecSig, n);
      vecTime = Arrays.copyOf(vecTime, n);
    }
    vecTerms[vecCount] = terms;
    vecWeights[vecCount] = weights;
    vecEnts[vecCount] = ents;
    vecSig[vecCount] = sig;
    vecTime[vecCount] = time;
    vecHash[vecCount] = hash;
    vecTfidf[vecCount] = tfidf;
    vecCount++;
  }

  void addSignature(int[] sig) {
    sigs = Arrays.copyOf(sigs, (sigCount + 1) * numHashes);
    System.arraycopy(sig, 0, sigs, sigCount * numHashes, numHashes);
    sigCount++;
  }

  /**
   * The whole state in one record (format 2: core and member vectors, DataOutput's encoding): what
   * {@link #fromBytes} reads, and what compares two states in tests. The store keeps states as
   * {@link StateRecords}.
   */
  public byte[] toBytes() {
    StateBytes out = whole();
    for (int v = 0; v < vecCount; v++) {
      writeVector(out, v);
    }
    return out.toByteArray();
  }

  /**
   * The core record: the numbers, which change as members join (counts, the centroid's weights and
   * document counts, index positions, entity counts, times); the strings and signatures, which only
   * grow, are in dictionary records, and the member vectors in vector records.
   */
  byte[] coreRecord() {
    StateBytes out = new StateBytes(48 + eventId.length() + 6 * termCount + 2 * entityCount, true);
    out.writeByte(CORE);
    writeFields(out, false);
    out.count(dictRecords);
    return out.toByteArray();
  }

  /**
   * Dictionary record k: the members, terms (their strings), entities and signatures after the
   * first {@code members}, {@code terms}, {@code entities} and {@code sigs}.
   */
  byte[] dictionaryRecord(int k, int members, int terms, int entities, int sigs) {
    StateBytes out =
        new StateBytes(
            32
                + 34 * (this.members.size() - members)
                + 10 * (termCount - terms)
                + 40 * (entityCount - entities)
                + 4 * numHashes * (sigCount - sigs),
            true);
    out.writeByte(DICTIONARY);
    out.text(eventId);
    out.count(k);
    out.count(this.members.size() - members);
    for (int i = members; i < this.members.size(); i++) {
      out.text(this.members.get(i));
    }
    out.count(termCount - terms);
    for (int i = terms; i < termCount; i++) {
      out.text(this.terms[i]);
    }
    out.count(entityCount - entities);
    for (int i = entities; i < entityCount; i++) {
      out.text(this.entities[i]);
    }
    out.count(sigCount - sigs);
    for (int i = sigs * numHashes; i < sigCount * numHashes; i++) {
      out.writeInt(this.sigs[i]);
    }
    return out.toByteArray();
  }

  /** Member vector v as a record of its own, naming its event and place. */
  byte[] vectorRecord(int v) {
    StateBytes out =
        new StateBytes(
            16 + eventId.length() + 6 * vecTerms[v].length + 12 * vecHash[v].length, true);
    out.writeByte(VECTOR);
    out.text(eventId);
    out.count(v);
    writeVector(out, v);
    return out.toByteArray();
  }

  /** The format byte and the core fields of the whole format, ending with the vectors' count. */
  private StateBytes whole() {
    StateBytes out =
        new StateBytes(64 + members.size() * 36 + termCount * 20 + sigCount * numHashes * 4);
    out.writeByte(WHOLE);
    writeFields(out, true);
    return out;
  }

  /**
   * The fields after the format byte, ending with the member vectors' count: with the strings and
   * signatures ({@code whole}), or only their counts (the core record).
   */
  private void writeFields(StateBytes out, boolean whole) {
    out.text(eventId);
    out.writeLong(firstSeen);
    out.writeLong(lastUpdated);
    out.count(members.size());
    for (int i = 0; whole && i < members.size(); i++) {
      out.text(members.get(i));
    }
    out.count(termCount);
    for (int i = 0; i < termCount; i++) {
      if (whole) {
        out.text(terms[i]);
      }
      out.writeFloat(weights[i]);
      out.count(termDocs[i]);
    }
    out.count(indexCount);
    for (int i = 0; i < indexCount; i++) {
      out.count(indexPos[i]);
    }
    out.count(entityCount);
    for (int i = 0; i < entityCount; i++) {
      if (whole) {
        out.text(entities[i]);
      }
      out.count(entityDocs[i]);
    }
    out.count(numHashes);
    out.count(sigCount);
    for (int i = 0; whole && i < sigCount * numHashes; i++) {
      out.writeInt(sigs[i]); // hashes: four bytes whatever the encoding
    }
    out.count(vecCount);
  }

  private void writeVector(StateBytes out, int v) {
    out.count(vecTerms[v].length);
    for (int k = 0; k < vecTerms[v].length; k++) {
      out.position(vecTerms[v][k]);
      out.writeFloat(vecWeights[v][k]);
    }
    out.count(vecEnts[v].length);
    for (short p : vecEnts[v]) {
      out.position(p);
    }
    out.signed(vecSig[v]);
    out.writeLong(vecTime[v]);
    out.count(vecHash[v].length);
    for (int k = 0; k < vecHash[v].length; k++) {
      out.writeLong(vecHash[v][k]);
      out.writeFloat(vecTfidf[v][k]);
    }
  }

  /** Reads a whole state ({@link #toBytes}, or format 1 of old, without member vectors). */
  public static EventState fromBytes(byte[] bytes) {
    StateReader in = new StateReader(bytes, false);
    int format = in.readByte();
    if (format != WHOLE && format != 1) {
      throw new IllegalArgumentException("unknown EventState format " + format);
    }
    EventState e = readWhole(in);
    int v = format == 1 ? 0 : in.count();
    for (int k = 0; k < v; k++) {
      readVector(e, in);
    }
    return e;
  }

  /** The fields of the whole format, after the format byte and before the vectors' count. */
  private static EventState readWhole(StateReader in) {
    return readFields(in, true, new int[3]);
  }

  /**
   * An event from its core record, after the format byte: its numbers, with room for the strings
   * and signatures its dictionary records bring ({@link #readDictionary}). {@code expected} gets
   * its members' count and its vector and dictionary records' counts.
   */
  static EventState readCoreRecord(StateReader in, int[] expected) {
    EventState e = readFields(in, false, expected);
    expected[1] = in.count();
    expected[2] = in.count();
    return e;
  }

  /** As {@link #writeFields} wrote them, up to the member vectors' count. */
  private static EventState readFields(StateReader in, boolean whole, int[] expected) {
    String id = in.text();
    long first = in.readLong();
    long last = in.readLong();
    EventState e = new EventState(id, first, 0);
    e.lastUpdated = last;
    int n = in.count();
    expected[0] = n;
    e.members.ensureCapacity(n);
    for (int i = 0; whole && i < n; i++) {
      e.members.add(in.text());
    }
    int t = in.count();
    e.terms = new String[Math.max(1, t)];
    e.weights = new float[Math.max(1, t)];
    e.termDocs = new int[Math.max(1, t)];
    for (int i = 0; i < t; i++) {
      if (whole) {
        e.terms[i] = in.text();
      }
      e.weights[i] = in.readFloat();
      e.termDocs[i] = in.count();
    }
    e.termCount = t;
    int x = in.count();
    e.indexPos = new int[Math.max(1, x)];
    for (int i = 0; i < x; i++) {
      e.indexPos[i] = in.count();
    }
    e.indexCount = x;
    int en = in.count();
    e.entities = new String[Math.max(1, en)];
    e.entityDocs = new int[Math.max(1, en)];
    for (int i = 0; i < en; i++) {
      if (whole) {
        e.entities[i] = in.text();
      }
      e.entityDocs[i] = in.count();
    }
    e.entityCount = en;
    e.numHashes = in.count();
    e.sigCount = in.count();
    e.sigs = new int[e.sigCount * e.numHashes];
    for (int i = 0; whole && i < e.sigs.length; i++) {
      e.sigs[i] = in.readInt();
    }
    return e;
  }

  /**
   * One dictionary record's strings and signatures, after its format byte, event id and number,
   * into e at {@code at} (members, terms, entities, signatures read so far, advanced). Throws
   * IllegalArgumentException when it brings more than the core counted.
   */
  static void readDictionary(EventState e, StateReader in, int[] at) {
    int n = in.count();
    for (int i = 0; i < n; i++) {
      e.members.add(in.text());
    }
    at[0] += n;
    n = in.count();
    require(at[1] + n <= e.termCount, e, "terms");
    for (int i = 0; i < n; i++) {
      e.terms[at[1]++] = in.text();
    }
    n = in.count();
    require(at[2] + n <= e.entityCount, e, "entities");
    for (int i = 0; i < n; i++) {
      e.entities[at[2]++] = in.text();
    }
    n = in.count();
    require(at[3] + n <= e.sigCount, e, "signatures");
    for (int i = at[3] * e.numHashes; i < (at[3] + n) * e.numHashes; i++) {
      e.sigs[i] = in.readInt();
    }
    at[3] += n;
  }

  private static void require(boolean ok, EventState e, String what) {
    if (!ok) {
      throw new IllegalArgumentException(
          "dictionary records of " + e.eventId + " hold more " + what + " than its core");
    }
  }

  /** One member vector, appended to e's. */
  static void readVector(EventState e, StateReader in) {
    short[] terms = new short[in.count()];
    float[] weights = new float[terms.length];
    for (int j = 0; j < terms.length; j++) {
      terms[j] = in.position();
      weights[j] = in.readFloat();
    }
    short[] ents = new short[in.count()];
    for (int j = 0; j < ents.length; j++) {
      ents[j] = in.position();
    }
    int sig = in.signed();
    long time = in.readLong();
    long[] hash = new long[in.count()];
    float[] tfidf = new float[hash.length];
    for (int j = 0; j < hash.length; j++) {
      hash[j] = in.readLong();
      tfidf[j] = in.readFloat();
    }
    e.addVector(terms, weights, ents, sig, time, hash, tfidf);
  }
}
