package io.newsline.enrich.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which of the lexicon's word lists each lower-cased word is in, as bits: one hash lookup per token
 * answers every "is it a person title, an org head, a given name..." question the extractor asks of
 * it, where probing each list on its own was a tenth of enrich's stream thread.
 */
final class WordFlags {
  static final int PERSON_TITLES = 1;
  static final int TITLE_MODIFIERS = 1 << 1;
  static final int ORG_HEADS = 1 << 2;
  static final int OF_HEADS = 1 << 3;
  static final int LOC_HEADS = 1 << 4;
  static final int LOC_FOLLOWING = 1 << 5;
  static final int LOC_PREPOSITIONS = 1 << 6;
  static final int FUNCTION = 1 << 7;
  static final int NON_ENTITY = 1 << 8;
  static final int GIVEN_NAMES = 1 << 9;
  static final int CORE_GIVEN_NAMES = 1 << 10;
  static final int PARTICLES = 1 << 11;
  static final int DEMONYMS = 1 << 12;
  static final int COUNTRY_ACRONYMS = 1 << 13;
  static final int PLACE_NOUNS = 1 << 14;
  static final int ORG_NOUNS = 1 << 15;
  static final int MISC_HEADS = 1 << 16;
  static final int ORG_FOLLOWING = 1 << 17;
  static final int PLACE_MODIFIERS = 1 << 18;

  /** The extractor's place names (the lexicon's, plus any loaded gazetteer's). */
  static final int PLACE = 1 << 19;

  private final Map<String, Integer> flags = new HashMap<>();

  WordFlags(Lexicon lex, Set<String> places) {
    add(lex.personTitles, PERSON_TITLES);
    add(lex.titleModifiers, TITLE_MODIFIERS);
    add(lex.orgHeads, ORG_HEADS);
    add(lex.ofHeads, OF_HEADS);
    add(lex.locHeads, LOC_HEADS);
    add(lex.locFollowing, LOC_FOLLOWING);
    add(lex.locPrepositions, LOC_PREPOSITIONS);
    add(lex.function, FUNCTION);
    add(lex.nonEntity, NON_ENTITY);
    add(lex.givenNames, GIVEN_NAMES);
    add(lex.coreGivenNames, CORE_GIVEN_NAMES);
    add(lex.particles, PARTICLES);
    add(lex.demonyms, DEMONYMS);
    add(lex.countryAcronyms, COUNTRY_ACRONYMS);
    add(lex.placeNouns, PLACE_NOUNS);
    add(lex.orgNouns, ORG_NOUNS);
    add(lex.miscHeads, MISC_HEADS);
    add(lex.orgFollowing, ORG_FOLLOWING);
    add(lex.placeModifiers, PLACE_MODIFIERS);
    add(places, PLACE);
  }

  private void add(Set<String> words, int flag) {
    for (String w : words) {
      flags.merge(w, flag, (a, b) -> a | b);
    }
  }

  /** The flags of a lower-cased word; 0 when it is in no list. */
  int of(String lower) {
    Integer f = flags.get(lower);
    return f == null ? 0 : f;
  }
}
