package io.carefile.filing;

import io.carefile.common.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Idempotency keys of submissions, per platform: a key remembers the request it came with and the
 * version that request stored. Native SQL (the table has no entity), scoped like every query of
 * platform-owned data: {@link TenantScope} binds {@code :platform} only when it is in scope.
 */
@ApplicationScoped
class SubmissionKeys {

  /** What a key was first used for. */
  record Use(String requestSha256, UUID filingVersionId) {}

  private final TenantScope tenantScope;

  SubmissionKeys(TenantScope tenantScope) {
    this.tenantScope = tenantScope;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  Optional<Use> find(UUID platformId, String key) {
    return tenantScope
        .nativeQuery(
            platformId,
            "select request_sha256, filing_version_id from submission_idempotency"
                + " where platform_id = :platform and idempotency_key = :key",
            Object[].class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst()
        .map(row -> new Use((String) ((Object[]) row)[0], (UUID) ((Object[]) row)[1]));
  }

  /**
   * Remembers the key, once the version it names is written. Two requests with one key for
   * different filings can race past {@link #find}; the primary key lets only one of them commit.
   * The insert does not flush the unit of work first: its caller just did.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void remember(UUID platformId, String key, Use use, Instant now) {
    tenantScope
        .nativeQuery(
            platformId,
            "insert into submission_idempotency"
                + " (platform_id, idempotency_key, request_sha256, filing_version_id, created_at)"
                + " values (:platform, :key, :request, :version, :now)")
        .setParameter("key", key)
        .setParameter("request", use.requestSha256())
        .setParameter("version", use.filingVersionId())
        .setParameter("now", Timestamp.from(now))
        .setFlushMode(FlushModeType.COMMIT)
        .executeUpdate();
  }
}
