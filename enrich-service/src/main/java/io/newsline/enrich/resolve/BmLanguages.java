package io.newsline.enrich.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Scanner;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.bm.Languages;
import org.apache.commons.codec.language.bm.Languages.LanguageSet;
import org.apache.commons.codec.language.bm.NameType;

/**
 * Beider–Morse's guess of a name's languages, as commons-codec's {@code Lang.guessLanguages} makes
 * it, from the same rules (its {@code gen_lang.txt}), without its garbage: it runs each of about
 * 270 regular expressions over the name with a new Matcher, and keeps the languages in a new
 * HashSet. Here each thread reuses its Matchers and the languages are bits. Every new name word is
 * encoded, and this guess was about 5% of enrich's stage CPU and 7% of its allocation. {@code
 * BmLanguagesTest} holds it to commons-codec's answer.
 */
final class BmLanguages {
  private static final String RULES = "org/apache/commons/codec/language/bm/gen_lang.txt";

  private final List<String> languages; // bit i: languages.get(i)
  private final long all;
  private final Pattern[] patterns;
  private final long[] ruleLanguages;
  private final boolean[] accept;
  private final ThreadLocal<Matcher[]> matchers;
  private final Map<Long, LanguageSet> sets = new ConcurrentHashMap<>();

  private BmLanguages(List<String> languages, List<String[]> rules) {
    this.languages = languages;
    this.all = languages.size() == 64 ? -1L : (1L << languages.size()) - 1;
    int n = rules.size();
    patterns = new Pattern[n];
    ruleLanguages = new long[n];
    accept = new boolean[n];
    for (int r = 0; r < n; r++) {
      String[] parts = rules.get(r);
      patterns[r] = Pattern.compile(parts[0]);
      for (String language : parts[1].split("\\+")) {
        int bit = languages.indexOf(language);
        if (bit >= 0) {
          ruleLanguages[r] |= 1L << bit;
        }
      }
      accept[r] = parts[2].equals("true");
    }
    matchers =
        ThreadLocal.withInitial(
            () -> {
              Matcher[] m = new Matcher[patterns.length];
              for (int r = 0; r < m.length; r++) {
                m[r] = patterns[r].matcher("");
              }
              return m;
            });
  }

  /** The guesser for generic names, the rules commons-codec's engine uses for them. */
  static BmLanguages generic() {
    List<String> languages =
        new ArrayList<>(Languages.getInstance(NameType.GENERIC).getLanguages());
    languages.sort(null);
    if (languages.size() > 64) {
      throw new IllegalStateException("more Beider-Morse languages than bits: " + languages.size());
    }
    return new BmLanguages(languages, readRules());
  }

  /** The languages the name may be in; every language when the rules rule them all out. */
  LanguageSet guess(String name) {
    String text = name.toLowerCase(Locale.ENGLISH);
    Matcher[] m = matchers.get();
    long langs = all;
    for (int r = 0; r < m.length; r++) {
      if (m[r].reset(text).find()) {
        langs = accept[r] ? langs & ruleLanguages[r] : langs & ~ruleLanguages[r];
      }
    }
    if (langs == 0) {
      return Languages.ANY_LANGUAGE;
    }
    return sets.computeIfAbsent(langs, this::toSet);
  }

  private LanguageSet toSet(long bits) {
    Set<String> set = new HashSet<>();
    for (int i = 0; i < languages.size(); i++) {
      if ((bits & (1L << i)) != 0) {
        set.add(languages.get(i));
      }
    }
    return LanguageSet.from(set);
  }

  /** The rules, read as commons-codec's {@code Lang.loadFromResource} reads them. */
  private static List<String[]> readRules() {
    List<String[]> rules = new ArrayList<>();
    try (InputStream in = Languages.class.getClassLoader().getResourceAsStream(RULES)) {
      if (in == null) {
        throw new IllegalStateException("commons-codec has no " + RULES);
      }
      Scanner scanner = new Scanner(in, StandardCharsets.UTF_8);
      boolean inComment = false;
      while (scanner.hasNextLine()) {
        String line = scanner.nextLine();
        if (inComment) {
          inComment = !line.endsWith("*/");
        } else if (line.startsWith("/*")) {
          inComment = true;
        } else {
          int comment = line.indexOf("//");
          if (comment >= 0) {
            line = line.substring(0, comment);
          }
          line = line.trim();
          if (!line.isEmpty()) {
            String[] parts = line.split("\\s+");
            if (parts.length != 3) {
              throw new IllegalStateException("malformed line in " + RULES + ": " + line);
            }
            rules.add(parts);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rules;
  }
}
