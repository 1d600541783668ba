package io.carefile.common.error;

import java.util.Collection;
import java.util.List;

/**
 * A refusal the caller can act on. Services throw it with the specific {@link ProblemCode} of the
 * refusal; the single mapper in {@link ProblemMapper} turns it into problem+json.
 */
public class ProblemException extends RuntimeException {

  private final ProblemCode type;
  private final List<Problem.FieldError> errors;
  private final List<?> findings;
  private final List<String> allowed;

  public ProblemException(ProblemCode type, String detail) {
    this(type, detail, List.of());
  }

  public ProblemException(ProblemCode type, String detail, List<Problem.FieldError> errors) {
    this(type, detail, errors, List.of(), List.of());
  }

  /** A problem with a return's values, listing the validation findings behind it. */
  public ProblemException(ProblemCode type, String detail, Collection<?> findings) {
    this(type, detail, List.of(), List.copyOf(findings), List.of());
  }

  private ProblemException(
      ProblemCode type,
      String detail,
      List<Problem.FieldError> errors,
      List<?> findings,
      List<String> allowed) {
    super(detail);
    this.type = type;
    this.errors = List.copyOf(errors);
    this.findings = findings;
    this.allowed = List.copyOf(allowed);
  }

  /**
   * A step refused in the record's current state (a 409 of a lifecycle), naming where it may go
   * from there in the problem's {@code allowed} member.
   */
  public static ProblemException notAllowedFrom(
      ProblemCode type, String detail, List<String> allowedNext) {
    return new ProblemException(type, detail, List.of(), List.of(), allowedNext);
  }

  /** A refusal blamed on one field or parameter of the request. */
  public static ProblemException onField(
      ProblemCode type, String detail, String field, String fieldMessage) {
    return new ProblemException(type, detail, List.of(new Problem.FieldError(field, fieldMessage)));
  }

  public ProblemCode type() {
    return type;
  }

  /** True when this is the refusal {@code code}: how callers (pages too) tell refusals apart. */
  public boolean is(ProblemCode code) {
    return type.code().equals(code.code());
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }

  public List<?> findings() {
    return findings;
  }

  public List<String> allowed() {
    return allowed;
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " was not found");
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(ProblemType.FORBIDDEN, detail);
  }

  /**
   * The one optimistic-lock refusal: the caller sent the version it read, and the record has moved
   * on since.
   */
  public static ProblemException staleVersion(String what, Object id, long current, long sent) {
    return onField(
        ProblemType.STALE_VERSION,
        what
            + " "
            + id
            + " has changed since you read it (version "
            + current
            + ", you sent "
            + sent
            + "); read it again and retry",
        "expectedVersion",
        "is not the current version " + current);
  }

  /** Someone else's change was written between this request's read and its write. */
  public static ProblemException changedConcurrently() {
    return new ProblemException(
        ProblemType.STALE_VERSION,
        "The record was changed by someone else while you were changing it; read it again and"
            + " retry");
  }
}
