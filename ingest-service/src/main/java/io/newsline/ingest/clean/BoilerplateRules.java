package io.newsline.ingest.clean;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Named boilerplate patterns loaded from a rule file (format documented at the top of the default
 * file). Patterns run on RE2/J, so matching is linear in the line length whatever the pattern.
 * Immutable and thread-safe.
 */
public final class BoilerplateRules {
  static final String DEFAULT_RESOURCE = "io/newsline/ingest/clean/boilerplate-rules.txt";

  /** Lines longer than this are never matched: boilerplate is short, and it bounds the cost. */
  static final int MAX_LINE_CHARS = 2000;

  private static final java.util.regex.Pattern RULE_NAME =
      java.util.regex.Pattern.compile("[a-z0-9][a-z0-9_.:-]{0,63}");

  private record Rule(
      String name, Pattern pattern, List<LiteralPrefixes.Branch> prefixes, char[] lastChars) {}

  private final List<Rule> rules;
  // RE2/J costs microseconds per call: a literal-prefix index picks the few rules worth running.
  private final RuleIndex index;

  private BoilerplateRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    List<List<LiteralPrefixes.Branch>> prefixes = new ArrayList<>();
    List<char[]> lastChars = new ArrayList<>();
    for (Rule r : rules) {
      prefixes.add(r.prefixes);
      lastChars.add(r.lastChars);
    }
    this.index = new RuleIndex(prefixes, lastChars);
  }

  /** The rules shipped with newsline, from the classpath resource {@value #DEFAULT_RESOURCE}. */
  public static BoilerplateRules defaults() {
    return Defaults.RULES;
  }

  /** An operator-supplied rule file; an unreadable or invalid file is an InvalidRulesException. */
  public static BoilerplateRules load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw new InvalidRulesException(file.toString(), 0, "cannot read rule file: " + e);
    }
    return parse(file.toString(), text);
  }

  /** Parses rule-file text; {@code sourceName} is used in error messages. */
  public static BoilerplateRules parse(String sourceName, String text) {
    List<Rule> rules = new ArrayList<>();
    String[] lines = text.split("\r\n|\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (i == 0 && line.startsWith("\ufeff")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new InvalidRulesException(
            sourceName, i + 1, "expected 'name = pattern' but found no '=': " + abbreviate(line));
      }
      String name = line.substring(0, eq).strip();
      String regex = line.substring(eq + 1).strip();
      if (!RULE_NAME.matcher(name).matches()) {
        throw new InvalidRulesException(
            sourceName,
            i + 1,
            "invalid rule name '"
                + abbreviate(name)
                + "': use lower-case letters, digits, '-', '_', '.', ':' (max 64)");
      }
      if (regex.isEmpty()) {
        throw new InvalidRulesException(sourceName, i + 1, "rule '" + name + "' has no pattern");
      }
      String upper = upperCaseLiteral(regex);
      if (upper != null) {
        throw new InvalidRulesException(
            sourceName,
            i + 1,
            "rule '"
                + name
                + "' has upper-case literal '"
                + upper
                + "': lines are lower-cased before matching, so it could never match");
      }
      Pattern pattern;
      try {
        pattern = Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        throw new InvalidRulesException(
            sourceName, i + 1, "rule '" + name + "' is not a valid RE2 pattern: " + e.getMessage());
      }
      if (pattern.matcher("").find()) {
        throw new InvalidRulesException(
            sourceName, i + 1, "rule '" + name + "' matches the empty line, so it would match all");
      }
      rules.add(new Rule(name, pattern, LiteralPrefixes.of(regex), LastChars.of(regex)));
    }
    return new BoilerplateRules(rules);
  }

  /** Number of rules (pattern lines) loaded. */
  public int size() {
    return rules.size();
  }

  /**
   * The name of the first rule matching {@code line} (a normalised line), or null. Lines are
   * lower-cased before matching; lines over {@link #MAX_LINE_CHARS} never match.
   */
  String match(String line) {
    return matcher().match(line);
  }

  /** As {@link #match} without the length cap; {@code lower} must be lower-cased already. */
  String matchUnbounded(String lower) {
    return matcher().matchLowerCased(lower);
  }

  /** A matcher for one thread: it reuses its buffers from line to line. */
  Matcher matcher() {
    return new Matcher();
  }

  /** Matches lines one after another; not thread-safe, so one per call or thread. */
  final class Matcher {
    private final int[] from = new int[index.size()];

    private Matcher() {}

    /** As {@link BoilerplateRules#match}. */
    String match(String line) {
      return match(line, line.toCharArray());
    }

    /**
     * As {@link BoilerplateRules#match}, with {@code lineChars} holding the chars of {@code line}
     * (and possibly more after them): the per-char loops read a plain array.
     */
    String match(String line, char[] lineChars) {
      int n = line.length();
      if (rules.isEmpty() || n > MAX_LINE_CHARS) {
        return null;
      }
      Arrays.fill(from, 0);
      if (!index.candidates(lineChars, n, from)) {
        return matchLowerCased(line.toLowerCase(Locale.ROOT)); // İ, Σ or a surrogate pair
      }
      return firstMatch(line, null);
    }

    /** As {@link BoilerplateRules#matchUnbounded}. */
    String matchLowerCased(String lower) {
      char[] cs = lower.toCharArray();
      Arrays.fill(from, 0);
      index.candidates(cs, cs.length, from); // lower-casing it again changes nothing
      return firstMatch(lower, lower);
    }

    /** The first rule the candidates allow that matches; {@code lower}, if given, is line's. */
    private String firstMatch(String line, String lower) {
      for (int i = 0; i < from.length; i++) {
        if (from[i] > 0 && lower == null) {
          lower = line.toLowerCase(Locale.ROOT); // only now that RE2/J needs it
        }
        if (from[i] == RuleIndex.CERTAIN
            || from[i] > 0 && rules.get(i).pattern.matcher(lower).find(from[i] - 1)) {
          return rules.get(i).name;
        }
      }
      return null;
    }
  }

  /** The first upper-case literal letter in a pattern, skipping escapes and \p{..}, or null. */
  private static String upperCaseLiteral(String regex) {
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (i + 2 < regex.length()
            && (regex.charAt(i + 1) == 'p' || regex.charAt(i + 1) == 'P')
            && regex.charAt(i + 2) == '{') {
          int close = regex.indexOf('}', i);
          i = close < 0 ? regex.length() : close;
        } else {
          i++;
        }
      } else if (c == '(' && regex.startsWith("(?P<", i)) {
        int close = regex.indexOf('>', i);
        i = close < 0 ? regex.length() : close;
      } else if (c == '[' && regex.startsWith("[:", i)) {
        int close = regex.indexOf(":]", i);
        i = close < 0 ? regex.length() : close + 1;
      } else if (Character.isUpperCase(c)) {
        return String.valueOf(c);
      }
    }
    return null;
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  /** Lazy holder: the default rules are parsed once, on first use. */
  private static final class Defaults {
    static final BoilerplateRules RULES = loadDefaults();

    private static BoilerplateRules loadDefaults() {
      try (InputStream in =
          BoilerplateRules.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
        }
        return parse(
            "classpath:" + DEFAULT_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
