package io.newsline.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.re2j.Pattern;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoilerplateRulesTest {
  @Test
  void defaultsLoadFromTheClasspath() {
    assertThat(BoilerplateRules.defaults().size()).isGreaterThan(30);
  }

  @Test
  void parsesNamedPatternsCommentsAndBlankLines() {
    BoilerplateRules rules =
        BoilerplateRules.parse(
            "test.rules", "# a comment\n\nadvertisement = ^advertisement$\npromo = ^buy now\n");

    assertThat(rules.size()).isEqualTo(2);
    assertThat(rules.match("ADVERTISEMENT")).isEqualTo("advertisement");
    assertThat(rules.match("Buy now and save")).isEqualTo("promo");
    assertThat(rules.match("An advertisement campaign was launched.")).isNull();
  }

  @Test
  void firstMatchingRuleInFileOrderNamesTheRemoval() {
    BoilerplateRules rules = BoilerplateRules.parse("t", "first = ^read\nsecond = ^read more");

    assertThat(rules.match("Read more: elsewhere")).isEqualTo("first");
  }

  @Test
  void refusesALineWithoutEqualsNamingFileAndLine() {
    assertThatThrownBy(() -> BoilerplateRules.parse("ops.rules", "# ok\nok = ^a$\nbroken line\n"))
        .isInstanceOf(InvalidRulesException.class)
        .hasMessageStartingWith("ops.rules:3:")
        .hasMessageContaining("no '='")
        .satisfies(e -> assertThat(((InvalidRulesException) e).lineNumber()).isEqualTo(3));
  }

  @Test
  void refusesAPatternRe2jRejects() {
    assertThatThrownBy(() -> BoilerplateRules.parse("ops.rules", "ok = ^a$\n\nbad = (unclosed\n"))
        .isInstanceOf(InvalidRulesException.class)
        .hasMessageStartingWith("ops.rules:3:")
        .hasMessageContaining("bad")
        .hasMessageContaining("not a valid RE2 pattern");
    // Backreferences are not RE2 syntax either.
    assertThatThrownBy(() -> BoilerplateRules.parse("ops.rules", "dup = (a)\\1"))
        .isInstanceOf(InvalidRulesException.class)
        .hasMessageStartingWith("ops.rules:1:");
  }

  @Test
  void refusesBadNamesEmptyPatternsUpperCaseLiteralsAndMatchAll() {
    assertThatThrownBy(() -> BoilerplateRules.parse("f", "Bad Name = x"))
        .isInstanceOf(InvalidRulesException.class)
        .hasMessageStartingWith("f:1:")
        .hasMessageContaining("invalid rule name");
    assertThatThrownBy(() -> BoilerplateRules.parse("f", "\nempty =   "))
        .hasMessageStartingWith("f:2:")
        .hasMessageContaining("no pattern");
    assertThatThrownBy(() -> BoilerplateRules.parse("f", "ad = ^Advertisement$"))
        .hasMessageStartingWith("f:1:")
        .hasMessageContaining("upper-case literal 'A'");
    assertThatThrownBy(() -> BoilerplateRules.parse("f", "all = .*"))
        .hasMessageStartingWith("f:1:")
        .hasMessageContaining("empty line");
    // Escapes and Unicode classes may use upper case.
    assertThat(BoilerplateRules.parse("f", "x = ^\\S+\\p{Lu}?\\d$").size()).isEqualTo(1);
  }

  @Test
  void loadsAnOperatorFileAndNamesItInErrors(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.rules");
    Files.writeString(good, "promo = ^buy now\n");
    assertThat(BoilerplateRules.load(good).size()).isEqualTo(1);

    Path bad = dir.resolve("bad.rules");
    Files.writeString(bad, "promo = ^buy now\noops = [z-a]\n");
    assertThatThrownBy(() -> BoilerplateRules.load(bad))
        .isInstanceOf(InvalidRulesException.class)
        .hasMessageStartingWith(bad + ":2:");

    assertThatThrownBy(() -> BoilerplateRules.load(dir.resolve("missing.rules")))
        .isInstanceOf(InvalidRulesException.class)
        .hasMessageContaining("missing.rules");
  }

  @Test
  void wholeLineLiteralsMatchExactlyTheirLines() {
    BoilerplateRules rules =
        BoilerplateRules.parse(
            "t", "boundary = ^(ok|fine )\\b$\nliteral = ^(ok|fine|promoted( content)?)$");

    assertThat(rules.matchUnbounded("ok")).isEqualTo("boundary");
    assertThat(rules.matchUnbounded("fine")).isEqualTo("literal");
    assertThat(rules.matchUnbounded("fine ")).isNull(); // no word boundary after the space
    assertThat(rules.matchUnbounded("promoted content")).isEqualTo("literal");
    assertThat(rules.matchUnbounded("promoted contents")).isNull();
    assertThat(rules.matchUnbounded("okay")).isNull();
  }

  @Test
  void catastrophicPatternRunsInLinearTime() {
    BoilerplateRules rules = BoilerplateRules.parse("ops.rules", "evil = (a+)+$");
    String aaaab = "a".repeat(100_000) + "b";

    // RE2/J has no backtracking: these return instead of hanging.
    assertThat(rules.matchUnbounded(aaaab)).isNull();
    assertThat(rules.matchUnbounded("b" + "a".repeat(100_000))).isEqualTo("evil");

    CleanedText out =
        ArticleCleaner.withRules(rules).clean(new RawText("aaaa\n" + aaaab, null, null, null));
    assertThat(out.removed())
        .filteredOn(r -> r.rule().equals("evil"))
        .extracting(RemovedLine::lineNumber)
        .containsExactly(1);
    assertThat(out.removed().size() + out.paragraphs().size() + (out.title() == null ? 0 : 1))
        .isEqualTo(2);
  }

  @Test
  void operatorRulesReplaceTheDefaults() {
    ArticleCleaner cleaner =
        ArticleCleaner.withRules(BoilerplateRules.parse("ops.rules", "promo = ^buy now"));
    String p =
        "The council said on Monday that the new bridge would open to traffic next spring after"
            + " a long delay.";

    CleanedText out =
        cleaner.clean(
            new RawText(p + "\nBuy now!\n" + p.replace("Monday", "Friday"), null, null, null));

    assertThat(out.removed()).containsExactly(new RemovedLine(2, "Buy now!", "promo"));
  }

  /**
   * The literal-prefix and last-char prefilter only skips rules that cannot match: on the seeds'
   * lines, pieces of them and boilerplate-like variants, the first matching rule is the same as
   * when every pattern runs on the whole line.
   */
  @Test
  void prefilterNeverChangesWhichRuleMatches() throws IOException {
    List<String> names = new ArrayList<>();
    List<Pattern> patterns = new ArrayList<>();
    String ruleFile;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(BoilerplateRules.DEFAULT_RESOURCE)) {
      ruleFile = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String line : ruleFile.split("\n")) {
      line = line.strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        int eq = line.indexOf('=');
        names.add(line.substring(0, eq).strip());
        patterns.add(Pattern.compile(line.substring(eq + 1).strip()));
      }
    }
    List<String> lines = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        for (String line : Files.readString(seed).split("\n")) {
          if (!line.isBlank()) {
            lines.add(line.strip().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    lines.addAll(
        List.of(
            "advertisement",
            "- advertisement -",
            "john smith says:",
            "12 votes",
            "rating: -3 points",
            "photo: reuters",
            "(photo credit: jane doe)",
            "troops patrol (ap photo/jane doe)",
            "© 2024 the paper. all rights reserved.",
            "(c) 2021 example news",
            "we use cookies to improve your experience",
            "sign up for our daily newsletter",
            "get the news delivered to your inbox",
            "join our telegram channel for the latest news",
            "10:30 am est",
            "2024-01-05 12:00",
            "5 min read",
            "by jane doe and john roe | reuters"));
    Random random = new Random(7);
    List<String> variants = new ArrayList<>();
    for (String line : lines) {
      variants.add(line);
      variants.add(line + ":");
      variants.add(line + " all rights reserved");
      variants.add("x " + line + " (afp photo / y)");
      for (int k = 0; k < 5 && line.length() > 1; k++) {
        int from = random.nextInt(line.length());
        variants.add(line.substring(from, from + 1 + random.nextInt(line.length() - from)));
      }
    }
    variants.addAll(
        List.of("ΣΑΣ photo: İstanbul", "© İzmir ΣΣ", "𐐀 advertisement", "Advertisement"));
    BoilerplateRules rules = BoilerplateRules.defaults();
    int matched = 0;
    for (String variant : variants) {
      // match lower-cases the line itself, matchUnbounded takes it lower-cased.
      for (String line : List.of(variant, variant.toUpperCase(Locale.ROOT))) {
        String lower = line.toLowerCase(Locale.ROOT);
        String expected = null;
        for (int i = 0; i < patterns.size() && expected == null; i++) {
          if (patterns.get(i).matcher(lower).find()) {
            expected = names.get(i);
          }
        }
        matched += expected == null ? 0 : 1;
        assertThat(rules.match(line)).as(line).isEqualTo(expected);
        assertThat(rules.matchUnbounded(lower)).as(lower).isEqualTo(expected);
      }
    }
    assertThat(matched).isGreaterThan(100);
  }
}
