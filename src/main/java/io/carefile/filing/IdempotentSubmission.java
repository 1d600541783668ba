package io.carefile.filing;

import io.carefile.common.db.ConstraintViolations;
import io.carefile.common.error.ProblemException;
import io.carefile.common.json.CanonicalJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Makes a submission with an Idempotency-Key safe to retry: the same key and request answer the
 * first result without filing again, the same key with another request is refused, and of two
 * requests racing with one key only one commits.
 */
@ApplicationScoped
class IdempotentSubmission {

  /** The primary key of the idempotency records: one use of a key per platform. */
  static final String ONE_USE_PER_KEY = "submission_idempotency_pkey";

  /** A keyed request: the key and the digest of what it asked for. */
  record KeyedRequest(IdempotencyKey key, String requestSha256) {}

  private final SubmissionKeys keys;

  IdempotentSubmission(SubmissionKeys keys) {
    this.keys = keys;
  }

  /** The request as its key remembers it; the digest is computed only when there is a key. */
  Optional<KeyedRequest> keyed(Optional<IdempotencyKey> key, UUID filingId, Submission submission) {
    return key.map(
        k ->
            new KeyedRequest(
                k, CanonicalJson.sha256(Map.of("filing", filingId, "request", submission))));
  }

  /** The version an earlier use of the key stored, if the same request was made before. */
  Optional<UUID> earlierVersion(UUID platformId, Optional<KeyedRequest> request) {
    if (request.isEmpty()) {
      return Optional.empty();
    }
    IdempotencyKey key = request.get().key();
    return keys.find(platformId, key.value())
        .map(
            earlier -> {
              if (!earlier.requestSha256().equals(request.get().requestSha256())) {
                throw new ProblemException(
                    FilingProblems.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key "
                        + key.value()
                        + " was already used for a different submission; use a new key for a new"
                        + " request");
              }
              return earlier.filingVersionId();
            });
  }

  /**
   * Writes the submission, then remembers its key. Two requests with one key for different filings
   * can both get past {@link #earlierVersion}; the key's primary key lets only one through, and the
   * other is told to retry. Any other failure is not about the key and propagates as it is.
   *
   * <p>The key is inserted after the flush because it references the version the flush writes; and
   * as its insert then has nothing to flush before it, it skips the ORM's dirty check of every
   * managed entity (docs/benchmark.md, issue 14).
   */
  void writeAndRemember(
      Runnable flush,
      UUID platformId,
      Optional<KeyedRequest> request,
      UUID filingVersionId,
      Instant now) {
    flush.run();
    if (request.isEmpty()) {
      return;
    }
    KeyedRequest keyed = request.get();
    try {
      keys.remember(
          platformId,
          keyed.key().value(),
          new SubmissionKeys.Use(keyed.requestSha256(), filingVersionId),
          now);
    } catch (PersistenceException e) {
      if (ConstraintViolations.isViolationOf(e, ONE_USE_PER_KEY)) {
        throw new ProblemException(
            FilingProblems.IDEMPOTENCY_KEY_IN_FLIGHT,
            "Another submission with Idempotency-Key "
                + keyed.key().value()
                + " was stored at the same moment; retry to get its result");
      }
      throw e;
    }
  }
}
