package io.newsline.runtime.deadletter;

/**
 * Thrown by a stage to reject the record it is processing, with a reason an operator can read: the
 * record goes to the dead-letter topic with its original bytes and the reason in the headers, and
 * processing continues with the next record. This is the one way a stage rejects input.
 *
 * <p>Rejection is an expected outcome, not a bug, so the exception carries no stack trace.
 */
public final class RecordRejectedException extends RuntimeException {
  public RecordRejectedException(String reason) {
    super(reason, null, false, false);
  }

  public String reason() {
    return getMessage();
  }
}
