package io.newsline.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleCleanerTest {
  private static final ArticleCleaner CLEANER = ArticleCleaner.withDefaultRules();

  private static final String P1 =
      "The Taliban said on Sunday their forces had fought their way into the provincial capital,"
          + " their latest claim of progress in the fighting north of Kabul.";
  private static final String P2 =
      "The leader of the opposition group said he welcomed proposals from religious scholars for"
          + " a negotiated settlement to end the fighting in the valley.";
  private static final String P3 =
      "Fighting was underway in the town, he said, and it was not possible to confirm the report,"
          + " which was echoed on other accounts.";

  private static CleanedText clean(String body) {
    return CLEANER.clean(new RawText(body, null, null, null));
  }

  private static String article(String junk) {
    return String.join("\n", "A headline about the valley fighting today", P1, junk, P2, P3);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Advertisement; advertisement",
        "ADVERTISEMENT; advertisement",
        "ALSO READ | Storm Hits The Coast After Weeks Of Warnings; also-read",
        "READ MORE: Minister says talks will resume next week; read-more",
        "See also Latest News Today: rebels battle in the valley.; see-also",
        "Connect with us; connect",
        "Published; published",
        "on; published",
        "Join ST's Telegram channel and get the latest breaking news delivered to you.; telegram",
        "Remote video URL; remote-video",
        "Share this article; share",
        "Subscribe to our newsletter for daily updates; subscribe",
        "Follow Example News on Facebook; follow",
        "Follow us; connect",
        "Forces patrol on a hilltop in the valley on Sept 1, 2021. PHOTO: AFP; photo-credit",
        "Image 1 of 23; gallery",
        "We use cookies to improve your experience on our site.; cookie",
        "© 2021 Example News Ltd. All rights reserved.; copyright",
        "Skip to content; navigation",
        "Privacy Policy; navigation",
        "Tags: Afghanistan, Taliban; tags",
        "By Jane Doe; byline",
      })
  void removesJunkWithItsRule(String junk, String rule) {
    CleanedText out = clean(article(junk));

    assertThat(out.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(out.removed()).containsExactly(new RemovedLine(3, junk, rule));
  }

  @Test
  void keepsSeedLikeArticleTextAndDropsAdverts() {
    String body =
        String.join(
            "\n\n",
            "Taliban asks Russia to convey political signal to resistance in the valley",
            P1,
            "Advertisement",
            P2,
            "ALSO READ | Bezos Installs Ice Cream-Making 'Truck' At His Home",
            P3,
            "Advertisement");

    CleanedText out = clean(body);

    assertThat(out.title())
        .isEqualTo("Taliban asks Russia to convey political signal to resistance in the valley");
    assertThat(out.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    assertThat(out.removed())
        .extracting(RemovedLine::lineNumber, RemovedLine::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(5, "advertisement"),
            org.assertj.core.groups.Tuple.tuple(9, "also-read"),
            org.assertj.core.groups.Tuple.tuple(13, "advertisement"));
  }

  @Test
  void commentFormEndsTheArticle() {
    String comment =
        "I think the government should have acted much sooner than it did, and said so at the time.";
    CleanedText out =
        clean(String.join("\n", P1, P2, P3, "Leave a Reply", "reader42 says:", comment));

    assertThat(out.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(out.removed())
        .extracting(RemovedLine::rule)
        .containsExactly("cut:comments", "comment-author", "cut:comments");
  }

  @Test
  void repeatedParagraphIsKeptOnce() {
    CleanedText out = clean(String.join("\n", P1, P2, P1, P3));

    assertThat(out.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(out.removed()).containsExactly(new RemovedLine(3, P1, "repeated"));
  }

  @Test
  void titleFollowsLeadingJunkLikeSeed002() {
    String title =
        "Afghanistan War; Anti Taliban Fighters in Panjshir Valley as Vow Never to Give up";
    String body =
        String.join(
            "\n\n", "Connect with us", "Afghanistian", title, "Published", "on", P1, P2, P3);

    CleanedText out = clean(body);

    assertThat(out.title()).isEqualTo(title);
    assertThat(out.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(out.removed())
        .extracting(RemovedLine::text)
        .containsExactly("Connect with us", "Afghanistian", "Published", "on");
    assertThat(out.removed()).extracting(RemovedLine::rule).doesNotContainNull();
  }

  @Test
  void givenTitleWinsAndItsRepeatInTheBodyIsRemoved() {
    String body = String.join("\n", "Valley Fighting Enters Second Week", P1, P2, P3);

    CleanedText out =
        CLEANER.clean(new RawText(body, "Valley Fighting Enters Second Week", null, null));

    assertThat(out.title()).isEqualTo("Valley Fighting Enters Second Week");
    assertThat(out.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(out.removed())
        .containsExactly(new RemovedLine(1, "Valley Fighting Enters Second Week", "title"));
  }

  @Test
  void noTitleWhenTheBodyStartsWithText() {
    CleanedText out = clean(String.join("\n", P1, P2, P3));

    assertThat(out.title()).isNull();
    assertThat(out.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void datelineAndAgencyFromReutersStylePrefixKeepingTheSentence() {
    String lead = "PANJSHIR (REUTERS) - " + P1;

    CleanedText out = clean(String.join("\n", lead, P2, P3));

    assertThat(out.dateline()).isEqualTo("PANJSHIR");
    assertThat(out.agency()).isEqualTo("Reuters");
    assertThat(out.paragraphs().get(0)).isEqualTo(lead);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "The diplomat spoke on Saturday, TASS News Agency reported.; TASS",
        "According to the Associated Press and other reports, the group asked for talks.; AP",
        "Sources told Anadolu Agency that the talks were continuing in the capital.; Anadolu",
        "The officials spoke to reporters on Monday, Xinhua said.; Xinhua",
      })
  void agencyFromAttributionPhrase(String sentence, String agency) {
    CleanedText out = clean(String.join("\n", P1, sentence, P2));

    assertThat(out.agency()).isEqualTo(agency);
    assertThat(out.dateline()).isNull();
  }

  @Test
  void noDatelineOrAgencyWhenAbsent() {
    CleanedText out = clean(String.join("\n", P1, P2, P3));

    assertThat(out.dateline()).isNull();
    assertThat(out.agency()).isNull();
  }

  @Test
  void datelineWithoutAgency() {
    CleanedText out = clean(String.join("\n", "MADRID — " + P1, P2));

    assertThat(out.dateline()).isEqualTo("MADRID");
    assertThat(out.agency()).isNull();
  }

  @Test
  void publisherGivenOrFromSourceHost() {
    String body = String.join("\n", P1, P2);

    assertThat(
            CLEANER
                .clean(new RawText(body, null, "Daily Planet", "https://www.reuters.com/x"))
                .publisher())
        .isEqualTo("Daily Planet");
    assertThat(
            CLEANER
                .clean(new RawText(body, null, null, "https://www.straitstimes.com/asia/a-b"))
                .publisher())
        .isEqualTo("The Straits Times");
    assertThat(CLEANER.clean(new RawText(body, null, null, "https://example.org/a")).publisher())
        .isNull();
    assertThat(CLEANER.clean(new RawText(body, null, null, "not a uri ::")).publisher()).isNull();
  }

  @Test
  void nothingVanishes() {
    String body =
        String.join(
            "\n",
            "Home",
            "News",
            "World",
            "Sport",
            "A headline about the valley fighting today",
            "",
            P1,
            "Advertisement",
            P2,
            "   ",
            P1,
            "Photo: Jane Doe/AFP",
            P3,
            "Most Read",
            "Storm Hits The Coast",
            "Minister Resigns Over Scandal",
            "© 2021 Example News");

    CleanedText out = clean(body);

    List<String> accounted = new ArrayList<>(out.paragraphs());
    out.removed().forEach(r -> accounted.add(r.text()));
    if (out.title() != null) {
      accounted.add(out.title());
    }
    List<String> nonBlank = body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    assertThat(accounted).containsExactlyInAnyOrderElementsOf(nonBlank);
    assertThat(out.paragraphs()).containsExactly(P1, P2, P3);
    Map<Integer, String> byLine =
        out.removed().stream()
            .collect(Collectors.toMap(RemovedLine::lineNumber, RemovedLine::rule));
    assertThat(byLine).containsEntry(8, "advertisement").containsEntry(11, "repeated");
    assertThat(byLine.keySet()).doesNotContain(7, 9, 13);
  }

  @Test
  void normalisesWhitespaceAndUnicodeButKeepsTypography() {
    String decomposed =
        "Cafe\u0301 owners said \u201cwe will reopen\u201d  \t on Monday,\u00a0after"
            + " the storm had passed and the roads into the town were cleared.";

    CleanedText out = clean(decomposed + "\r\n" + P2);

    assertThat(out.paragraphs().get(0))
        .isEqualTo(
            "Café owners said \u201cwe will reopen\u201d on Monday, after the storm had passed and"
                + " the roads into the town were cleared.");
  }

  @Test
  void shortNavigationRunsAreRemovedByTheClassifier() {
    String body = String.join("\n", "Home", "World", "Business Markets", "Opinion Pages", P1, P2);

    CleanedText out = clean(body);

    assertThat(out.paragraphs()).containsExactly(P1, P2);
    assertThat(out.removed())
        .filteredOn(r -> r.text().equals("World"))
        .extracting(RemovedLine::rule)
        .singleElement()
        .asString()
        .startsWith("classifier:");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "en; The government said on Monday that it would not change the rules for the election"
            + " and that it had been in talks with the opposition.",
        "de; Die Regierung hat am Montag mitgeteilt, dass sie die Regeln für die Wahl nicht ändern"
            + " wird und mit der Opposition im Gespräch ist.",
        "fr; Le gouvernement a déclaré lundi qu'il ne changerait pas les règles de l'élection et"
            + " qu'il était en discussion avec l'opposition.",
        "es; El gobierno dijo el lunes que no cambiará las reglas de la elección y que ha estado en"
            + " conversaciones con la oposición.",
        "ru; Правительство заявило в понедельник, что не будет менять правила выборов и что оно"
            + " уже ведет переговоры с оппозицией.",
      })
  void detectsLanguage(String lang, String sentence) {
    assertThat(clean(sentence + "\n" + sentence.replace("Monday", "Tuesday")).language())
        .isEqualTo(lang);
  }

  @Test
  void languageIsUndeterminedWithoutEvidence() {
    assertThat(clean("12345 67890").language()).isEqualTo("und");
    assertThat(clean("Xyzzy plugh").language()).isEqualTo("und");
  }

  @Test
  void pathologicalInputsFinish() {
    String megaLine = "word ".repeat(200_000);
    CleanedText big = clean(megaLine);
    assertThat(big.paragraphs()).hasSize(1);

    String manyLines = (P1 + "\n").repeat(100_000);
    CleanedText many = clean(manyLines);
    assertThat(many.paragraphs()).containsExactly(P1);
    assertThat(many.removed()).hasSize(99_999);

    StringBuilder binary = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      binary.append((char) ((i * 7919) % 0x3000));
    }
    CleanedText garbled = clean(binary.toString());
    assertThat(garbled.paragraphs().size() + garbled.removed().size()).isPositive();
  }

  @Test
  void emptyBodyGivesEmptyResult() {
    CleanedText out = clean("  \n\n\t\n");
    assertThat(out.paragraphs()).isEmpty();
    assertThat(out.removed()).isEmpty();
    assertThat(out.text()).isEmpty();
    assertThat(out.language()).isEqualTo("und");
  }

  @Test
  void isThreadSafe() throws Exception {
    String body = article("Advertisement");
    CleanedText expected = clean(body);
    List<Thread> threads = new ArrayList<>();
    List<CleanedText> results = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 4; t++) {
      Thread th =
          new Thread(
              () -> {
                for (int i = 0; i < 200; i++) {
                  results.add(clean(body));
                }
              });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    assertThat(results).hasSize(800).allMatch(expected::equals);
  }

  @SuppressWarnings("unused")
  private static <T> Function<T, T> identity() {
    return Function.identity();
  }

  @Test
  void aOneSentenceBriefKeepsItsSentence() {
    CleanedText cleaned =
        ArticleCleaner.withDefaultRules()
            .clean(
                new RawText(
                    "The Taliban said on Sunday their forces had entered Bazarak.\nAdvertisement\n",
                    null,
                    null,
                    null));

    org.assertj.core.api.Assertions.assertThat(cleaned.paragraphs())
        .containsExactly("The Taliban said on Sunday their forces had entered Bazarak.");
  }

  @Test
  void anArticleOnlyTheClassifierWouldEmptyKeepsItsText() {
    CleanedText cleaned =
        ArticleCleaner.withDefaultRules()
            .clean(
                new RawText(
                    "Lindsay Lohan Checks Into Rehab at Betty Ford Center\n"
                        + "Fri., May. 3, 2013 11: 45 AM PDT\n"
                        + "Early Friday morning, around 1: 30 a. m., the 26 - year - old actress"
                        + " checked in\n",
                    null,
                    null,
                    null));

    org.assertj.core.api.Assertions.assertThat(cleaned.text()).contains("checked in");
  }

  @Test
  void aBodyThatIsOnlyItsTitleKeepsIt() {
    CleanedText cleaned =
        ArticleCleaner.withDefaultRules()
            .clean(new RawText("Philadelphia 76ers fire coach Jim O'Brien\n", null, null, null));

    org.assertj.core.api.Assertions.assertThat(cleaned.paragraphs())
        .containsExactly("Philadelphia 76ers fire coach Jim O'Brien");
  }
}
