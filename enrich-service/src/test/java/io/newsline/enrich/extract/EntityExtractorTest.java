package io.newsline.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {
  private static final EntityExtractor EX = EntityExtractor.create();

  private static Mention find(List<Mention> ms, String text) {
    return ms.stream().filter(m -> m.text().equals(text)).findFirst().orElse(null);
  }

  @Test
  void emptyAndBlankTextGiveNoMentions() {
    assertThat(EX.extract("")).isEmpty();
    assertThat(EX.extract(null)).isEmpty();
    assertThat(EX.extract("   \n\n  ")).isEmpty();
  }

  @Test
  void aSentenceInitialWordReadsTheSameWhateverTheExtractorSawBefore() {
    // The tagger reads "Grant" as a name before "Smith" and not before "prices"; an extractor that
    // has seen the first must still read the second as a fresh one does (replays are repeatable).
    String later = "The talks ended. Grant prices rose sharply on Monday in the city.";
    List<Mention> fresh = EntityExtractor.create().extract(later);

    EntityExtractor seasoned = EntityExtractor.create();
    seasoned.extract(
        "The talks ended. Grant Smith arrived in town on Monday and spoke to reporters.");

    assertThat(seasoned.extract(later)).isEqualTo(fresh);
    assertThat(find(fresh, "Grant")).isNull();
  }

  @Test
  void titlesMakePersonsAndAreNotPartOfTheName() {
    List<Mention> ms =
        EX.extract("Afghan President Ashraf Ghani fled the country, and Mr Saleh stayed behind.");
    assertThat(find(ms, "Ashraf Ghani"))
        .isNotNull()
        .extracting(Mention::kind)
        .isEqualTo(EntityKind.PERSON);
    assertThat(find(ms, "Saleh"))
        .isNotNull()
        .extracting(Mention::kind)
        .isEqualTo(EntityKind.PERSON);
    assertThat(find(ms, "Afghan")).isNotNull().extracting(Mention::kind).isEqualTo(EntityKind.MISC);
    assertThat(ms).noneMatch(m -> m.text().contains("President") || m.text().startsWith("Mr"));
  }

  @Test
  void organisationHeadsAcronymsAndPlaces() {
    List<Mention> ms =
        EX.extract(
            "Ahmad Massoud, head of the National Resistance Front of Afghanistan (NRFA), spoke in"
                + " Kabul. The NRF said fighting continued in Panjshir province.");
    assertThat(find(ms, "National Resistance Front of Afghanistan").kind())
        .isEqualTo(EntityKind.ORGANIZATION);
    assertThat(find(ms, "NRFA").kind()).isEqualTo(EntityKind.ORGANIZATION);
    assertThat(find(ms, "NRF").kind()).isEqualTo(EntityKind.ORGANIZATION);
    assertThat(find(ms, "Kabul").kind()).isEqualTo(EntityKind.LOCATION);
    assertThat(find(ms, "Panjshir").kind()).isEqualTo(EntityKind.LOCATION);
    assertThat(find(ms, "Ahmad Massoud").kind()).isEqualTo(EntityKind.PERSON);
  }

  @Test
  void surnameAfterFullNameKeepsPersonType() {
    List<Mention> ms =
        EX.extract("Ahmad Tarzi leads the group. Officials said Tarzi would negotiate.");
    assertThat(ms)
        .filteredOn(m -> m.text().equals("Tarzi"))
        .singleElement()
        .extracting(Mention::kind)
        .isEqualTo(EntityKind.PERSON);
  }

  @Test
  void sentenceInitialCommonWordsAreNotEntities() {
    List<Mention> ms =
        EX.extract(
            "However, the talks failed. Meanwhile fighting went on. Fresh fighting has been"
                + " reported. Several districts fell.");
    assertThat(ms).isEmpty();
  }

  @Test
  void offsetsAreCodePoints() {
    String text = "\uD83D\uDE00\uD83C\uDDE6 Fighters loyal to Amrullah Saleh gathered in Kabul.";
    List<Mention> ms = EX.extract(text);
    Mention saleh = find(ms, "Amrullah Saleh");
    assertThat(saleh).isNotNull();
    int[] cps = text.codePoints().toArray();
    String covered = new String(cps, saleh.start(), saleh.end() - saleh.start());
    assertThat(covered).isEqualTo("Amrullah Saleh");
    // the two astral characters are 2 code points but 4 chars: char offsets would differ
    assertThat(saleh.start()).isEqualTo(text.indexOf("Amrullah") - 2);
    Mention kabul = find(ms, "Kabul");
    assertThat(new String(cps, kabul.start(), kabul.end() - kabul.start())).isEqualTo("Kabul");
  }

  @Test
  void mentionsAreSortedAndInsideTheText() {
    String text =
        "Lyse Doucet of the BBC reported from Kabul. Reuters and TASS News Agency agreed.";
    List<Mention> ms = EX.extract(text);
    int len = text.codePointCount(0, text.length());
    assertThat(ms).isNotEmpty();
    for (int i = 0; i < ms.size(); i++) {
      assertThat(ms.get(i).end()).isLessThanOrEqualTo(len);
      if (i > 0) {
        assertThat(ms.get(i).start()).isGreaterThanOrEqualTo(ms.get(i - 1).end());
      }
    }
    assertThat(find(ms, "TASS News Agency").kind()).isEqualTo(EntityKind.ORGANIZATION);
  }

  @Test
  void oneMegabyteLineCompletes() {
    String line = "x".repeat(1 << 20);
    assertThat(EX.extract(line)).isEmpty();
    String spaced = "Zq".repeat(300_000) + " said " + "ab ".repeat(100_000);
    assertThat(EX.extract(spaced)).isNotNull();
  }

  @Test
  void hundredThousandCapitalisedWordsComplete() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      b.append("Word").append(Integer.toString(i, 26).replaceAll("[0-9]", "q")).append(' ');
    }
    List<Mention> ms = EX.extract(b.toString());
    assertThat(ms).isNotEmpty().hasSizeLessThanOrEqualTo(EntityExtractor.MAX_MENTIONS);
    assertThat(ms).allMatch(m -> m.text().split(" ").length <= EntityExtractor.MAX_NAME_TOKENS);
  }

  @Test
  void threadSafeUnderConcurrentUse() throws Exception {
    String text = "Mr Ahmad Massoud met Amrullah Saleh in Kabul on Sunday.";
    List<Mention> expected = EX.extract(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Mention>>> fs = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        fs.add(pool.submit(() -> EX.extract(text)));
      }
      for (Future<List<Mention>> f : fs) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
