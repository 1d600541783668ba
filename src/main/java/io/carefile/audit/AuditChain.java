package io.carefile.audit;

import io.carefile.common.json.CanonicalJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The hash-chain rule, in one place for the sequencer and the verifier: each link's hash is the
 * SHA-256 of the canonical JSON of its position, the previous link's hash and the event. The same
 * document is the event's leaf in the Merkle tree ({@link AuditTree}).
 */
public final class AuditChain {

  /** The previous hash of the first link. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** The fields of an event that the chain protects. */
  public record ChainedEvent(
      UUID eventId,
      Instant occurredAt,
      String actor,
      UUID platformId,
      String entityType,
      String entityId,
      String action,
      String stateDigest) {

    /** Reads the event columns (named as in audit_event) of the current row. */
    static ChainedEvent from(ResultSet row) throws SQLException {
      return new ChainedEvent(
          row.getObject("id", UUID.class),
          row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
          row.getString("actor"),
          row.getObject("platform_id", UUID.class),
          row.getString("entity_type"),
          row.getString("entity_id"),
          row.getString("action"),
          row.getString("state_digest"));
    }
  }

  public static String linkHash(long sequence, String previousHash, ChainedEvent event) {
    return CanonicalJson.sha256Hex(linkDocument(sequence, previousHash, event));
  }

  /**
   * The canonical JSON of a link: what its chain hash is the SHA-256 of, and the Merkle tree's leaf
   * for the event (docs/audit-log.md).
   */
  public static String linkDocument(long sequence, String previousHash, ChainedEvent event) {
    Map<String, Object> link = new LinkedHashMap<>();
    link.put("sequence", sequence);
    link.put("previousHash", previousHash);
    link.put("eventId", event.eventId().toString());
    // PostgreSQL keeps microseconds; hash what the database returns, not what the JVM had.
    link.put("occurredAt", event.occurredAt().truncatedTo(ChronoUnit.MICROS).toString());
    link.put("actor", event.actor());
    link.put("platformId", event.platformId() == null ? null : event.platformId().toString());
    link.put("entityType", event.entityType());
    link.put("entityId", event.entityId());
    link.put("action", event.action());
    link.put("stateDigest", event.stateDigest());
    return CanonicalJson.of(link);
  }
}
