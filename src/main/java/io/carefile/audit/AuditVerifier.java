package io.carefile.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Recomputes the whole chain from the genesis hash, streaming rows so that memory stays flat
 * however long the log is, and names the first link that does not hold.
 */
@ApplicationScoped
public class AuditVerifier {

  private static final String CHAIN =
      "select l.seq, l.prev_hash, l.hash, e.id, e.occurred_at, e.actor, e.platform_id,"
          + " e.entity_type, e.entity_id, e.action, e.state_digest"
          + " from audit_chain_link l left join audit_event e on e.id = l.event_id"
          + " order by l.seq";

  private final AgroalDataSource dataSource;

  AuditVerifier(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  public AuditVerification verify() {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      // One snapshot for the chain and the pending count.
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        return verify(connection);
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the audit chain", e);
    }
  }

  private AuditVerification verify(Connection connection) throws SQLException {
    long expectedSequence = 1;
    String previousHash = AuditChain.GENESIS;
    try (PreparedStatement statement = connection.prepareStatement(CHAIN)) {
      statement.setFetchSize(1_000);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          long sequence = rows.getLong("seq");
          UUID eventId = rows.getObject("id", UUID.class);
          if (sequence != expectedSequence) {
            return AuditVerification.broken(
                expectedSequence - 1,
                previousHash,
                sequence,
                eventId,
                "sequence " + expectedSequence + " is missing; the chain jumps to " + sequence,
                pending(connection));
          }
          if (eventId == null) {
            return AuditVerification.broken(
                sequence - 1,
                previousHash,
                sequence,
                null,
                "the event of this link no longer exists",
                pending(connection));
          }
          if (!previousHash.equals(rows.getString("prev_hash"))) {
            return AuditVerification.broken(
                sequence - 1,
                previousHash,
                sequence,
                eventId,
                "its previous hash does not match the hash of link " + (sequence - 1),
                pending(connection));
          }
          String recomputed =
              AuditChain.linkHash(sequence, previousHash, AuditChain.ChainedEvent.from(rows));
          if (!recomputed.equals(rows.getString("hash"))) {
            return AuditVerification.broken(
                sequence - 1,
                previousHash,
                sequence,
                eventId,
                "its event or hash was altered: the recomputed hash differs from the stored one",
                pending(connection));
          }
          previousHash = recomputed;
          expectedSequence++;
        }
      }
    }
    return AuditVerification.intact(expectedSequence - 1, previousHash, pending(connection));
  }

  private static long pending(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from audit_pending")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
