package io.newsline.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The typing rules of {@link EntityExtractor}, each on sentences written for it. */
class EntityTypingRulesTest {
  private static final EntityExtractor EX = EntityExtractor.create();

  private static EntityKind kind(List<Mention> ms, String text) {
    return ms.stream()
        .filter(m -> m.text().equals(text))
        .map(Mention::kind)
        .findFirst()
        .orElse(null);
  }

  private static EntityKind kindIn(String sentence, String name) {
    return kind(EX.extract(sentence), name);
  }

  @Test
  void bundledGivenNamesMakePersons() {
    assertThat(
            kindIn("The talks were chaired by Priscilla Okonkwo last week.", "Priscilla Okonkwo"))
        .isEqualTo(EntityKind.PERSON);
    assertThat(kindIn("Officials met Bartholomew Quigley in the morning.", "Bartholomew Quigley"))
        .isEqualTo(EntityKind.PERSON);
  }

  @Test
  void twoUnknownCapitalisedWordsAreNotGuessedToBeAPerson() {
    // no first name, no cue: the type is unknown (MISC), not PERSON as before
    assertThat(kindIn("Fans travelled to see Velvet Thunder play again.", "Velvet Thunder"))
        .isEqualTo(EntityKind.MISC);
  }

  @Test
  void aGivenNameInsideAThreeWordNameMakesAPerson() {
    assertThat(kindIn("The commander, Zaki Mohammad Rahimi, refused.", "Zaki Mohammad Rahimi"))
        .isEqualTo(EntityKind.PERSON);
  }

  @Test
  void occupationsBeforeANameMakePersons() {
    List<Mention> ms =
        EX.extract("The album features drummer Kvist Halloran and pianist Oddvar Brekke.");
    assertThat(kind(ms, "Kvist Halloran")).isEqualTo(EntityKind.PERSON);
    assertThat(kind(ms, "Oddvar Brekke")).isEqualTo(EntityKind.PERSON);
  }

  @Test
  void definitionalSentencesTypeTheirSubject() {
    assertThat(kindIn("Tressingham is a small village in the hills.", "Tressingham"))
        .isEqualTo(EntityKind.LOCATION);
    assertThat(kindIn("Marrowbone Lane is a rock band from the coast.", "Marrowbone Lane"))
        .isEqualTo(EntityKind.ORGANIZATION);
    assertThat(kindIn("Kelvaro Dunst was a German composer of film music.", "Kelvaro Dunst"))
        .isEqualTo(EntityKind.PERSON);
    assertThat(kindIn("They walked to the town of Ostrevik on foot.", "Ostrevik"))
        .isEqualTo(EntityKind.LOCATION);
    assertThat(kindIn("The farm lies two miles north of Ballykeel today.", "Ballykeel"))
        .isEqualTo(EntityKind.LOCATION);
  }

  @Test
  void aTypeOnceSaidHoldsForTheWholeArticle() {
    List<Mention> ms =
        EX.extract(
            "Tressingham is a village in the hills. Many families left Tressingham after the war.");
    assertThat(ms)
        .filteredOn(m -> m.text().equals("Tressingham"))
        .hasSize(2)
        .allMatch(m -> m.kind() == EntityKind.LOCATION);
  }

  @Test
  void namesInOneListShareATypeAndSurnamesFollowTheFullName() {
    List<Mention> ms =
        EX.extract(
            "The panel was Thomas Brannigan, Odo Fenwright and Kessel Marr. Later Fenwright"
                + " left early.");
    assertThat(kind(ms, "Odo Fenwright")).isEqualTo(EntityKind.PERSON);
    assertThat(kind(ms, "Kessel Marr")).isEqualTo(EntityKind.PERSON);
    assertThat(kind(ms, "Fenwright")).isEqualTo(EntityKind.PERSON);
  }

  @Test
  void aPlaceAfterACommaMakesTheNameBeforeItAPlace() {
    assertThat(kindIn("The mill was built near Kingston, Ontario in 1850.", "Kingston"))
        .isEqualTo(EntityKind.LOCATION);
    assertThat(kindIn("He grew up in Bexley Falls, New Jersey with his aunt.", "Bexley Falls"))
        .isEqualTo(EntityKind.LOCATION);
  }

  @Test
  void teamsAndBandsEndingInAPlural() {
    List<Mention> ms =
        EX.extract("He signed with the Portland Grizzlies in May. The Grizzlies won the final.");
    assertThat(kind(ms, "Portland Grizzlies")).isEqualTo(EntityKind.ORGANIZATION);
    assertThat(kind(ms, "Grizzlies")).isEqualTo(EntityKind.ORGANIZATION);
    // a person whose surname ends in -s is not a team
    assertThat(kindIn("Councillor Tamsin Perkins voted against it.", "Tamsin Perkins"))
        .isEqualTo(EntityKind.PERSON);
    assertThat(kindIn("At noon Tamsin Perkins voted against it.", "Tamsin Perkins"))
        .isNotEqualTo(EntityKind.ORGANIZATION);
  }

  @Test
  void capitalisedTheInsideASentenceBelongsToTheName() {
    List<Mention> ms = EX.extract("He toured with The Hollow Lanterns in the spring.");
    assertThat(kind(ms, "The Hollow Lanterns")).isEqualTo(EntityKind.ORGANIZATION);
    // but not in a dateline or headline
    List<Mention> dateline = EX.extract("KABUL (Reuters) - The Taliban said on Sunday it won.");
    assertThat(kind(dateline, "Taliban")).isEqualTo(EntityKind.ORGANIZATION);
    assertThat(kind(dateline, "The Taliban")).isNull();
  }

  @Test
  void eventsAwardsAndLawsAreMisc() {
    List<Mention> ms =
        EX.extract("They won the Harrowgate Cup twice before the Second World War broke out.");
    assertThat(kind(ms, "Harrowgate Cup")).isEqualTo(EntityKind.MISC);
    assertThat(kind(ms, "Second World War")).isEqualTo(EntityKind.MISC);
  }

  @Test
  void compassWordsMakePlacesAndAreNotSplitOff() {
    List<Mention> ms = EX.extract("She moved from East Germany to South Beach in 1990.");
    assertThat(kind(ms, "East Germany")).isEqualTo(EntityKind.LOCATION);
    assertThat(kind(ms, "South Beach")).isEqualTo(EntityKind.LOCATION);
  }

  @Test
  void titlesDoNotSplitOrganisationNames() {
    List<Mention> ms = EX.extract("He was drafted into Major League Baseball in 1961.");
    assertThat(kind(ms, "Major League Baseball")).isEqualTo(EntityKind.ORGANIZATION);
    assertThat(ms).noneMatch(m -> m.text().equals("League Baseball"));
  }

  @Test
  void organisationNamesWithAndAmpersandAndUnitNumbers() {
    List<Mention> ms =
        EX.extract(
            "She joined the Institute of Marine Science and Engineering, then Grindle & Sowerby, and"
                + " later the 82nd Airborne Division.");
    assertThat(kind(ms, "Institute of Marine Science and Engineering"))
        .isEqualTo(EntityKind.ORGANIZATION);
    assertThat(kind(ms, "Grindle & Sowerby")).isEqualTo(EntityKind.ORGANIZATION);
    assertThat(kind(ms, "82nd Airborne Division")).isEqualTo(EntityKind.ORGANIZATION);
    // two people joined by '&' stay two people
    List<Mention> pair = EX.extract("The show is hosted by Karen Doyle & Peter Vance.");
    assertThat(kind(pair, "Karen Doyle")).isEqualTo(EntityKind.PERSON);
    assertThat(kind(pair, "Peter Vance")).isEqualTo(EntityKind.PERSON);
  }

  @Test
  void middleInitialsStayInTheName() {
    assertThat(kindIn("The report was signed by John A. Corvell yesterday.", "John A. Corvell"))
        .isEqualTo(EntityKind.PERSON);
  }

  @Test
  void nounsAfterANameMakeItAnOrganisation() {
    assertThat(kindIn("He joined the Kestrel caucus after the vote.", "Kestrel"))
        .isEqualTo(EntityKind.ORGANIZATION);
    assertThat(kindIn("He played for the Dunmore hockey team for years.", "Dunmore"))
        .isEqualTo(EntityKind.ORGANIZATION);
  }

  @Test
  void commonNounAcronymsAndAbstractNounsAreNotEntities() {
    List<Mention> ms = EX.extract("The CD sold well and he moved into Management at the label.");
    assertThat(ms).noneMatch(m -> m.text().equals("CD"));
    assertThat(kind(ms, "Management")).isNotEqualTo(EntityKind.LOCATION);
  }

  @Test
  void humanVerbsAndBirthDatesMakePersons() {
    assertThat(kindIn("Years later Ostrander retired to the coast.", "Ostrander"))
        .isEqualTo(EntityKind.PERSON);
    assertThat(kindIn("Kerem Yaldiz ( born 3 May 1980 ) is a footballer.", "Kerem Yaldiz"))
        .isEqualTo(EntityKind.PERSON);
  }

  @Test
  void officeTitleAfterAPlaceIsNotPartOfIt() {
    List<Mention> ms = EX.extract("The bill was backed by a Texas Senator and an Ontario MP.");
    assertThat(kind(ms, "Texas")).isEqualTo(EntityKind.LOCATION);
    assertThat(kind(ms, "Ontario")).isEqualTo(EntityKind.LOCATION);
  }
}
