package io.carefile.filing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency keys of submissions, per platform: a key remembers the request it came with and the
 * version that request stored.
 */
@ApplicationScoped
class SubmissionKeys {

  /** What a key was first used for. */
  record Use(String requestSha256, UUID filingVersionId) {}

  private final EntityManager entityManager;

  SubmissionKeys(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  Optional<Use> find(UUID platformId, String key) {
    return entityManager
        .createNativeQuery(
            "select request_sha256, filing_version_id from submission_idempotency"
                + " where platform_id = :platform and idempotency_key = :key",
            Object[].class)
        .setParameter("platform", platformId)
        .setParameter("key", key)
        .getResultStream()
        .findFirst()
        .map(row -> new Use((String) ((Object[]) row)[0], (UUID) ((Object[]) row)[1]));
  }

  /**
   * Remembers the key. Two requests with one key for different filings can race past {@link #find};
   * the primary key lets only one of them commit.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void remember(UUID platformId, String key, Use use, Instant now) {
    entityManager
        .createNativeQuery(
            "insert into submission_idempotency"
                + " (platform_id, idempotency_key, request_sha256, filing_version_id, created_at)"
                + " values (:platform, :key, :request, :version, :now)")
        .setParameter("platform", platformId)
        .setParameter("key", key)
        .setParameter("request", use.requestSha256())
        .setParameter("version", use.filingVersionId())
        .setParameter("now", Timestamp.from(now))
        .executeUpdate();
  }
}
