package io.newsline.schemas;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12.2 refuses to instantiate classes it has not been told to trust (CVE-2024-47561
 * hardening). newsline's generated records live in {@code io.newsline.avro}; this adds that package
 * to the global trust list, once, for the whole JVM. Every serde calls {@link #install()} so no
 * caller has to remember it.
 */
public final class AvroTrust {
  /** Package of the classes generated from {@code schemas/src/main/avro}. */
  public static final String GENERATED_PACKAGE = "io.newsline.avro";

  private static volatile boolean installed;

  private AvroTrust() {}

  /** Trusts the generated record classes in addition to whatever Avro already trusts. */
  public static void install() {
    if (installed) {
      return;
    }
    synchronized (AvroTrust.class) {
      if (installed) {
        return;
      }
      ClassSecurityValidator.ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
      ClassSecurityValidator.setGlobal(
          ClassSecurityValidator.composite(
              previous,
              type ->
                  type.getPackage() != null
                      && type.getPackage().getName().equals(GENERATED_PACKAGE)));
      installed = true;
    }
  }
}
