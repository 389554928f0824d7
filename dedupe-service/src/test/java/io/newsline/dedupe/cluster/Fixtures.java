package io.newsline.dedupe.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Short hand-written articles: a background of unrelated stories, three related events, and one
 * event that starts as two (public: the topology tests replay them too).
 */
public final class Fixtures {
  private Fixtures() {}

  public static final long T0 = 1_630_000_000_000L;
  public static final long HOUR = 3_600_000L;

  public static ArticleInput article(String id, String title, String text, long time) {
    return new ArticleInput(id, title, text, List.of(), time);
  }

  /** Unrelated stories, so that document frequencies mean something. */
  public static List<ArticleInput> background() {
    String[][] stories = {
      {
        "Storm floods coastal towns",
        "Heavy rain from a slow moving storm flooded coastal towns on Tuesday, forcing hundreds of"
            + " residents to leave their homes. Emergency crews used boats to reach stranded"
            + " families while the weather service warned of more rain through the weekend."
      },
      {
        "Central bank holds interest rates",
        "The central bank kept its benchmark interest rate unchanged on Wednesday, citing"
            + " stubborn inflation and a cooling labour market. Economists had expected the pause,"
            + " and markets rose slightly after the announcement."
      },
      {
        "Phone maker unveils folding handset",
        "The phone maker unveiled a folding handset with a larger battery and a brighter screen at"
            + " its annual launch event. Analysts said the price would limit sales to enthusiasts."
      },
      {
        "City marathon draws record field",
        "A record field of runners took part in the city marathon on Sunday. The winner crossed"
            + " the line in just over two hours, and organisers praised volunteers and spectators."
      },
      {
        "Drought hits wheat harvest",
        "A long drought has cut the wheat harvest across the southern plains, farmers said, pushing"
            + " up bread prices. The agriculture ministry promised emergency aid for growers."
      },
      {
        "Museum returns looted statues",
        "The national museum returned two looted bronze statues to their country of origin in a"
            + " ceremony attended by diplomats and archaeologists who had traced the artefacts."
      },
      // the same region and actors in other events: a live stream is full of these
      {
        "Evacuation flights resume at Kabul airport",
        "Evacuation flights resumed at Kabul airport on Tuesday after crowds that had overrun"
            + " the runway were cleared. Military transport planes carried diplomats, interpreters"
            + " and their families to Qatar, and officials said the airlift would run around the"
            + " clock until the end of the month."
      },
      {
        "Taliban delay announcement of new government",
        "The Taliban delayed the announcement of a new government for a second time, spokesman"
            + " Zabihullah Mujahid said, as leaders argued over cabinet posts. Mullah Baradar is"
            + " expected to lead the administration, and the cabinet may include no women."
      },
      {
        "Aid agencies warn of hunger in Afghanistan",
        "The World Food Programme warned that fourteen million people in Afghanistan face hunger"
            + " as winter approaches and drought destroys crops. Food stocks could run out by"
            + " October, the agency said, appealing to donors for two hundred million dollars."
      },
      {
        "Women protest in Kabul for right to work",
        "Dozens of women marched in Herat demanding the right to work and to study at"
            + " universities. Teachers and doctors carried placards outside the governor's office"
            + " and said they would keep protesting until schools reopened for girls."
      },
    };
    List<ArticleInput> out = new ArrayList<>();
    for (int i = 0; i < stories.length; i++) {
      out.add(article("bg" + i, stories[i][0], stories[i][1], T0 + i * HOUR));
    }
    return out;
  }

  /**
   * One event (a bridge collapse) whose first two reports share too few words to join: "c" founds a
   * second event, "b" joins it and "d", "e" and "f" the first; each of those tells both halves, so
   * the two centroids converge, and "g", which reaches both, finds them close enough to merge (with
   * the background before them; see EventClustererTest).
   */
  public static List<ArticleInput> bridgeCollapse() {
    String[][] reports = {
      {
        "a",
        "Bridge collapses in Kelso",
        "A road bridge over the Varna river collapsed in Kelso on Monday morning, sending two cars"
            + " into the water. Rescuers pulled four people from the river and took them to"
            + " hospital."
      },
      {
        "c",
        "Divers search the Varna for missing motorist",
        "Divers searched the Varna for a missing motorist after the crossing at Kelso gave way."
            + " The mayor said engineers had inspected the span last year and would be questioned."
      },
      {
        "b",
        "Kelso bridge collapse: four rescued, driver missing",
        "A road bridge over the Varna river collapsed in Kelso, sending two cars into the water."
            + " Divers searched the Varna for a missing motorist after the crossing gave way. The"
            + " mayor said engineers had inspected the span last year."
      },
      {
        "d",
        "Bridge collapses in Kelso, motorist missing",
        "A road bridge over the Varna river collapsed in Kelso on Monday morning, sending two cars"
            + " into the water. Rescuers pulled four people from the river. Divers searched the"
            + " Varna for a missing motorist, and the mayor said engineers had inspected the span"
            + " last year."
      },
      {
        "e",
        "Kelso bridge: divers look for motorist",
        "Divers searched the Varna river at Kelso for a missing motorist after a road bridge"
            + " collapsed, sending two cars into the water. Four people were pulled from the river."
            + " Engineers had inspected the span last year, the mayor said."
      },
      {
        "f",
        "Motorist missing after Kelso bridge falls",
        "Rescuers pulled four people from the Varna after the road bridge at Kelso collapsed on"
            + " Monday, and divers searched for a missing motorist. The mayor said engineers had"
            + " inspected the span last year."
      },
      {
        "g",
        "Divers search for motorist after Kelso bridge collapse",
        "Divers searched the Varna for a missing motorist after the road bridge at Kelso collapsed"
            + " on Monday, sending two cars into the water. The mayor said engineers had inspected"
            + " the span last year and would be questioned."
      },
    };
    List<ArticleInput> out = new ArrayList<>();
    for (int i = 0; i < reports.length; i++) {
      out.add(article(reports[i][0], reports[i][1], reports[i][2], T0 + (20 + i) * HOUR));
    }
    return out;
  }

  static final String EMBASSY_TITLE = "Taliban ask Russian embassy to carry message to Panjshir";
  static final String EMBASSY =
      "A senior member of the Taliban political office asked the Russian embassy in Kabul on"
          + " Saturday to convey a message to the resistance fighters holding out in the Panjshir"
          + " valley, Russian ambassador Dmitry Zhirnov said. The Taliban want a political"
          + " agreement and do not want bloodshed, the ambassador said. Zhirnov said Moscow"
          + " would pass the proposal on and urged both sides to negotiate.";

  static final String EMBASSY_REWRITE_TITLE =
      "Russia's envoy says Taliban seek talks with Panjshir holdouts through embassy";
  static final String EMBASSY_REWRITE =
      "Moscow's ambassador to Afghanistan, Dmitry Zhirnov, said a Taliban representative visited"
          + " the Russian embassy on Saturday and asked Russian diplomats to pass a message to"
          + " the leaders of the Panjshir resistance: the movement seeks dialogue and a peaceful"
          + " political agreement. Zhirnov said the Taliban do not want bloodshed in the valley.";

  static final String DISTRICTS_TITLE = "Panjshir resistance says it retook three districts";
  static final String DISTRICTS =
      "Fighters of the Panjshir resistance said they recaptured the Deh Salah, Puli Hisar and Banu"
          + " districts of Baghlan province after killing dozens of Taliban insurgents. A"
          + " Taliban spokesman denied the districts had fallen and said reinforcements were"
          + " being sent north from Kabul.";

  static final String CAPITAL_TITLE = "Taliban claim capture of Panjshir capital Bazarak";
  static final String CAPITAL =
      "Taliban fighters entered Bazarak, the provincial capital of Panjshir, and raised their flag"
          + " over the governor's compound on Monday, a Taliban spokesman claimed. Ahmad Massoud"
          + " said on Facebook that he was ready for negotiations if the offensive stopped, and"
          + " denied that the valley had fallen.";

  private static final String[] QUAKE_STORY = {
    "earthquake",
    "island",
    "strait",
    "villages",
    "houses",
    "damaged",
    "rescue",
    "teams",
    "injured",
    "residents",
    "tremor",
    "struck",
    "province",
    "officials",
    "said",
    "buildings",
    "collapsed",
    "quake",
    "coast",
    "shelter"
  };

  /** What one of two earthquakes on one island has of its own (places, day, people, figures). */
  public static final String[] QUAKE_1 = {
    "Dargahan",
    "Tuesday",
    "magnitude 5.9",
    "Ramkan",
    "Salakh",
    "seven",
    "dead",
    "hospital",
    "Governor",
    "Mousavi",
    "tents",
    "night"
  };

  /** The other earthquake's own words. */
  public static final String[] QUAKE_2 = {
    "Tabl",
    "Friday",
    "magnitude 6.1",
    "Kushkenar",
    "Hengam",
    "aftershocks",
    "school",
    "students",
    "Minister",
    "Rahimi",
    "bridge",
    "morning"
  };

  /**
   * A report of one of two similar events (twins): six of ten words the story's, the rest the
   * event's own ({@link #QUAKE_1} or {@link #QUAKE_2}).
   */
  public static ArticleInput quakeReport(String id, String[] own, Random r, long time) {
    StringBuilder text = new StringBuilder();
    for (int s = 0; s < 6; s++) {
      for (int w = 0; w < 12; w++) {
        String word =
            r.nextInt(10) < 6
                ? QUAKE_STORY[r.nextInt(QUAKE_STORY.length)]
                : own[r.nextInt(own.length)];
        text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        text.append(w == 11 ? ". " : " ");
      }
    }
    String title = "Earthquake strikes island " + own[0] + " " + own[1];
    return article(id, title, text.toString(), time);
  }
}
