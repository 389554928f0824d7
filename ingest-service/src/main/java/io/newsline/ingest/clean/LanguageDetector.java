package io.newsline.ingest.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guesses a text's ISO 639-1 language from its stop words (and script, for scripts one language
 * owns); "und" when unsure. Also serves the stop-word lists to the line classifier.
 */
final class LanguageDetector {
  static final String UNDETERMINED = "und";

  private static final Map<String, String> STOP_LISTS =
      Map.ofEntries(
          Map.entry(
              "en",
              "the of and to a in is that for it on was with as he be by at are this from but"
                  + " have had not they his an or were has which their its will been would who"
                  + " said more than we she her there into also about after when can one all"
                  + " our so what if you your them could out up these some other over while"
                  + " my me just only new do did how because being where then both such any"
                  + " most those before between during under should i it's him like"),
          Map.entry(
              "de",
              "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als"
                  + " auch es an werden aus er hat dass sie nach wird bei einer um am sind noch"
                  + " wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch"
                  + " man sein wurde sei ich wir kann ihre dieser diese wenn"),
          Map.entry(
              "fr",
              "le la les de des et un une du en est que qui dans pour pas au sur par plus ne se"
                  + " ce il elle avec sont son sa ses aux mais ou nous vous leur été être cette"
                  + " comme fait tout ont aussi je on y lui"),
          Map.entry(
              "es",
              "el la los las de del y en que un una por con para es se no al lo como más su sus"
                  + " pero fue ha este esta son también entre cuando muy sin sobre ya hay desde"
                  + " porque todo nos le era donde"),
          Map.entry(
              "it",
              "il lo la i gli le di del della dei delle e è che un una per con non si in da al"
                  + " alla sono come anche più ma ha nel nella questo questa ci gli loro essere"
                  + " stato tra dopo sul sulla quando molto"),
          Map.entry(
              "pt",
              "o a os as de do da dos das e em que um uma para com não no na nos nas por se mais"
                  + " como mas foi ao ele ela seu sua são é também já está isso quando muito"
                  + " pelo pela ter há você"),
          Map.entry(
              "nl",
              "de het een en van in is op te dat die voor zijn met niet aan er ook als bij door"
                  + " maar om dan naar wordt nog uit hij ze wel worden kan deze heeft hebben"
                  + " was werd dit"),
          Map.entry(
              "ru",
              "и в не на что с по как это он она они к но за из от у о так же то все было для"
                  + " его ее мы вы бы уже или только если был была были также при до этого"
                  + " который которые её чтобы"),
          Map.entry(
              "id",
              "dan yang di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh"
                  + " karena bisa saya kita mereka adalah atau sudah telah lebih seperti"),
          Map.entry(
              "sv",
              "och att det som en på är av för med till den har de inte om ett var jag men så"
                  + " från kan vi han hon eller när också"),
          Map.entry(
              "pl",
              "i w nie na z się do to że jest o jak ale po co tak za od przez być jego już"
                  + " oraz tylko są może także"),
          Map.entry(
              "tr",
              "ve bir bu da de için ile olarak daha çok gibi en ne ama olan sonra kadar ise"
                  + " değil var her"));

  private static final List<String> LANGS =
      List.copyOf(new java.util.TreeSet<>(STOP_LISTS.keySet()));
  private static final Map<String, Set<String>> STOP_SETS = new HashMap<>();

  static {
    for (Map.Entry<String, String> e : STOP_LISTS.entrySet()) {
      Set<String> set = Set.copyOf(java.util.Arrays.asList(e.getValue().split(" ")));
      STOP_SETS.put(e.getKey(), set);
    }
  }

  private static final Map<String, Integer> STOP_MASK = new HashMap<>();

  static {
    for (int i = 0; i < LANGS.size(); i++) {
      for (String w : STOP_SETS.get(LANGS.get(i))) {
        STOP_MASK.merge(w, 1 << i, (x, y) -> x | y);
      }
    }
  }

  private LanguageDetector() {}

  /** The fixed order of languages used by stop-word hit arrays. */
  static List<String> languages() {
    return LANGS;
  }

  static int languageCount() {
    return LANGS.size();
  }

  /** Flag in {@link #WORDS} values: the word may name a news agency. */
  static final int AGENCY_HINT = 1 << 30;

  /** Stop-word bits per language (bit i = language i) plus {@link #AGENCY_HINT}. */
  static final WordTable WORDS = wordTable();

  private static WordTable wordTable() {
    Map<String, Integer> all = new HashMap<>(STOP_MASK);
    for (String hint : Attribution.HINT_TOKENS) {
      all.merge(hint, AGENCY_HINT, (x, y) -> x | y);
    }
    return new WordTable(all);
  }

  /**
   * The language of a document from its summed stop-word hits per language, its word count and its
   * letters per script.
   */
  static String detect(int[] hits, int words, ScriptCounts scripts) {
    String byScript = scripts.dominant();
    if (byScript != null) {
      return byScript;
    }
    int best = -1;
    int bestHits = 0;
    int second = 0;
    for (int i = 0; i < hits.length; i++) {
      if (hits[i] > bestHits) {
        second = bestHits;
        bestHits = hits[i];
        best = i;
      } else if (hits[i] > second) {
        second = hits[i];
      }
    }
    // Sure only with enough evidence and a clear lead over the runner-up.
    if (best < 0 || bestHits < 3 || bestHits < words * 0.08 || bestHits < second * 1.3) {
      return UNDETERMINED;
    }
    String lang = LANGS.get(best);
    if ("ru".equals(lang) && scripts.cyrillic < scripts.latin) {
      return UNDETERMINED;
    }
    if (!"ru".equals(lang) && scripts.cyrillic > scripts.latin) {
      return UNDETERMINED;
    }
    return lang;
  }

  /** Letters per script, to recognise languages by script and to guard Latin-script lists. */
  static final class ScriptCounts {
    int latin;
    int cyrillic;
    int hangul;
    int kana;
    int han;
    int arabic;
    int greek;
    int hebrew;
    int thai;
    int devanagari;
    int other;

    void add(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            latin++;
          }
        } else {
          add(c);
        }
      }
    }

    /** Counts one non-ASCII char. */
    void add(char c) {
      if (c < 0x250) {
        if (Character.isLetter(c)) {
          latin++;
        }
      } else if (c >= 0x400 && c < 0x530) {
        cyrillic++;
      } else if (c >= 0xac00 && c < 0xd7b0 || c >= 0x1100 && c < 0x1200) {
        hangul++;
      } else if (c >= 0x3040 && c < 0x3100) {
        kana++;
      } else if (c >= 0x4e00 && c < 0xa000) {
        han++;
      } else if (c >= 0x600 && c < 0x700) {
        arabic++;
      } else if (c >= 0x370 && c < 0x400) {
        greek++;
      } else if (c >= 0x590 && c < 0x600) {
        hebrew++;
      } else if (c >= 0xe00 && c < 0xe80) {
        thai++;
      } else if (c >= 0x900 && c < 0x980) {
        devanagari++;
      } else if (Character.isLetter(c)) {
        other++;
      }
    }

    /** The language a script decides outright, or null (Latin and Cyrillic need stop words). */
    String dominant() {
      int total = latin + cyrillic + hangul + kana + han + arabic + greek + hebrew + thai;
      total += devanagari + other;
      if (total == 0) {
        return null;
      }
      if (hangul * 3 > total) {
        return "ko";
      }
      if (kana * 10 > total && (kana + han) * 2 > total) {
        return "ja";
      }
      if (han * 2 > total) {
        return "zh";
      }
      if (greek * 2 > total) {
        return "el";
      }
      if (hebrew * 2 > total) {
        return "he";
      }
      if (thai * 2 > total) {
        return "th";
      }
      return null;
    }
  }
}
