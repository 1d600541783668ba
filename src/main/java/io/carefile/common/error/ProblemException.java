package io.carefile.common.error;

import java.util.Collection;
import java.util.List;

/**
 * A domain failure that the caller can act on. Services throw it (or a subclass); the single mapper
 * in {@link ProblemMapper} turns it into problem+json.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final List<Problem.FieldError> errors;
  private final List<?> findings;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, List.of());
  }

  public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
    super(detail);
    this.type = type;
    this.errors = List.copyOf(errors);
    this.findings = List.of();
  }

  /** A problem with a return's values, listing the validation findings behind it. */
  public ProblemException(ProblemType type, String detail, Collection<?> findings) {
    super(detail);
    this.type = type;
    this.errors = List.of();
    this.findings = List.copyOf(findings);
  }

  public ProblemType type() {
    return type;
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }

  public List<?> findings() {
    return findings;
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " was not found");
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(ProblemType.CONFLICT, detail);
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(ProblemType.FORBIDDEN, detail);
  }
}
