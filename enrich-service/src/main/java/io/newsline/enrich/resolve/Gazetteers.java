package io.newsline.enrich.resolve;

import io.newsline.enrich.extract.EntityKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Parses standard gazetteer files into {@link KnownEntity} lists for loading into a registry. */
public final class Gazetteers {
  private static final int MAX_ALIAS_CHARS = 80;

  private Gazetteers() {}

  /**
   * GeoNames: {@code cities15000.txt} (or the {@code .zip} holding it; 19 tab-separated columns,
   * alternate names in column 4) or {@code admin1CodesASCII.txt} (code, name, ascii name, id). Ids
   * are {@code geonames:<geonameid>}; aliases are the name, the ASCII name and the alternate names
   * that are written with a capital or in a non-Latin script.
   */
  public static List<KnownEntity> geonames(Path citiesOrAdmin1File) {
    try (InputStream raw = Files.newInputStream(citiesOrAdmin1File)) {
      if (citiesOrAdmin1File.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
        ZipInputStream zip = new ZipInputStream(raw, StandardCharsets.UTF_8);
        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
          if (!e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".txt")) {
            return parseGeonames(zip);
          }
        }
        return List.of();
      }
      return parseGeonames(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<KnownEntity> parseGeonames(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<KnownEntity> out = new ArrayList<>();
    for (String line; (line = r.readLine()) != null; ) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String id;
      String name;
      Set<String> aliases = new LinkedHashSet<>();
      if (f.length >= 15) { // cities: geonameid, name, asciiname, alternatenames, ...
        id = f[0].strip();
        name = f[1].strip();
        aliases.add(name);
        addAlias(aliases, f[2]);
        for (String alt : f[3].split(",")) {
          addAlias(aliases, alt);
        }
      } else if (f.length == 4) { // admin1: code, name, asciiname, geonameid
        id = f[3].strip();
        name = f[1].strip();
        aliases.add(name);
        addAlias(aliases, f[2]);
      } else {
        continue;
      }
      if (id.isEmpty() || name.isEmpty() || !id.chars().allMatch(Character::isDigit)) {
        continue;
      }
      out.add(new KnownEntity("geonames:" + id, name, EntityKind.LOCATION, aliases));
    }
    return out;
  }

  private static void addAlias(Set<String> aliases, String alt) {
    String a = alt.strip();
    if (a.isEmpty() || a.length() > MAX_ALIAS_CHARS) {
      return;
    }
    int first = a.codePointAt(0);
    boolean latinLower =
        Character.isLowerCase(first)
            && Character.UnicodeScript.of(first) == Character.UnicodeScript.LATIN;
    if (!latinLower && Character.isLetter(first)) {
      aliases.add(a);
    }
  }

  /**
   * mledoze/countries {@code countries.json}: one LOCATION entity per country ({@code
   * country:<cca3>}, common name, official/native names and alternative spellings as aliases) and
   * one MISC entity per English demonym ({@code demonym:<cca3>}).
   */
  public static List<KnownEntity> countries(Path countriesJson) {
    Object root;
    try {
      root = new MiniJson(Files.readString(countriesJson, StandardCharsets.UTF_8)).parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<KnownEntity> out = new ArrayList<>();
    if (!(root instanceof List<?> list)) {
      throw new IllegalArgumentException("countries.json: expected a JSON array");
    }
    for (Object o : list) {
      if (!(o instanceof Map<?, ?> c)) {
        continue;
      }
      String code = str(c.get("cca3"));
      Map<?, ?> name = map(c.get("name"));
      String common = str(name.get("common"));
      if (code == null || common == null) {
        continue;
      }
      Set<String> aliases = new LinkedHashSet<>();
      aliases.add(common);
      addIfString(aliases, name.get("official"));
      for (Object nat : map(name.get("native")).values()) {
        Map<?, ?> n = map(nat);
        addIfString(aliases, n.get("common"));
        addIfString(aliases, n.get("official"));
      }
      if (c.get("altSpellings") instanceof List<?> alts) {
        for (Object a : alts) {
          addIfString(aliases, a);
        }
      }
      out.add(new KnownEntity("country:" + code, common, EntityKind.LOCATION, aliases));
      Map<?, ?> eng = map(map(c.get("demonyms")).get("eng"));
      Set<String> dem = new LinkedHashSet<>();
      addIfString(dem, eng.get("m"));
      addIfString(dem, eng.get("f"));
      if (!dem.isEmpty()) {
        out.add(new KnownEntity("demonym:" + code, dem.iterator().next(), EntityKind.MISC, dem));
      }
    }
    return out;
  }

  private static void addIfString(Set<String> set, Object o) {
    String s = str(o);
    if (s != null && !s.isBlank() && s.length() <= MAX_ALIAS_CHARS) {
      set.add(s.strip());
    }
  }

  private static String str(Object o) {
    return o instanceof String s ? s : null;
  }

  private static Map<?, ?> map(Object o) {
    return o instanceof Map<?, ?> m ? m : Map.of();
  }

  /** A small strict JSON reader: objects, arrays, strings, numbers, booleans, null. */
  static final class MiniJson {
    private final String s;
    private int i;

    MiniJson(String s) {
      this.s = s;
    }

    Object parse() {
      Object v = value();
      ws();
      if (i != s.length()) {
        throw error("trailing data");
      }
      return v;
    }

    private Object value() {
      ws();
      if (i >= s.length()) {
        throw error("unexpected end");
      }
      char c = s.charAt(i);
      switch (c) {
        case '{':
          return object();
        case '[':
          return array();
        case '"':
          return string();
        case 't':
          return literal("true", Boolean.TRUE);
        case 'f':
          return literal("false", Boolean.FALSE);
        case 'n':
          return literal("null", null);
        default:
          return number();
      }
    }

    private Map<String, Object> object() {
      Map<String, Object> m = new LinkedHashMap<>();
      i++;
      ws();
      if (peek() == '}') {
        i++;
        return m;
      }
      while (true) {
        ws();
        String k = string();
        ws();
        expect(':');
        m.put(k, value());
        ws();
        if (peek() == ',') {
          i++;
        } else {
          expect('}');
          return m;
        }
      }
    }

    private List<Object> array() {
      List<Object> l = new ArrayList<>();
      i++;
      ws();
      if (peek() == ']') {
        i++;
        return l;
      }
      while (true) {
        l.add(value());
        ws();
        if (peek() == ',') {
          i++;
        } else {
          expect(']');
          return l;
        }
      }
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (i < s.length()) {
        char c = s.charAt(i++);
        if (c == '"') {
          return b.toString();
        }
        if (c == '\\') {
          if (i >= s.length()) {
            break;
          }
          char e = s.charAt(i++);
          switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'r' -> b.append('\r');
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            case 'u' -> {
              if (i + 4 > s.length()) {
                throw error("bad escape");
              }
              b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            default -> b.append(e);
          }
        } else {
          b.append(c);
        }
      }
      throw error("unterminated string");
    }

    private Object number() {
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      if (start == i) {
        throw error("unexpected character");
      }
      return Double.parseDouble(s.substring(start, i));
    }

    private Object literal(String word, Object v) {
      if (!s.startsWith(word, i)) {
        throw error("bad literal");
      }
      i += word.length();
      return v;
    }

    private char peek() {
      return i < s.length() ? s.charAt(i) : '\0';
    }

    private void expect(char c) {
      if (peek() != c) {
        throw error("expected '" + c + "'");
      }
      i++;
    }

    private void ws() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private IllegalArgumentException error(String msg) {
      return new IllegalArgumentException("JSON: " + msg + " at offset " + i);
    }
  }
}
