package io.newsline.enrich.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.extract.EntityKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteersTest {
  @TempDir Path dir;

  private static final String CITY =
      String.join(
              "\t",
              "1138958",
              "Kabul",
              "Kabul",
              "Cabul,Kaboul,kabul,Кабул",
              "34.52813",
              "69.17233",
              "P",
              "PPLC",
              "AF",
              "",
              "13",
              "",
              "",
              "",
              "3043532",
              "",
              "1808",
              "Asia/Kabul",
              "2019-07-29")
          + "\n";

  @Test
  void parsesCitiesTextAndZip() throws IOException {
    Path txt = dir.resolve("cities15000.txt");
    Files.writeString(txt, CITY, StandardCharsets.UTF_8);
    List<KnownEntity> es = Gazetteers.geonames(txt);
    assertThat(es)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.entityId()).isEqualTo("geonames:1138958");
              assertThat(e.name()).isEqualTo("Kabul");
              assertThat(e.kind()).isEqualTo(EntityKind.LOCATION);
              assertThat(e.aliases())
                  .contains("Kabul", "Cabul", "Kaboul", "Кабул")
                  .doesNotContain("kabul");
            });
    Path zip = dir.resolve("cities15000.zip");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("cities15000.txt"));
      z.write(CITY.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    assertThat(Gazetteers.geonames(zip)).isEqualTo(es);
  }

  @Test
  void parsesAdmin1() throws IOException {
    Path f = dir.resolve("admin1CodesASCII.txt");
    Files.writeString(
        f,
        "AF.42\tPanjshir\tPanjshir\t6957555\nAD.06\tSant Julià de Loria\tSant Julia de Loria\t3039162\n");
    List<KnownEntity> es = Gazetteers.geonames(f);
    assertThat(es)
        .extracting(KnownEntity::entityId)
        .containsExactly("geonames:6957555", "geonames:3039162");
    assertThat(es.get(1).aliases()).contains("Sant Julià de Loria", "Sant Julia de Loria");
  }

  @Test
  void parsesCountriesJson() throws IOException {
    Path f = dir.resolve("countries.json");
    Files.writeString(
        f,
        "[{\"name\":{\"common\":\"Afghanistan\",\"official\":\"Islamic Republic of Afghanistan\","
            + "\"native\":{\"tuk\":{\"official\":\"Owganystan Yslam Respublikasy\",\"common\":\"Owganystan\"}}},"
            + "\"altSpellings\":[\"AF\",\"Af\\u0121\\u0101nist\\u0101n\"],\"cca3\":\"AFG\",\"area\":652230,"
            + "\"independent\":true,\"demonyms\":{\"eng\":{\"f\":\"Afghan\",\"m\":\"Afghan\"}}}]");
    List<KnownEntity> es = Gazetteers.countries(f);
    assertThat(es).hasSize(2);
    KnownEntity c = es.get(0);
    assertThat(c.entityId()).isEqualTo("country:AFG");
    assertThat(c.kind()).isEqualTo(EntityKind.LOCATION);
    assertThat(c.aliases())
        .contains("Afghanistan", "Islamic Republic of Afghanistan", "Owganystan", "Afġānistān");
    assertThat(es.get(1).entityId()).isEqualTo("demonym:AFG");
    assertThat(es.get(1).kind()).isEqualTo(EntityKind.MISC);
    assertThat(es.get(1).name()).isEqualTo("Afghan");
  }
}
