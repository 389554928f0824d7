package io.newsline.runtime.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text exposition format (version 0.0.4), for tests: every line
 * must be a HELP, a TYPE or a sample, every sample's family must be typed before it, and values
 * must be numbers. Returns the samples so tests can look values up.
 */
public final class PrometheusText {
  private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
  private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") .*");
  private static final Pattern TYPE =
      Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
  private static final String LABEL = "[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\"";
  private static final Pattern SAMPLE =
      Pattern.compile(
          "("
              + NAME
              + ")(\\{(?:"
              + LABEL
              + "(?:,"
              + LABEL
              + ")*,?)?\\})? (-?[0-9.eE+-]+|NaN|[+-]Inf)( -?[0-9]+)?");
  private static final Set<String> SUFFIXES =
      Set.of("_total", "_count", "_sum", "_bucket", "_created", "_max", "_info");

  private PrometheusText() {}

  /** Parses the text; throws {@link IllegalArgumentException} naming the first bad line. */
  public static Map<String, Double> parse(String text) {
    Map<String, String> types = new LinkedHashMap<>();
    Map<String, Double> samples = new LinkedHashMap<>();
    int lineNumber = 0;
    for (String line : text.split("\n", -1)) {
      lineNumber++;
      if (line.isEmpty()) {
        continue;
      }
      Matcher type = TYPE.matcher(line);
      if (type.matches()) {
        if (types.put(type.group(1), type.group(2)) != null) {
          throw bad(lineNumber, line, "family typed twice");
        }
        continue;
      }
      if (HELP.matcher(line).matches()) {
        continue;
      }
      Matcher sample = SAMPLE.matcher(line);
      if (!sample.matches()) {
        throw bad(lineNumber, line, "neither HELP, TYPE nor a sample");
      }
      if (!types.containsKey(family(sample.group(1), types.keySet()))) {
        throw bad(lineNumber, line, "sample of an untyped family");
      }
      String key = sample.group(1) + (sample.group(2) == null ? "" : sample.group(2));
      if (samples.put(key, Double.valueOf(sample.group(3).replace("Inf", "Infinity"))) != null) {
        throw bad(lineNumber, line, "duplicate sample");
      }
    }
    return samples;
  }

  private static String family(String sampleName, Set<String> families) {
    if (families.contains(sampleName)) {
      return sampleName;
    }
    for (String suffix : SUFFIXES) {
      if (sampleName.endsWith(suffix)) {
        String base = sampleName.substring(0, sampleName.length() - suffix.length());
        if (families.contains(base)) {
          return base;
        }
      }
    }
    return sampleName;
  }

  private static IllegalArgumentException bad(int lineNumber, String line, String why) {
    return new IllegalArgumentException("line " + lineNumber + ": " + why + ": " + line);
  }
}
