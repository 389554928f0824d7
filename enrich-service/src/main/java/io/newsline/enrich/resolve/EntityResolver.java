package io.newsline.enrich.resolve;

import io.newsline.enrich.extract.EntityKind;
import io.newsline.enrich.extract.Mention;
import io.newsline.enrich.util.BoundedCache;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups one article's mentions into entities and links each to the registry.
 *
 * <p>Within the article: person mentions with a given name are grouped when {@link
 * Names#samePerson} holds (surname phonetically equal, same number of given names, pairwise equal);
 * a surname-only mention ("Massoud", "Mr Massoud", "Masood Jr.") joins the full name it matches,
 * the most mentioned one when several do. Organisation acronyms join the name they abbreviate;
 * locations are grouped by their core name ("Panjshir Valley" = "Panjshir").
 *
 * <p>Across articles: each group looks up candidates under its {@link #blockingKeys} and takes the
 * best compatible one (exact alias &gt; full-name match &gt; surname-only match, then more aliases,
 * then the smaller id), or mints a new entity whose id is a hash of kind and canonical name.
 */
public final class EntityResolver {
  /** Upper bound on entities returned for one article (most salient kept). */
  public static final int MAX_ENTITIES = 300;

  private final EntityRegistry registry;

  public EntityResolver(EntityRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  private static final class Group {
    final EntityKind kind;
    final List<Mention> mentions = new ArrayList<>();
    final Set<String> forms = new LinkedHashSet<>();
    String canonical;
    Names.PersonName person;
    final int firstPos;

    Group(EntityKind kind, Mention first) {
      this.kind = kind;
      this.firstPos = first.start();
      add(first);
    }

    void add(Mention m) {
      mentions.add(m);
      String form = cleanForm(m.text());
      forms.add(form);
      if (canonical == null || fuller(form, canonical, kind)) {
        canonical = form;
      }
    }
  }

  /** Groups, resolves and registers the article's entities, most salient first. */
  public List<ResolvedEntity> resolve(List<Mention> mentions) {
    if (mentions == null || mentions.isEmpty()) {
      return List.of();
    }
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    List<Group> groups = group(sorted);
    groups.sort(
        Comparator.comparingInt((Group g) -> -g.mentions.size()).thenComparingInt(g -> g.firstPos));
    if (groups.size() > MAX_ENTITIES) {
      groups = new ArrayList<>(groups.subList(0, MAX_ENTITIES));
    }
    List<ResolvedEntity> out = new ArrayList<>(groups.size());
    Set<String> taken = new HashSet<>();
    for (Group g : groups) {
      KnownEntity e = link(g, taken);
      taken.add(e.entityId());
      out.add(new ResolvedEntity(e, g.mentions));
    }
    return out;
  }

  private List<Group> group(List<Mention> mentions) {
    List<Group> groups = new ArrayList<>();
    // persons: full names first, then surname-only mentions
    Map<String, List<Group>> personBySurnameKey = new HashMap<>();
    List<Mention> surnameOnly = new ArrayList<>();
    Map<String, Group> byKey = new HashMap<>();
    List<Group> orgs = new ArrayList<>();
    List<Mention> acronyms = new ArrayList<>();
    for (Mention m : mentions) {
      String text = cleanForm(m.text());
      if (text.isEmpty()) {
        continue;
      }
      if ((m.kind() == EntityKind.ORGANIZATION || m.kind() == EntityKind.LOCATION)
          && Names.isAcronym(text)) {
        acronyms.add(m);
        continue;
      }
      switch (m.kind()) {
        case PERSON:
          {
            Names.PersonName p = Names.person(text);
            if (p.surname().isEmpty()) {
              continue;
            }
            if (!p.fullName()) {
              surnameOnly.add(m);
              continue;
            }
            Group hit = null;
            for (String k : p.surnameWord().surnameKeys()) {
              for (Group g : personBySurnameKey.getOrDefault(k, List.of())) {
                if (Names.samePerson(g.person, p)) {
                  hit = g;
                  break;
                }
              }
              if (hit != null) {
                break;
              }
            }
            if (hit == null) {
              hit = new Group(EntityKind.PERSON, m);
              hit.person = p;
              groups.add(hit);
              for (String k : p.surnameWord().surnameKeys()) {
                personBySurnameKey.computeIfAbsent(k, x -> new ArrayList<>(2)).add(hit);
              }
            } else {
              hit.add(m);
              Names.PersonName np = Names.person(hit.canonical);
              if (np.fullName()) {
                hit.person = np;
              }
            }
            break;
          }
        case ORGANIZATION:
          {
            String key = "o:" + String.join(" ", Names.orgWords(text));
            Group g = byKey.get(key);
            if (g == null) {
              for (Group o : orgs) {
                if (Names.sameOrg(o.canonical, text)) {
                  g = o;
                  break;
                }
                if (orgs.size() > 64) {
                  break;
                }
              }
            }
            if (g == null) {
              g = new Group(EntityKind.ORGANIZATION, m);
              groups.add(g);
              orgs.add(g);
            } else {
              g.add(m);
            }
            byKey.put(key, g);
            break;
          }
        default:
          {
            String key =
                m.kind().name()
                    + ":"
                    + (m.kind() == EntityKind.LOCATION ? Names.locCore(text) : Names.plain(text));
            Group g = byKey.get(key);
            if (g == null) {
              g = new Group(m.kind(), m);
              groups.add(g);
              byKey.put(key, g);
            } else {
              g.add(m);
            }
          }
      }
    }
    for (Mention m : surnameOnly) {
      Names.PersonName p = Names.person(cleanForm(m.text()));
      Group best = null;
      for (String k : p.surnameWord().surnameKeys()) {
        for (Group g : personBySurnameKey.getOrDefault(k, List.of())) {
          if (Names.samePerson(g.person, p)
              && (best == null
                  || g.mentions.size() > best.mentions.size()
                  || (g.mentions.size() == best.mentions.size() && g.firstPos < best.firstPos))) {
            best = g;
          }
        }
      }
      if (best == null) {
        String key = "P:" + p.surname();
        best = byKey.get(key);
        if (best == null) {
          best = new Group(EntityKind.PERSON, m);
          best.person = p;
          groups.add(best);
          byKey.put(key, best);
          continue;
        }
      }
      best.add(m);
    }
    for (Mention m : acronyms) {
      String text = cleanForm(m.text());
      Group hit = null;
      for (Group o : m.kind() == EntityKind.ORGANIZATION ? orgs : groups) {
        if (o.kind == m.kind() && Names.sameName(text, o.canonical, m.kind())) {
          hit = o;
          break;
        }
      }
      if (hit == null && m.kind() == EntityKind.LOCATION) {
        hit = byKey.get("LOCATION:" + Names.locCore(text));
      }
      if (hit == null) {
        String key = "A:" + m.kind() + ":" + text.replace(".", "");
        hit = byKey.get(key);
        if (hit == null) {
          hit = new Group(m.kind(), m);
          groups.add(hit);
          byKey.put(key, hit);
          continue;
        }
      }
      hit.add(m);
    }
    return groups;
  }

  private KnownEntity link(Group g, Set<String> taken) {
    Set<String> keys;
    if (g.forms.size() == 1) {
      keys = blockingKeys(g.canonical, g.kind); // the usual case: no copy
    } else {
      keys = new LinkedHashSet<>();
      for (String f : g.forms) {
        keys.addAll(blockingKeys(f, g.kind));
      }
    }
    GroupForms forms = new GroupForms(g);
    // An entity that already has one of the group's forms scores EXACT, the most a candidate can:
    // when one does, the best candidate is among those, and the others under the keys (dozens to
    // hundreds for a person's surname codes) need no scoring. Most groups name a known entity.
    Collection<String> exact =
        g.kind == EntityKind.PERSON ? List.of(forms.canonical) : forms.plainForms();
    KnownEntity best = best(registry.holding(keys, g.kind, exact), forms, taken, EXACT);
    if (best == null) {
      best = best(registry.candidates(keys), forms, taken, 1);
    }
    if (best == null) {
      KnownEntity minted =
          new KnownEntity(mintId(g.kind, g.canonical), g.canonical, g.kind, g.forms);
      registry.put(minted);
      return minted;
    }
    boolean grew = !best.aliases().containsAll(g.forms);
    String name = best.name();
    if (!g.canonical.equals(name) && fuller(g.canonical, name, g.kind)) {
      name = g.canonical;
      grew = true;
    }
    if (!grew) {
      registry.seen(best.entityId());
      return best;
    }
    Set<String> aliases = new HashSet<>(best.aliases());
    aliases.addAll(g.forms);
    KnownEntity updated = new KnownEntity(best.entityId(), name, best.kind(), aliases);
    registry.put(updated);
    return updated;
  }

  /**
   * The best of these candidates for a group, scoring at least {@code minScore}: the highest score,
   * then the most aliases, then the smallest id; null when none qualifies.
   */
  private static KnownEntity best(
      Collection<KnownEntity> candidates, GroupForms forms, Set<String> taken, int minScore) {
    KnownEntity best = null;
    int bestScore = 0;
    for (KnownEntity c : candidates) {
      if (c.kind() != forms.group.kind) {
        continue;
      }
      int score = score(forms, c);
      // taken only after the score: most candidates score 0, few are taken
      if (score < minScore || taken.contains(c.entityId())) {
        continue;
      }
      if (best == null
          || score > bestScore
          || (score == bestScore && c.aliases().size() > best.aliases().size())
          || (score == bestScore
              && c.aliases().size() == best.aliases().size()
              && c.entityId().compareTo(best.entityId()) < 0)) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * A group's forms as {@link #score} compares them, computed once per group, not per candidate,
   * and only when needed: most groups meet a candidate with their canonical name as an alias.
   */
  private static final class GroupForms {
    final Group group;
    final String canonical;
    final Names.PersonName person;
    private NameForm form;
    private List<String> plainForms;

    GroupForms(Group g) {
      this.group = g;
      this.canonical = Names.plain(g.canonical);
      this.person = g.kind == EntityKind.PERSON ? Names.person(g.canonical) : null;
    }

    NameForm form() {
      if (form == null) {
        form = NameForm.of(group.canonical, group.kind);
      }
      return form;
    }

    List<String> plainForms() {
      if (plainForms == null) {
        // a loop, not a stream: setting up a stream over the set took 2% of enrich's thread
        List<String> plain = new ArrayList<>(group.forms.size());
        for (String f : group.forms) {
          plain.add(Names.plain(f));
        }
        plainForms = plain;
      }
      return plainForms;
    }
  }

  /** The score of a candidate that has one of the group's forms (for a person: its full form). */
  private static final int EXACT = 3;

  /** 0 = incompatible; 3 = an alias equals a form; 2 = compatible full names; 1 = partial. */
  private static int score(GroupForms g, KnownEntity c) {
    KnownEntity.Forms known = c.forms();
    EntityKind kind = g.group.kind;
    if (kind == EntityKind.PERSON) {
      Names.PersonName gp = g.person;
      if (!Names.samePerson(gp, known.person())) {
        return 0;
      }
      // every full form seen for the candidate must agree with the group's full name
      if (gp.fullName()) {
        for (Names.PersonName alias : known.fullPersonAliases()) {
          if (!Names.samePerson(gp, alias)) {
            return 0;
          }
        }
      }
      if (known.plain().contains(g.canonical)) {
        return EXACT;
      }
      return gp.fullName() && known.person().fullName() ? 2 : 1;
    }
    if (known.plain().contains(g.canonical)) {
      return EXACT;
    }
    for (String f : g.plainForms()) {
      if (known.plain().contains(f)) {
        return EXACT;
      }
    }
    if (g.form().same(known.name())) {
      return 2;
    }
    for (NameForm a : known.aliases()) {
      if (g.form().same(a)) {
        return 1;
      }
    }
    return 0;
  }

  /** Whether form a is a fuller canonical name than b ("Dmitry Zhirnov" over "Zhirnov"). */
  static boolean fuller(String a, String b, EntityKind kind) {
    if (kind == EntityKind.ORGANIZATION && Names.isAcronym(b) && !Names.isAcronym(a)) {
      return true;
    }
    if (kind == EntityKind.ORGANIZATION && Names.isAcronym(a) && !Names.isAcronym(b)) {
      return false;
    }
    if (kind == EntityKind.PERSON) {
      Names.PersonName pa = Names.person(a);
      Names.PersonName pb = Names.person(b);
      int ta = pa.given().size() + (pa.surname().isEmpty() ? 0 : 1);
      int tb = pb.given().size() + (pb.surname().isEmpty() ? 0 : 1);
      if (ta != tb) {
        return ta > tb;
      }
      boolean titledA = hasTitle(a);
      boolean titledB = hasTitle(b);
      if (titledA != titledB) {
        return titledB;
      }
    }
    int wa = Names.words(a).size();
    int wb = Names.words(b).size();
    if (wa != wb) {
      return wa > wb;
    }
    return a.length() > b.length();
  }

  private static boolean hasTitle(String s) {
    List<String> w = Names.words(Names.fold(s));
    return !w.isEmpty()
        && (Names.TITLES.contains(w.get(0)) || Names.GENERATION.contains(w.get(w.size() - 1)));
  }

  /** Surface form without possessive and surrounding punctuation. */
  static String cleanForm(String text) {
    String t = text.strip();
    if (t.endsWith("'s") || t.endsWith("’s")) {
      t = t.substring(0, t.length() - 2);
    }
    return t.strip();
  }

  /** Deterministic id: kind prefix and a hash of kind and folded canonical name. */
  static String mintId(EntityKind kind, String canonical) {
    String prefix =
        switch (kind) {
          case PERSON -> "per:";
          case ORGANIZATION -> "org:";
          case LOCATION -> "loc:";
          case MISC -> "misc:";
        };
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] h =
          md.digest(
              (kind.name() + "\u0000" + Names.plain(canonical)).getBytes(StandardCharsets.UTF_8));
      return prefix + HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The keys an entity is indexed under. Persons: surname word, its Beider–Morse approximate codes
   * and Double Metaphone code. Organisations: folded name, name without "of X", and acronyms (an
   * acronym mention is keyed as such). Locations: folded core name and its Double Metaphone code.
   * Misc: folded name.
   */
  public static Set<String> blockingKeys(String name, EntityKind kind) {
    if (name == null || kind == null) {
      return Set.of();
    }
    return KEY_CACHE.get(kind).get(name, n -> Set.copyOf(computeKeys(n, kind)));
  }

  // A memo per kind of the recent names' keys (mentions, the registry's puts and evictions); at
  // 100,000 per kind it held about 33 MiB of enrich's live heap and saved no CPU over 10,000.
  private static final int KEY_CACHE_LIMIT = 10_000;
  private static final Map<EntityKind, BoundedCache<String, Set<String>>> KEY_CACHE = newKeyCache();

  private static Map<EntityKind, BoundedCache<String, Set<String>>> newKeyCache() {
    Map<EntityKind, BoundedCache<String, Set<String>>> m = new EnumMap<>(EntityKind.class);
    for (EntityKind k : EntityKind.values()) {
      m.put(k, new BoundedCache<>(KEY_CACHE_LIMIT));
    }
    return m;
  }

  private static Set<String> computeKeys(String name, EntityKind kind) {
    Set<String> keys = new LinkedHashSet<>();
    String clean = cleanForm(name);
    switch (kind) {
      case PERSON:
        {
          Names.PersonName p = Names.person(clean);
          if (!p.surname().isEmpty()) {
            for (String k : p.surnameWord().surnameKeys()) {
              keys.add("p" + k);
            }
          }
          break;
        }
      case ORGANIZATION:
        {
          List<String> w = Names.orgWords(clean);
          if (w.isEmpty()) {
            break;
          }
          if (Names.isAcronym(clean)) {
            keys.add("oa:" + clean.replace(".", "").toLowerCase(Locale.ROOT));
            keys.add("o:" + String.join(" ", w));
            break;
          }
          keys.add("o:" + String.join(" ", w));
          List<String> tail = Names.withoutOfTail(w);
          keys.add("o:" + String.join(" ", tail));
          if (w.size() > 1) {
            keys.add("oa:" + Names.acronym(w));
            keys.add("oa:" + Names.acronym(tail));
          }
          break;
        }
      case LOCATION:
        {
          String core = Names.locCore(clean);
          if (!core.isEmpty()) {
            keys.add("l:" + core);
            List<String> w = Names.words(core);
            if (Names.isAcronym(clean)) {
              keys.add("la:" + core.replace(" ", ""));
            } else if (w.size() > 1) {
              keys.add("la:" + Names.acronym(w));
            }
            if (core.length() >= 6) {
              String dm = Names.dm(core.replace(" ", ""));
              if (!dm.isEmpty()) {
                keys.add("ld:" + dm + ":" + core.charAt(0));
              }
            }
          }
          break;
        }
      default:
        {
          String p = Names.plain(clean);
          if (!p.isEmpty()) {
            keys.add("m:" + p);
          }
        }
    }
    return keys;
  }

  /** Exposed for tests: whether two names of a kind may denote one entity. */
  static boolean compatible(String a, String b, EntityKind kind) {
    return Names.sameName(a, b, kind);
  }

  /** Candidate entities for a name, for diagnostics. */
  Collection<KnownEntity> lookup(String name, EntityKind kind) {
    return registry.candidates(blockingKeys(name, kind));
  }
}
