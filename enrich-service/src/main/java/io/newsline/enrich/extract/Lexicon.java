package io.newsline.enrich.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

/** Cue-word lists: the bundled lexicon.txt plus country, language and city names from the JDK. */
final class Lexicon {
  final Set<String> personTitles;
  final Set<String> titleModifiers;
  final Set<String> orgHeads;
  final Set<String> ofHeads;
  final Set<String> locHeads;
  final Set<String> locFollowing;
  final Set<String> locPrepositions;
  final Set<String> function;
  final Set<String> nonEntity;

  /** Given names: the lexicon's own list plus the bundled given_names.txt. */
  final Set<String> givenNames;

  /** The lexicon's own, hand-written given names only (common and unambiguous). */
  final Set<String> coreGivenNames;

  final Set<String> particles;
  final Set<String> demonyms;
  final Set<String> countryAcronyms;
  final Set<String> placeNouns;
  final Set<String> orgNouns;
  final Set<String> miscHeads;
  final Set<String> orgFollowing;
  final Set<String> placeModifiers;

  /** Lower-cased place names (countries, regions, capitals, time-zone cities, bundled extras). */
  final Set<String> places;

  private static volatile Lexicon instance;

  static Lexicon get() {
    Lexicon l = instance;
    if (l == null) {
      synchronized (Lexicon.class) {
        l = instance;
        if (l == null) {
          l = new Lexicon();
          instance = l;
        }
      }
    }
    return l;
  }

  private Lexicon() {
    Map<String, Set<String>> sections = read("lexicon.txt");
    personTitles = section(sections, "person_title");
    titleModifiers = section(sections, "title_modifier");
    orgHeads = section(sections, "org_head");
    ofHeads = section(sections, "of_head");
    locHeads = section(sections, "loc_head");
    locFollowing = section(sections, "loc_following");
    locPrepositions = section(sections, "loc_preposition");
    function = section(sections, "function");
    nonEntity = section(sections, "nonentity");
    coreGivenNames = section(sections, "given_name");
    particles = section(sections, "name_particle");
    Set<String> dem = new HashSet<>(section(sections, "demonym"));
    countryAcronyms = section(sections, "country_acronym");
    placeNouns = section(sections, "place_noun");
    orgNouns = section(sections, "org_noun");
    miscHeads = section(sections, "misc_head");
    orgFollowing = section(sections, "org_following");
    placeModifiers = section(sections, "place_modifier");
    Set<String> pl = new HashSet<>(section(sections, "loc_extra"));
    for (String cc : Locale.getISOCountries()) {
      String name = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
      addPlace(pl, name);
    }
    for (String lang : Locale.getISOLanguages()) {
      String name = new Locale(lang).getDisplayLanguage(Locale.ENGLISH);
      if (!name.isEmpty() && name.indexOf(' ') < 0) {
        dem.add(name.toLowerCase(Locale.ROOT));
      }
    }
    for (String id : TimeZone.getAvailableIDs()) {
      int slash = id.lastIndexOf('/');
      if (slash > 0 && Character.isUpperCase(id.charAt(0)) && !id.startsWith("Etc")) {
        String city = id.substring(slash + 1).replace('_', ' ');
        if (city.length() > 2 && !city.matches(".*\\d.*") && !city.equals(city.toUpperCase())) {
          addPlace(pl, city);
        }
      }
    }
    pl.removeAll(Set.of("man", "about", "dan", "chad", "jordan", "georgia", "victoria"));
    pl.addAll(Set.of("chad", "jordan", "georgia"));
    places = Set.copyOf(pl);
    demonyms = Set.copyOf(dem);
    Set<String> names = new HashSet<>(read("given_names.txt").getOrDefault("", Set.of()));
    names.removeIf(
        n ->
            places.contains(n)
                || demonyms.contains(n)
                || function.contains(n)
                || nonEntity.contains(n)
                || personTitles.contains(n)
                || titleModifiers.contains(n)
                || orgHeads.contains(n)
                || locHeads.contains(n));
    names.addAll(coreGivenNames);
    givenNames = Set.copyOf(names);
  }

  private static void addPlace(Set<String> pl, String name) {
    if (name.isEmpty()) {
      return;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    pl.add(lower);
    pl.add(stripAccents(lower));
    int amp = lower.indexOf(" & ");
    if (amp > 0) {
      pl.add(lower.replace(" & ", " and "));
    }
    int paren = lower.indexOf(" (");
    if (paren > 0) {
      pl.add(lower.substring(0, paren));
    }
    if (lower.startsWith("st. ")) {
      pl.add("saint " + lower.substring(4));
    }
  }

  static String stripAccents(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        b.append(c == '’' ? '\'' : c);
      }
    }
    return b.toString();
  }

  private static Set<String> section(Map<String, Set<String>> sections, String name) {
    Set<String> s = sections.get(name);
    if (s == null) {
      throw new IllegalStateException("lexicon section missing: " + name);
    }
    return Set.copyOf(s);
  }

  private static Map<String, Set<String>> read(String resource) {
    Map<String, Set<String>> out = new HashMap<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Set<String> current = out.computeIfAbsent("", k -> new HashSet<>());
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[") && line.endsWith("]")) {
          current = out.computeIfAbsent(line.substring(1, line.length() - 1), k -> new HashSet<>());
        } else if (current != null) {
          current.add(line.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
