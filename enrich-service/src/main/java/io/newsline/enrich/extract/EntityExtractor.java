package io.newsline.enrich.extract;

import io.newsline.enrich.extract.Tokens.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.postag.POSModel;

/**
 * Rule-based named-entity extractor.
 *
 * <p>Capitalised-token runs are the name candidates; cue words (titles, organisation and place
 * heads, prepositions), JDK country/language/city names, acronyms and within-article consistency
 * type them. The OpenNLP Universal-Dependencies POS tagger (PROPN) decides only the ambiguous case,
 * a capitalised word at the start of a sentence that the article itself does not explain, read with
 * the two words after it ({@link FirstWordTagger}): a pure function of the text, so an article's
 * entities are the same whatever the extractor saw before it.
 *
 * <p>Thread-safe once created. Work is linear in the text length; a text yields at most {@link
 * #MAX_MENTIONS} mentions and names are at most {@link #MAX_NAME_TOKENS} tokens long.
 */
public final class EntityExtractor {
  /** Upper bound on mentions returned for one text. */
  public static final int MAX_MENTIONS = 2000;

  /** Upper bound on the tokens of one name. */
  public static final int MAX_NAME_TOKENS = 8;

  private static final int MAX_TOKEN_CHARS = 60;
  // The model's features for a word are itself, its affixes and the two words either side; at the
  // start of a sentence that is the word and the next two (a window of 6 changed no answer on
  // wikigold).
  private static final int POS_WINDOW = 3;
  private static final int MAX_POS_CALLS_PER_TEXT = 64;
  private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private final Lexicon lex;
  private final Set<String> places;
  private final WordFlags wordFlags;
  private final FirstWordTagger tagger;

  private EntityExtractor(Lexicon lex, Set<String> places, FirstWordTagger tagger) {
    this.lex = lex;
    this.places = places;
    this.wordFlags = new WordFlags(lex, places);
    this.tagger = tagger;
  }

  /**
   * Whether the token's lower-cased text is in the word list of {@code flag} ({@link WordFlags}).
   */
  private boolean is(Token t, int flag) {
    int f = t.lexFlags;
    if (f < 0) {
      t.lexFlags = f = wordFlags.of(t.lower);
    }
    return (f & flag) != 0;
  }

  /** Loads the cue lexicon and the OpenNLP English POS model from the class path. */
  public static EntityExtractor create() {
    return create(List.of());
  }

  /**
   * Like {@link #create()}, with extra place names (for example the names of an operator-loaded
   * GeoNames gazetteer) that type a capitalised name as a LOCATION.
   */
  public static EntityExtractor create(Collection<String> extraPlaceNames) {
    Lexicon lex = Lexicon.get();
    Set<String> places = lex.places;
    if (!extraPlaceNames.isEmpty()) {
      Set<String> all = new HashSet<>(lex.places);
      for (String p : extraPlaceNames) {
        String l = Lexicon.stripAccents(p.strip().toLowerCase(Locale.ROOT));
        if (l.length() > 2 && !lex.function.contains(l) && !lex.coreGivenNames.contains(l)) {
          all.add(l);
        }
      }
      places = Set.copyOf(all);
    }
    try (InputStream in = EntityExtractor.class.getResourceAsStream(POS_MODEL)) {
      if (in == null) {
        throw new IllegalStateException(
            "POS model " + POS_MODEL + " not on the class path (opennlp-models-pos-en 1.3.0)");
      }
      return new EntityExtractor(lex, places, new FirstWordTagger(new POSModel(in)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A candidate name: tokens [from, to) of the token list, with its typing evidence. */
  private static final class Span {
    final int from;
    final int to;
    final String text;
    final String key;
    EntityKind kind;
    boolean strong;
    boolean personCue;

    /** Typed LOCATION only because a preposition precedes it ("to Smith" is not a place). */
    boolean prepositionGuess;

    Span(List<Token> toks, String source, int from, int to, boolean personCue) {
      this.from = from;
      this.to = to;
      this.text = source.substring(toks.get(from).start, toks.get(to - 1).end);
      this.key = text.toLowerCase(Locale.ROOT);
      this.personCue = personCue;
    }
  }

  /** Per-text evidence about how words are written. */
  private static final class Doc {
    final Map<String, int[]> counts = new HashMap<>(); // lower -> {lowercase, cap non-initial}
    int posCalls;
  }

  public List<Mention> extract(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Token> toks = Tokens.tokenize(text);
    Doc doc = new Doc();
    for (Token t : toks) {
      if (t.initial && t.cap && t.word) {
        doc.counts.putIfAbsent(t.lower, new int[2]);
      }
    }
    for (Token t : toks) {
      if (!t.word || t.text.length() > MAX_TOKEN_CHARS) {
        continue;
      }
      int[] c = doc.counts.get(t.lower);
      if (c == null) {
        continue;
      }
      if (!t.cap && Character.isLetter(t.text.charAt(0))) {
        c[0]++;
      } else if (t.cap && !t.initial) {
        c[1]++;
      }
    }
    List<Span> spans = new ArrayList<>();
    int i = 0;
    int n = toks.size();
    while (i < n && spans.size() < MAX_MENTIONS) {
      boolean ordinal =
          isOrdinal(toks.get(i))
              && i + 1 < n
              && !toks.get(i + 1).initial
              && isCandidate(toks, i + 1, doc);
      if (!ordinal && !isCandidate(toks, i, doc) && !isNameArticle(toks, i, doc)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && j - i < MAX_NAME_TOKENS) {
        Token u = toks.get(j);
        if (u.initial) {
          break;
        }
        if (isCandidate(toks, j, doc)) {
          j++;
          continue;
        }
        if (isConnector(toks, i, j)) {
          j++;
          continue;
        }
        break;
      }
      // drop trailing connectors
      while (j > i + 1 && !toks.get(j - 1).cap && !toks.get(j - 1).allCaps) {
        j--;
      }
      if (ordinal && !is(toks.get(j - 1), WordFlags.ORG_HEADS)) {
        i++; // a number before a name that is not a unit: "30 Seconds", "5 Days"
        continue;
      }
      boolean cue = i > 0 && isPersonCue(toks.get(i - 1));
      splitAndAdd(toks, text, i, j, cue, spans);
      i = Math.max(j, i + 1);
    }
    for (Span s : spans) {
      type(s, toks);
    }
    harmonise(spans, toks);
    List<Mention> out = new ArrayList<>(spans.size());
    List<int[]> charSpans = new ArrayList<>(spans.size());
    for (Span s : spans) {
      if (s.kind != null) {
        charSpans.add(new int[] {toks.get(s.from).start, toks.get(s.to - 1).end, out.size()});
        out.add(new Mention(0, 0, s.text, s.kind));
      }
    }
    return toCodePoints(text, out, charSpans);
  }

  /** Converts char offsets to code point offsets in one forward pass. */
  private static List<Mention> toCodePoints(String text, List<Mention> ms, List<int[]> spans) {
    spans.sort(Comparator.comparingInt(a -> a[0]));
    List<Mention> out = new ArrayList<>(ms.size());
    int charPos = 0;
    int cpPos = 0;
    for (int[] s : spans) {
      cpPos += text.codePointCount(charPos, s[0]);
      charPos = s[0];
      int startCp = cpPos;
      int endCp = startCp + text.codePointCount(s[0], s[1]);
      Mention m = ms.get(s[2]);
      out.add(new Mention(startCp, endCp, m.text(), m.kind()));
    }
    return out;
  }

  /**
   * A capitalised "The" inside a sentence belongs to the name after it: "bands such as The Used",
   * "reviewed in The Times Literary Supplement".
   */
  private boolean isNameArticle(List<Token> toks, int i, Doc doc) {
    Token t = toks.get(i);
    if (t.initial || !t.text.equals("The") || i + 1 >= toks.size()) {
      return false;
    }
    Token prev = toks.get(i - 1);
    if (!(prev.isPunct(',') || (prev.word && !prev.cap))) {
      return false; // a title-cased headline or a dateline ("KABUL (Reuters) - The Taliban")
    }
    Token next = toks.get(i + 1);
    return !next.initial && !next.allCaps && isCandidate(toks, i + 1, doc);
  }

  private boolean isPersonCue(Token t) {
    return is(t, WordFlags.PERSON_TITLES);
  }

  private boolean isConnector(List<Token> toks, int runStart, int j) {
    Token u = toks.get(j);
    if (j + 1 >= toks.size()) {
      return false;
    }
    Token next = toks.get(j + 1);
    Token prev = toks.get(j - 1);
    String l = u.lower;
    if (l.equals("of")) {
      return next.cap && !next.initial && is(prev, WordFlags.OF_HEADS);
    }
    if (l.equals("the") || l.equals("for")) {
      return next.cap && (prev.lower.equals("of") || is(prev, WordFlags.ORG_HEADS));
    }
    if (is(u, WordFlags.PARTICLES) && !l.startsWith("jr") && !l.startsWith("sr")) {
      return next.cap && !u.cap && l.length() <= 4;
    }
    if (u.isPunct('&')) {
      // "Suite & Snatch", "AT & T"; not two people ("Karl Langdon & Harvey Deegan")
      return next.cap
          && !next.initial
          && j > runStart
          && !is(next, WordFlags.GIVEN_NAMES)
          && !is(toks.get(runStart), WordFlags.GIVEN_NAMES);
    }
    if ((l.equals("and") || u.isPunct('&')) && next.cap && !next.initial && j - runStart <= 2) {
      // a place whose name has "and" in it: "Bosnia and Herzegovina", "Trinidad and Tobago"
      String head = Lexicon.stripAccents(text(toks, runStart, j).toLowerCase(Locale.ROOT));
      String tail = Lexicon.stripAccents(next.lower);
      if (places.contains(head + " and " + tail)
          || (j + 2 < toks.size()
              && places.contains(
                  head + " and " + tail + " " + Lexicon.stripAccents(toks.get(j + 2).lower)))) {
        return true;
      }
    }
    if (l.equals("and")
        && next.cap
        && !next.initial
        && !is(next, WordFlags.FUNCTION)
        && !places.contains(Lexicon.stripAccents(next.lower))
        && (j + 2 >= toks.size() || !toks.get(j + 2).cap)) {
      // "Institute of Arts and Sciences", "Center for Science and Culture"; one word after "and",
      // so not "Institute of Technology and Colorado State University"
      for (int x = runStart + 1; x < j - 1; x++) {
        String c = toks.get(x).lower;
        if ((c.equals("of") || c.equals("for")) && is(toks.get(x - 1), WordFlags.ORG_HEADS)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "65th", "3rd", "102d", "9": a number that may lead a unit's name ("65th Air Division"). */
  private static boolean isOrdinal(Token t) {
    String l = t.lower;
    int d = 0;
    while (d < l.length() && Character.isDigit(l.charAt(d))) {
      d++;
    }
    if (d == 0 || d > 3) {
      return false;
    }
    String suffix = l.substring(d);
    return suffix.isEmpty()
        || suffix.equals("st")
        || suffix.equals("nd")
        || suffix.equals("rd")
        || suffix.equals("th")
        || suffix.equals("d");
  }

  private boolean isCandidate(List<Token> toks, int i, Doc doc) {
    Token t = toks.get(i);
    if (!t.word || !(t.cap || t.allCaps) || t.text.length() > MAX_TOKEN_CHARS) {
      return false;
    }
    if (!Character.isLetter(t.text.charAt(0))) {
      return false;
    }
    String l = t.lower;
    if (t.text.length() == 2
        && t.text.charAt(1) == '.'
        && Character.isUpperCase(t.text.charAt(0))) {
      // an initial ("John A. Corder", "J. Smith"), even "A." or "I."
      return i + 1 < toks.size() && toks.get(i + 1).cap && !toks.get(i + 1).initial;
    }
    if (is(t, WordFlags.NON_ENTITY) && !(l.equals("may") && !t.initial)) {
      return false;
    }
    int hy = l.indexOf('-');
    if (hy > 0) {
      String head = l.substring(0, hy);
      if (head.equals("anti")
          || head.equals("pro")
          || head.equals("ex")
          || head.equals("non")
          || head.equals("post")
          || head.equals("pre")
          || head.equals("mid")
          || head.equals("neo")) {
        return false;
      }
      int last = t.text.lastIndexOf('-');
      if (Character.isLowerCase(t.text.charAt(last + 1))
          && !l.contains("-e-")
          && !l.contains("-i-")
          && !l.contains("-al-")
          && !l.contains("-ul-")
          && !l.contains("-ud-")) {
        return false;
      }
    }
    if (t.allCaps && is(t, WordFlags.COUNTRY_ACRONYMS)) {
      return true;
    }
    if (is(t, WordFlags.FUNCTION) || lex.function.contains(stripDot(l))) {
      return t.allCaps && l.length() > 1 && !t.initial && !is(t, WordFlags.FUNCTION);
    }
    if (!t.initial) {
      return true;
    }
    return initialIsName(toks, i, doc);
  }

  private static String stripDot(String l) {
    return l.endsWith(".") ? l.substring(0, l.length() - 1) : l;
  }

  /** Decides whether a capitalised sentence-initial word is a name. */
  private boolean initialIsName(List<Token> toks, int i, Doc doc) {
    Token t = toks.get(i);
    String l = t.lower;
    if (is(t, WordFlags.PERSON_TITLES)) {
      return true; // handled as a cue by splitAndAdd
    }
    int[] c = doc.counts.get(l);
    int lowerSeen = c == null ? 0 : c[0];
    int capSeen = c == null ? 0 : c[1];
    if (capSeen > 0 && capSeen >= lowerSeen) {
      return true;
    }
    if (lowerSeen > 0) {
      return false;
    }
    if (t.allCaps
        || is(t, WordFlags.PLACE)
        || is(t, WordFlags.GIVEN_NAMES)
        || is(t, WordFlags.DEMONYMS)
        || is(t, WordFlags.COUNTRY_ACRONYMS)) {
      return true;
    }
    // a following capitalised word makes a multi-word name likely ("Panjshir Valley is ...")
    if (i + 1 < toks.size()) {
      Token nx = toks.get(i + 1);
      if (nx.cap && !nx.initial && !is(nx, WordFlags.FUNCTION) && nx.word) {
        int[] nc = doc.counts.get(nx.lower);
        if (nc == null || nc[0] == 0) {
          return posProper(toks, i, doc);
        }
      }
    }
    return posProper(toks, i, doc);
  }

  private boolean posProper(List<Token> toks, int i, Doc doc) {
    if (doc.posCalls >= MAX_POS_CALLS_PER_TEXT) {
      return false;
    }
    doc.posCalls++;
    int to = Math.min(toks.size(), i + POS_WINDOW);
    String[] w = new String[to - i];
    for (int k = i; k < to; k++) {
      w[k - i] = toks.get(k).text;
    }
    return tagger.firstTag(w).equals("PROPN");
  }

  /** Splits a run at person titles ("Afghan President Ashraf Ghani") and adds the pieces. */
  private void splitAndAdd(
      List<Token> toks, String text, int from, int to, boolean cue, List<Span> spans) {
    // leading title words
    int k = from;
    boolean sawTitle = false;
    int lastTitle = -1;
    Token lastToken = toks.get(to - 1);
    boolean namedThing =
        is(lastToken, WordFlags.ORG_HEADS)
            || is(lastToken, WordFlags.LOC_HEADS)
            || is(lastToken, WordFlags.MISC_HEADS)
            || (to - from > 2 && containsOrgHead(toks, from + 1, to));
    for (int x = from; x < to - 1 && !namedThing; x++) {
      if (is(toks.get(x), WordFlags.PERSON_TITLES)) {
        lastTitle = x; // not in "Major League Baseball", "General Motors"
      }
    }
    if (lastTitle >= 0) {
      int start = lastTitle;
      while (start > from
          && (is(toks.get(start - 1), WordFlags.TITLE_MODIFIERS)
              || is(toks.get(start - 1), WordFlags.PERSON_TITLES))) {
        start--;
      }
      int nameFrom = lastTitle + 1;
      while (nameFrom < to - 1
          && (is(toks.get(nameFrom), WordFlags.TITLE_MODIFIERS)
              || toks.get(nameFrom).lower.equals("of"))) {
        nameFrom++;
      }
      if (start > from) {
        addPiece(toks, text, from, start, cue, spans);
      }
      k = nameFrom;
      sawTitle = true;
    } else if (to - from >= 1 && allTitle(toks, from, to)) {
      return;
    } else if (to - from >= 2
        && isOfficeTitle(toks.get(to - 1).lower)
        && !is(toks.get(from), WordFlags.GIVEN_NAMES)) {
      to--; // "U.S. Senator", "Labour MP": the title is not part of the name before it
    }
    if (k < to) {
      addPiece(toks, text, k, to, cue || sawTitle, spans);
    }
  }

  private static boolean isOfficeTitle(String l) {
    switch (l) {
      case "senator":
      case "representative":
      case "congressman":
      case "congresswoman":
      case "mp":
      case "mpp":
      case "mla":
      case "mep":
      case "minister":
      case "governor":
      case "mayor":
      case "spokesman":
      case "spokeswoman":
      case "ambassador":
        return true;
      default:
        return false;
    }
  }

  private boolean allTitle(List<Token> toks, int from, int to) {
    for (int x = from; x < to; x++) {
      Token t = toks.get(x);
      if (!is(t, WordFlags.PERSON_TITLES) && !is(t, WordFlags.TITLE_MODIFIERS)) {
        return false;
      }
    }
    return true;
  }

  private void addPiece(
      List<Token> toks, String text, int from, int to, boolean cue, List<Span> spans) {
    // strip leading and trailing connectors / function words
    while (from < to
        && !toks.get(from).cap
        && !toks.get(from).allCaps
        && !(isOrdinal(toks.get(from)) && from + 1 < to)) {
      from++;
    }
    while (to > from && !toks.get(to - 1).cap && !toks.get(to - 1).allCaps) {
      to--;
    }
    if (from >= to) {
      return;
    }
    // split a leading demonym off a non-organisation name ("Japanese Punk band")
    if (to - from > 1
        && is(toks.get(from), WordFlags.DEMONYMS)
        && !isCompass(toks.get(from).lower)) {
      String whole = text.substring(toks.get(from).start, toks.get(to - 1).end);
      String rest =
          Lexicon.stripAccents(
              text.substring(toks.get(from + 1).start, toks.get(to - 1).end)
                  .toLowerCase(Locale.ROOT));
      if (!containsOrgHead(toks, from + 1, to)
          && !places.contains(rest)
          && !places.contains(whole.toLowerCase(Locale.ROOT))
          && !is(toks.get(to - 1), WordFlags.LOC_HEADS)) {
        spans.add(new Span(toks, text, from, from + 1, false));
        from++;
      }
    }
    if (to - from == 1 && is(toks.get(from), WordFlags.PERSON_TITLES)) {
      return;
    }
    // "Afghanistan Dmitry Zhirnov": a place, demonym or organisation directly before a given name
    for (int x = from + 1; x < to - 1; x++) {
      if (is(toks.get(x), WordFlags.GIVEN_NAMES) && toks.get(x + 1).cap) {
        String head = text.substring(toks.get(from).start, toks.get(x - 1).end);
        String hl = Lexicon.stripAccents(head.toLowerCase(Locale.ROOT));
        if (places.contains(hl)
            || lex.demonyms.contains(hl)
            || lex.countryAcronyms.contains(hl)
            || is(toks.get(x - 1), WordFlags.ORG_HEADS)) {
          spans.add(new Span(toks, text, from, x, false));
          spans.add(new Span(toks, text, x, to, true));
          return;
        }
      }
    }
    spans.add(new Span(toks, text, from, to, cue));
  }

  private boolean isRomanNumeralAfterMisc(List<Token> toks, Span s) {
    if (s.to - s.from < 3) {
      return false;
    }
    String l = toks.get(s.to - 1).lower;
    return (l.equals("i") || l.equals("ii") || l.equals("iii") || l.equals("iv"))
        && is(toks.get(s.to - 2), WordFlags.MISC_HEADS);
  }

  private static String text(List<Token> toks, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int x = from; x < to; x++) {
      if (x > from) {
        b.append(' ');
      }
      b.append(toks.get(x).text);
    }
    return b.toString();
  }

  private static boolean isDirection(String l) {
    switch (l) {
      case "north":
      case "south":
      case "east":
      case "west":
      case "northeast":
      case "northwest":
      case "southeast":
      case "southwest":
      case "outskirts":
        return true;
      default:
        return false;
    }
  }

  private static boolean isCompass(String l) {
    return l.equals("north")
        || l.equals("south")
        || l.equals("northern")
        || l.equals("southern")
        || l.equals("eastern")
        || l.equals("western");
  }

  private boolean containsOrgHead(List<Token> toks, int from, int to) {
    for (int x = from; x < to; x++) {
      if (is(toks.get(x), WordFlags.ORG_HEADS)) {
        return true;
      }
    }
    return false;
  }

  private void type(Span s, List<Token> toks) {
    Token first = toks.get(s.from);
    Token last = toks.get(s.to - 1);
    int len = s.to - s.from;
    String key = Lexicon.stripAccents(s.key);
    Token next = s.to < toks.size() ? toks.get(s.to) : null;
    Token prev = s.from > 0 ? toks.get(s.from - 1) : null;
    s.strong = true;
    if (s.personCue
        && !is(last, WordFlags.ORG_HEADS)
        && !places.contains(key)
        && !(len == 1 && first.allCaps)) {
      s.kind = EntityKind.PERSON;
      return;
    }
    if (places.contains(key) || (key.startsWith("the ") && places.contains(key.substring(4)))) {
      s.kind = EntityKind.LOCATION;
      return;
    }
    if (len > 1 && is(first, WordFlags.PLACE_MODIFIERS)) {
      String rest = Lexicon.stripAccents(text(toks, s.from + 1, s.to).toLowerCase(Locale.ROOT));
      if (places.contains(rest)
          || (len == 2 && isCompass(first.lower) && !is(last, WordFlags.ORG_HEADS))) {
        s.kind = EntityKind.LOCATION; // "East Germany", "Greater Poland", "North Shore"
        return;
      }
    }
    if (len > 1 && is(first, WordFlags.DEMONYMS) && !is(last, WordFlags.DEMONYMS)) {
      String rest = Lexicon.stripAccents(text(toks, s.from + 1, s.to).toLowerCase(Locale.ROOT));
      if (places.contains(rest)) {
        s.kind = EntityKind.LOCATION; // "French Sudan", "Iraqi Kurdistan"
        return;
      }
    }
    if (len > 1 && (is(last, WordFlags.DEMONYMS) || isRomanNumeralAfterMisc(toks, s))) {
      s.kind = EntityKind.MISC; // "South African", "World War II"
      return;
    }
    if (len > 1 && is(last, WordFlags.MISC_HEADS) && !is(first, WordFlags.GIVEN_NAMES)) {
      s.kind = EntityKind.MISC; // "Stanley Cup", "Reading Festival"
      return;
    }
    int of = -1;
    for (int x = s.from + 1; x < s.to - 1; x++) {
      if (toks.get(x).lower.equals("of")) {
        of = x;
        break;
      }
    }
    if (of > 0) {
      String head = toks.get(of - 1).lower;
      if (lex.orgHeads.contains(head)) {
        s.kind = EntityKind.ORGANIZATION;
        return;
      }
      if (lex.locHeads.contains(head)
          || head.equals("republic")
          || head.equals("kingdom")
          || head.equals("isle")
          || head.equals("emirate")) {
        s.kind = EntityKind.LOCATION;
        return;
      }
      if (head.equals("battle") || head.equals("order")) {
        s.kind = EntityKind.MISC;
        return;
      }
    }
    if (len > 1 && is(last, WordFlags.ORG_HEADS)) {
      s.kind = EntityKind.ORGANIZATION;
      return;
    }
    if (len == 1 && is(last, WordFlags.ORG_HEADS) && last.lower.equals("taliban")) {
      s.kind = EntityKind.ORGANIZATION;
      return;
    }
    if (len > 1 && (is(last, WordFlags.LOC_HEADS) || is(first, WordFlags.LOC_HEADS))) {
      s.kind = EntityKind.LOCATION;
      return;
    }
    if (next != null && !next.cap && is(next, WordFlags.LOC_FOLLOWING)) {
      s.kind = EntityKind.LOCATION;
      return;
    }
    if (len == 1 && first.allCaps && first.text.length() <= 7) {
      s.kind =
          is(first, WordFlags.COUNTRY_ACRONYMS) ? EntityKind.LOCATION : EntityKind.ORGANIZATION;
      return;
    }
    if (len == 1 && lex.demonyms.contains(key)) {
      s.kind = EntityKind.MISC;
      return;
    }
    EntityKind said = classCue(toks, s.from, s.to);
    if (said != null) {
      s.kind = said;
      return;
    }
    String lastLower = last.lower;
    if (len > 1
        && (is(first, WordFlags.GIVEN_NAMES)
            || lastLower.equals("jr.")
            || lastLower.equals("jr")
            || lastLower.equals("sr.")
            || (first.text.length() == 2 && first.text.endsWith(".")))) {
      s.kind = EntityKind.PERSON;
      return;
    }
    if (len <= 2 && next != null && next.isPunct(',') && startsPlace(toks, s.to + 1)) {
      s.kind = EntityKind.LOCATION; // "Kingston , Ontario", "Paxton , Illinois"
      return;
    }
    if (len == 1 && is(first, WordFlags.GIVEN_NAMES)) {
      s.kind = EntityKind.PERSON;
      s.strong = false;
      if (prev != null && isPlacePreposition(prev.lower)) {
        s.kind = EntityKind.LOCATION; // "in Harrison"; a full name "X Harrison" overrides
        s.prepositionGuess = true;
      }
      return;
    }
    s.strong = false;
    if (next != null && !next.cap && (isSpeechVerb(next.lower)) && len >= 2) {
      s.kind = EntityKind.PERSON;
      return;
    }
    if (next != null && !next.cap && isHumanVerb(next.lower) && !places.contains(key)) {
      s.kind = EntityKind.PERSON; // "Budjana decided", "Cowley retired"
      return;
    }
    if (next != null
        && (next.isPunct('(') || next.isPunct(','))
        && s.to + 1 < toks.size()
        && toks.get(s.to + 1).lower.equals("born")) {
      s.kind = EntityKind.PERSON; // "Adilson Tavares Varela ( born 22 October 1988 )"
      return;
    }
    if (next != null && next.isPunct(',') && s.to + 1 < toks.size()) {
      Token after = toks.get(s.to + 1);
      boolean ofSomething = prev != null && prev.lower.equals("of"); // "members of X, who"
      if (!ofSomething && (is(after, WordFlags.PERSON_TITLES) || after.lower.equals("who"))) {
        s.kind = EntityKind.PERSON;
        return;
      }
    }
    if (next != null && !next.cap && next.word && !lex.demonyms.contains(key)) {
      Token after = s.to + 1 < toks.size() ? toks.get(s.to + 1) : null;
      if (is(next, WordFlags.ORG_FOLLOWING)
          || (after != null
              && !after.cap
              && is(after, WordFlags.ORG_FOLLOWING)
              && !is(next, WordFlags.FUNCTION))) {
        s.kind = EntityKind.ORGANIZATION; // "the Confederate army", "the McGill hockey team"
        return;
      }
    }
    if (first.text.equals("The") && len == 2) {
      s.kind = EntityKind.ORGANIZATION; // "The Used", "The Economist"
      return;
    }
    if (len == 1 && isAbstractNoun(first.lower)) {
      return; // "in Marketing", "of Catholicism": a capitalised common noun, not a name
    }
    if (prev != null && is(prev, WordFlags.LOC_PREPOSITIONS) && len <= 2 && !key.equals("may")) {
      s.kind = EntityKind.LOCATION;
      s.prepositionGuess = true;
      return;
    }
    if (prev != null
        && prev.lower.equals("the")
        && s.from > 1
        && is(toks.get(s.from - 2), WordFlags.LOC_PREPOSITIONS)
        && len <= 3) {
      s.kind = EntityKind.ORGANIZATION;
      return;
    }
    if (len >= 2
        && isPluralName(last)
        && !is(first, WordFlags.GIVEN_NAMES)
        && (len >= 3
            || (prev != null && prev.lower.equals("the"))
            || places.contains(Lexicon.stripAccents(first.lower)))) {
      // teams, bands and companies: "Boston Bruins", "Blue Jays", "Carnival Cruise Lines"
      s.kind = EntityKind.ORGANIZATION;
      return;
    }
    if (len >= 2 && placePrefix(toks, s.from, s.to)) {
      // a place followed by a name that is not a place head: "Houston Chronicle"
      s.kind = EntityKind.ORGANIZATION;
      return;
    }
    if (len >= 3 && containsOrgHead(toks, s.from + 1, s.to - 1)) {
      s.kind = EntityKind.ORGANIZATION; // "Major League Baseball"
      return;
    }
    if (len >= 2 && len <= 3 && allNameLike(toks, s.from, s.to)) {
      // a given name inside ("Atta Mohammad Noor") makes a person; with no first name and no cue
      // two or three capitalised words are of unknown type
      s.kind = EntityKind.MISC;
      for (int x = s.from + 1; x < s.to - 1; x++) {
        if (is(toks.get(x), WordFlags.GIVEN_NAMES)) {
          s.kind = EntityKind.PERSON;
        }
      }
      return;
    }
    s.kind = len >= 2 ? EntityKind.ORGANIZATION : null;
  }

  /** A capitalised plural-looking word: "Bruins", "Lines" (not "Davis", "Ross", "Marcus"). */
  private static boolean isPluralName(Token t) {
    String l = t.lower;
    int n = l.length();
    return t.cap
        && !t.allCaps
        && n >= 4
        && l.charAt(n - 1) == 's'
        && "suiy'".indexOf(l.charAt(n - 2)) < 0
        && Character.isLetter(l.charAt(n - 2));
  }

  /** True when the span's first one or two tokens are a known place and more name follows. */
  private boolean placePrefix(List<Token> toks, int from, int to) {
    Token last = toks.get(to - 1);
    if (is(last, WordFlags.LOC_HEADS) || !last.cap || last.allCaps) {
      return false;
    }
    for (int k = from + 1; k <= Math.min(to - 1, from + 2); k++) {
      String head = toks.get(from).lower;
      if (k == from + 2) {
        head = head + " " + toks.get(from + 1).lower;
      }
      if (places.contains(Lexicon.stripAccents(head))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What the text says the name is: "X is a village in ...", "X, an American singer", "the town of
   * X", "the band X". Returns null when no such phrase is next to the span.
   */
  private EntityKind classCue(List<Token> toks, int from, int to) {
    int n = toks.size();
    // before: "the town of X", "the band X"
    if (from >= 2 && toks.get(from - 1).lower.equals("of")) {
      Token noun = toks.get(from - 2);
      if (!noun.cap && (is(noun, WordFlags.PLACE_NOUNS) || isDirection(noun.lower))) {
        return EntityKind.LOCATION; // "the town of X", "north of X"
      }
    } else if (from >= 1) {
      Token noun = toks.get(from - 1);
      if (!noun.cap && is(noun, WordFlags.ORG_NOUNS) && !noun.lower.equals("group")) {
        return EntityKind.ORGANIZATION;
      }
    }
    // after: "X is a small village", "X , a French actor"
    int k = to;
    if (k < n && toks.get(k).isPunct(',')) {
      k++;
    } else if (k < n && isCopula(toks.get(k).lower)) {
      k++;
    } else {
      return null;
    }
    if (k >= n || !isArticle(toks.get(k).lower)) {
      return null;
    }
    k++;
    for (int end = Math.min(n, k + 5); k < end; k++) {
      Token t = toks.get(k);
      if (!t.word) {
        return null;
      }
      String l = t.lower;
      if (!t.cap) {
        if (is(t, WordFlags.PLACE_NOUNS)) {
          return EntityKind.LOCATION;
        }
        if (is(t, WordFlags.ORG_NOUNS)) {
          return EntityKind.ORGANIZATION;
        }
        if (is(t, WordFlags.PERSON_TITLES) && !is(t, WordFlags.TITLE_MODIFIERS)) {
          return EntityKind.PERSON;
        }
        if (is(t, WordFlags.FUNCTION) && !l.equals("former")) {
          return null;
        }
      }
    }
    return null;
  }

  private static boolean isCopula(String l) {
    return l.equals("is") || l.equals("was") || l.equals("are") || l.equals("were");
  }

  private static boolean isArticle(String l) {
    return l.equals("a") || l.equals("an") || l.equals("the");
  }

  /** A known place starts at token i ("Ontario", "New Jersey") and is not followed by more name. */
  private boolean startsPlace(List<Token> toks, int i) {
    int n = toks.size();
    if (i >= n || !toks.get(i).cap || toks.get(i).initial) {
      return false;
    }
    String one = Lexicon.stripAccents(toks.get(i).lower);
    if (places.contains(one) && (i + 1 >= n || !toks.get(i + 1).cap)) {
      return true;
    }
    if (i + 1 < n && toks.get(i + 1).cap && (i + 2 >= n || !toks.get(i + 2).cap)) {
      return places.contains(one + " " + Lexicon.stripAccents(toks.get(i + 1).lower));
    }
    return false;
  }

  /** Prepositions that put a following name in a place (not "to" or "from", said of people). */
  private static boolean isPlacePreposition(String l) {
    return l.equals("in")
        || l.equals("at")
        || l.equals("near")
        || l.equals("into")
        || l.equals("outside")
        || l.equals("inside");
  }

  /** Suffixes of abstract and mass nouns: "Management", "Judaism", "Physics". */
  private static boolean isAbstractNoun(String l) {
    return l.length() > 6
        && (l.endsWith("ment")
            || l.endsWith("tion")
            || l.endsWith("ism")
            || l.endsWith("ness")
            || l.endsWith("ics"));
  }

  /** Verbs whose subject is nearly always a person. */
  private static boolean isHumanVerb(String l) {
    switch (l) {
      case "died":
      case "married":
      case "decided":
      case "recalled":
      case "recalls":
      case "believed":
      case "retired":
      case "graduated":
      case "studied":
      case "smiled":
      case "laughed":
      case "wanted":
      case "hoped":
      case "learned":
      case "learnt":
      case "admitted":
      case "resigned":
      case "testified":
      case "starred":
      case "sang":
      case "wrote":
      case "tweeted":
        return true;
      default:
        return false;
    }
  }

  private static boolean isSpeechVerb(String l) {
    return l.equals("said")
        || l.equals("says")
        || l.equals("told")
        || l.equals("added")
        || l.equals("stated")
        || l.equals("wrote")
        || l.equals("tweeted")
        || l.equals("explained");
  }

  private boolean allNameLike(List<Token> toks, int from, int to) {
    for (int x = from; x < to; x++) {
      Token t = toks.get(x);
      if (!t.cap || t.allCaps || !Character.isLetter(t.text.charAt(0))) {
        return false;
      }
      for (int k = 0; k < t.text.length(); k++) {
        if (Character.isDigit(t.text.charAt(k))) {
          return false;
        }
      }
      if (is(t, WordFlags.DEMONYMS) || is(t, WordFlags.PLACE)) {
        return false;
      }
    }
    return true;
  }

  /** Within-article consistency: a name typed once with confidence keeps its type. */
  private void harmonise(List<Span> spans, List<Token> toks) {
    Map<String, EntityKind> strong = new HashMap<>();
    Map<String, EntityKind> tokenKind = new HashMap<>();
    java.util.Set<String> locFirstWords = new java.util.HashSet<>();
    for (Span s : spans) {
      if (s.kind != null && s.strong && s.kind != EntityKind.MISC) {
        strong.putIfAbsent(s.key, s.kind);
        if (s.kind == EntityKind.LOCATION && s.to - s.from > 1) {
          locFirstWords.add(toks.get(s.from).lower);
        }
        if (s.kind == EntityKind.PERSON && s.to - s.from > 1) {
          for (int x = s.from; x < s.to; x++) {
            String l = toks.get(x).lower;
            if (!lex.particles.contains(l) && l.length() > 2) {
              tokenKind.put(l, EntityKind.PERSON);
            }
          }
        }
        if (s.kind == EntityKind.ORGANIZATION && s.to - s.from > 1) {
          String acr = acronym(toks, s.from, s.to);
          if (acr.length() >= 2) {
            tokenKind.putIfAbsent(acr, EntityKind.ORGANIZATION);
          }
        }
      }
    }
    for (Span s : spans) {
      if (s.strong && s.kind != null) {
        continue;
      }
      EntityKind k = strong.get(s.key);
      if (k == null && s.to - s.from == 1) {
        k = tokenKind.get(s.key);
      }
      if (k == null && s.to - s.from == 1) {
        // a weak single word that also occurs (strongly typed) as a full name
        if (locFirstWords.contains(s.key)) {
          k = EntityKind.LOCATION;
        }
      }
      if (k != null) {
        s.kind = k;
      }
    }
    coordinate(spans, toks);
    // later partial mentions: "Zempilas" after "Basil Zempilas", "Falcons" after "Bowling Green
    // Falcons"
    Map<String, EntityKind> partKind = new HashMap<>();
    for (Span s : spans) {
      int len = s.to - s.from;
      if (len > 1 && s.kind == EntityKind.PERSON) {
        Token last = toks.get(s.to - 1);
        if (last.cap && !last.allCaps && last.lower.length() > 2) {
          partKind.putIfAbsent(last.lower, EntityKind.PERSON);
        }
      } else if (len > 1 && s.kind == EntityKind.ORGANIZATION) {
        Token last = toks.get(s.to - 1);
        if (isPluralName(last) && !is(last, WordFlags.ORG_HEADS)) {
          partKind.putIfAbsent(last.lower, EntityKind.ORGANIZATION);
        }
      }
    }
    Map<String, EntityKind> keyKind = new HashMap<>();
    for (Span s : spans) {
      if (!untyped(s) && s.kind != EntityKind.MISC && !s.prepositionGuess) {
        keyKind.merge(s.key, s.kind, (a, b) -> a == b ? a : EntityKind.MISC);
      }
    }
    for (Span s : spans) {
      if (untyped(s) || s.prepositionGuess) {
        EntityKind k = keyKind.get(s.key);
        if (k != null && k != EntityKind.MISC) {
          s.kind = k;
        }
      }
      if ((untyped(s) || s.prepositionGuess) && s.to - s.from == 1) {
        EntityKind k = partKind.get(s.key);
        if (k != null) {
          s.kind = k;
        }
      }
      if (s.kind == null) {
        s.kind = fallbackSingle(s, toks);
      }
    }
  }

  private static boolean untyped(Span s) {
    return s.kind == null || (s.kind == EntityKind.MISC && !s.strong);
  }

  /**
   * Names in one list share a type: "Basil Zempilas , Karl Langdon and Glen Jakovich", "Grantham ,
   * Lincolnshire". An untyped name next to a typed one, separated only by a comma, "and", "or" or
   * "&amp;", takes its type; a chain of such names is followed both ways.
   */
  private void coordinate(List<Span> spans, List<Token> toks) {
    for (int pass = 0; pass < 2; pass++) {
      boolean forward = pass == 0;
      for (int a = 0; a + 1 < spans.size(); a++) {
        int x = forward ? a : spans.size() - 2 - a;
        Span left = spans.get(x);
        Span right = spans.get(x + 1);
        Span from = forward ? left : right;
        Span to = forward ? right : left;
        if (!untyped(to) || from.kind == null || from.kind == EntityKind.MISC) {
          continue;
        }
        if (listSeparated(toks, left.to, right.from)) {
          to.kind = from.kind;
        }
      }
    }
  }

  private static boolean listSeparated(List<Token> toks, int from, int to) {
    int gap = to - from;
    if (gap < 1 || gap > 2 || toks.get(to).initial) {
      return false;
    }
    for (int x = from; x < to; x++) {
      Token t = toks.get(x);
      boolean sep =
          t.isPunct(',') || t.lower.equals("and") || t.lower.equals("or") || t.isPunct('&');
      if (!sep || (gap == 2 && x == from && !t.isPunct(','))) {
        return false;
      }
    }
    return true;
  }

  private EntityKind fallbackSingle(Span s, List<Token> toks) {
    return EntityKind.MISC;
  }

  private static String acronym(List<Token> toks, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int x = from; x < to; x++) {
      Token t = toks.get(x);
      if (t.cap) {
        b.append(Character.toLowerCase(t.text.charAt(0)));
      }
    }
    return b.toString();
  }
}
