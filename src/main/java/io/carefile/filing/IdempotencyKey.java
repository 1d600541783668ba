package io.carefile.filing;

import io.carefile.common.error.ProblemException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A client's Idempotency-Key header: printable ASCII, as the IETF Idempotency-Key draft allows, and
 * long enough for a UUID or ULID. A key makes a retried submission answer the first result.
 */
public record IdempotencyKey(String value) {

  private static final Pattern FORMAT = Pattern.compile("[\\x21-\\x7E]{1,255}");

  public IdempotencyKey {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw ProblemException.onField(
          FilingProblems.INVALID_IDEMPOTENCY_KEY,
          "The Idempotency-Key header must be 1 to 255 printable ASCII characters",
          "header.Idempotency-Key",
          "is not a valid key");
    }
  }

  /** The key a request carries, if any; a header that is present must be valid. */
  public static Optional<IdempotencyKey> fromHeader(String header) {
    return header == null ? Optional.empty() : Optional.of(new IdempotencyKey(header));
  }
}
