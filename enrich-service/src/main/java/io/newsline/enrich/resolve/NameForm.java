package io.newsline.enrich.resolve;

import io.newsline.enrich.extract.EntityKind;
import io.newsline.enrich.util.BoundedCache;
import java.util.List;

/**
 * A name parsed once for comparison with other names of its kind ({@link Names#sameName}).
 *
 * <p>Resolution compares a group's name with the name and every alias of each candidate entity;
 * known entities keep these for their forms (see {@link KnownEntity#forms}), so a comparison does
 * no parsing, cache lookup or string building.
 */
interface NameForm {
  /** Whether this name and another of the same kind may denote one entity. */
  boolean same(NameForm other);

  static NameForm of(String name, EntityKind kind) {
    return switch (kind) {
      case PERSON -> Names.person(name);
      case ORGANIZATION -> Org.of(name);
      case LOCATION -> Loc.of(name);
      case MISC -> new Plain(Names.plain(name));
    };
  }

  /**
   * An organisation name: its words without a leading "the" (see {@link Names#orgWords}), the same
   * without an "of X" tail, their acronyms, and whether the surface form is an acronym.
   */
  record Org(
      List<String> words,
      List<String> tail,
      String joined,
      String acronym,
      String tailAcronym,
      boolean isAcronym)
      implements NameForm {
    private static final BoundedCache<String, Org> CACHE = new BoundedCache<>(Names.CACHE_LIMIT);

    static Org of(String name) {
      return CACHE.get(name, Org::parse);
    }

    private static Org parse(String name) {
      List<String> words = Names.parseOrgWords(name);
      List<String> tail = Names.withoutOfTail(words);
      return new Org(
          words,
          tail,
          String.join(" ", words),
          Names.acronym(words),
          Names.acronym(tail),
          Names.isAcronym(name));
    }

    /**
     * Equal, acronym of the other (with or without "of X"), "of X" dropped, or Jaro–Winkler ≥ 0.96
     * (both 10 characters or more).
     */
    @Override
    public boolean same(NameForm other) {
      Org b = (Org) other;
      if (words.isEmpty() || b.words.isEmpty()) {
        return false;
      }
      if (words.equals(b.words)) {
        return true;
      }
      if (isAcronym && b.words.size() > 1) {
        return b.abbreviatedAs(words.get(0));
      }
      if (b.isAcronym && words.size() > 1) {
        return abbreviatedAs(b.words.get(0));
      }
      if (tail.size() >= 2 && tail.equals(b.tail)) {
        return true;
      }
      return Math.min(joined.length(), b.joined.length()) >= 10
          && Names.jaroWinklerAtLeast(joined, b.joined, 0.96);
    }

    /** Whether acr (a word: no dots) is this name's acronym, with or without its "of X". */
    private boolean abbreviatedAs(String acr) {
      return acr.equals(acronym) || acr.equals(tailAcronym);
    }
  }

  /**
   * A location name: its core (see {@link Names#locCore}), whether the surface form is an acronym,
   * and the acronym of a core of several words.
   */
  record Loc(String core, boolean isAcronym, String coreAcronym) implements NameForm {
    private static final BoundedCache<String, Loc> CACHE = new BoundedCache<>(Names.CACHE_LIMIT);

    static Loc of(String name) {
      return CACHE.get(name, Loc::parse);
    }

    private static Loc parse(String name) {
      String core = Names.parseLocCore(name);
      List<String> w = Names.words(core);
      return new Loc(core, Names.isAcronym(name), w.size() > 1 ? Names.acronym(w) : null);
    }

    /**
     * Same core, an acronym of the other's core, or Jaro–Winkler ≥ 0.94 (both 6 characters or
     * more).
     */
    @Override
    public boolean same(NameForm other) {
      Loc b = (Loc) other;
      if (core.isEmpty() || b.core.isEmpty()) {
        return false;
      }
      if (core.equals(b.core)) {
        return true;
      }
      if (isAcronym != b.isAcronym) {
        Loc acr = isAcronym ? this : b;
        Loc full = isAcronym ? b : this;
        return full.coreAcronym != null && acr.core.replace(" ", "").equals(full.coreAcronym);
      }
      return Math.min(core.length(), b.core.length()) >= 6
          && Names.jaroWinklerAtLeast(core, b.core, 0.94);
    }
  }

  /** Any other name: equal when its folded words are. */
  record Plain(String plain) implements NameForm {
    @Override
    public boolean same(NameForm other) {
      return plain.equals(((Plain) other).plain);
    }
  }
}
