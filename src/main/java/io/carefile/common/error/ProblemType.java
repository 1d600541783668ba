package io.carefile.common.error;

import java.net.URI;

/**
 * The stable catalogue of problem types (RFC 9457). Clients may switch on {@link #uri()}; the codes
 * never change meaning once released.
 */
public enum ProblemType {
  INVALID_REQUEST(400, "invalid-request", "The request is not valid"),
  MALFORMED_BODY(400, "malformed-body", "The request body could not be read"),
  UNAUTHENTICATED(401, "unauthenticated", "Authentication is required"),
  FORBIDDEN(403, "forbidden", "You are not allowed to do this"),
  NOT_FOUND(404, "not-found", "Not found"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
  NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
  CONFLICT(409, "conflict", "The request conflicts with the current state"),
  PRECONDITION_FAILED(412, "precondition-failed", "The resource has changed since you read it"),
  INVALID_VALUES(400, "invalid-values", "Some values cannot be read for their fields"),
  IDEMPOTENCY_KEY_REUSED(
      422, "idempotency-key-reused", "The Idempotency-Key was already used for another request"),
  VALIDATION_FAILED(422, "validation-failed", "The return has errors that block submission"),
  EXPLANATION_REQUIRED(
      422, "explanation-required", "Warnings need a written explanation before submission"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
  INTERNAL(500, "internal-error", "Something went wrong on our side"),
  UNAVAILABLE(503, "service-unavailable", "The service is temporarily unavailable");

  private static final String PREFIX = "urn:carefile:problem:";

  private final int status;
  private final String code;
  private final String title;

  ProblemType(int status, String code, String title) {
    this.status = status;
    this.code = code;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public URI uri() {
    return URI.create(PREFIX + code);
  }

  /** The type a bare HTTP status maps to when no more specific problem is known. */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status && type != MALFORMED_BODY) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : INVALID_REQUEST;
  }
}
