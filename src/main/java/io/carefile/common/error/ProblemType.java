package io.carefile.common.error;

/**
 * The refusals every feature shares: malformed requests, authentication, missing resources, stale
 * versions and the service's own failures. A feature's own refusals are in its {@code *Problems}
 * enum. Codes never change meaning once released.
 */
public enum ProblemType implements ProblemCode {
  INVALID_REQUEST(400, "invalid-request", "The request is not valid"),
  MALFORMED_BODY(400, "malformed-body", "The request body could not be read"),
  DUPLICATE_MEMBER(400, "duplicate-member", "A JSON object names the same member twice"),
  TRAILING_CONTENT(400, "trailing-content", "The body has content after its JSON document"),
  UNKNOWN_MEMBER(400, "unknown-member", "The body has a member this operation does not read"),
  WRONG_TYPE(400, "wrong-type", "A value has the wrong JSON type"),
  NUMBER_OUT_OF_RANGE(400, "number-out-of-range", "A number is beyond what its field holds"),
  INVALID_TEXT(400, "invalid-text", "Text holds characters that cannot be accepted"),
  UNAUTHENTICATED(401, "unauthenticated", "Authentication is required"),
  FORBIDDEN(403, "forbidden", "You are not allowed to do this"),
  NOT_FOUND(404, "not-found", "Not found"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
  NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
  /** Only for a bare 409 from the framework; domain conflicts have their own codes. */
  CONFLICT(409, "conflict", "The request conflicts with the current state"),
  STALE_VERSION(409, "stale-version", "The record has changed since you read it"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
  URI_TOO_LONG(414, "uri-too-long", "The request's URI is too long"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
  HEADERS_TOO_LARGE(431, "headers-too-large", "The request's header fields are too large"),
  INTERNAL(500, "internal-error", "Something went wrong on our side"),
  UNAVAILABLE(503, "service-unavailable", "The service is temporarily unavailable"),
  IDENTITY_SERVICE_UNAVAILABLE(
      503, "identity-service-unavailable", "The identity service is temporarily unavailable");

  private final Definition definition;

  ProblemType(int status, String code, String title) {
    this.definition = new Definition(status, code, title);
  }

  @Override
  public Definition definition() {
    return definition;
  }

  /** The type a bare HTTP status maps to when no more specific problem is known. */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status() == status && type != MALFORMED_BODY && type != STALE_VERSION) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : INVALID_REQUEST;
  }
}
