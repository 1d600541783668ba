package io.carefile.common.db;

import org.hibernate.exception.ConstraintViolationException;

/**
 * Reads which database constraint refused a write, so that a service maps exactly the violation it
 * expects (a taken slug, a used idempotency key) to its refusal and lets every other failure
 * through.
 */
public final class ConstraintViolations {

  private ConstraintViolations() {}

  /** True when {@code failure}, or one of its causes, is a violation of the named constraint. */
  public static boolean isViolationOf(Throwable failure, String constraintName) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConstraintViolationException violation
          && constraintName.equals(violation.getConstraintName())) {
        return true;
      }
    }
    return false;
  }
}
