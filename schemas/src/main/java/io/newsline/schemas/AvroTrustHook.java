package io.newsline.schemas;

import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * Installs {@link AvroTrust} before any newsline record class can be used, with no call needed.
 *
 * <p>Avro has no "on first use" hook, but it loads every {@link LogicalTypes.LogicalTypeFactory}
 * listed in {@code META-INF/services} when {@link LogicalTypes} initialises, which happens as soon
 * as the first generated class parses its schema (all of ours have timestamp fields). This factory
 * exists for that side effect; the logical type it registers, {@code newsline-trust}, is never used
 * in a schema.
 */
public final class AvroTrustHook implements LogicalTypes.LogicalTypeFactory {
  public AvroTrustHook() {
    AvroTrust.install();
  }

  @Override
  public LogicalType fromSchema(Schema schema) {
    return new LogicalType(getTypeName());
  }

  @Override
  public String getTypeName() {
    return "newsline-trust";
  }
}
