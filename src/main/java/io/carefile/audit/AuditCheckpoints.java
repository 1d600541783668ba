package io.carefile.audit;

import io.agroal.api.AgroalDataSource;
import io.carefile.audit.tlog.Checkpoint;
import io.carefile.audit.tlog.MerkleFrontier;
import io.carefile.common.error.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

/**
 * Signs the tree's current size and root as a checkpoint and keeps every checkpoint signed. The
 * signature is deterministic (Ed25519), so two replicas signing the same tree write the same note
 * and the second insert is a no-op.
 */
@ApplicationScoped
public class AuditCheckpoints {

  private static final String COLUMNS = "select tree_size, root_hash, note, signed_at";

  private final AgroalDataSource dataSource;
  private final LogSigner signer;
  private final AuditLogConfig config;
  private final Clock clock;

  AuditCheckpoints(
      AgroalDataSource dataSource, LogSigner signer, AuditLogConfig config, Clock clock) {
    this.dataSource = dataSource;
    this.signer = signer;
    this.config = config;
    this.clock = clock;
  }

  /**
   * The checkpoint of the tree as it is now: signed now, or the latest when the tree is as then.
   */
  public StoredCheckpoint sign() {
    try (Connection connection = dataSource.getConnection()) {
      MerkleFrontier frontier = AuditTree.frontier(connection);
      if (frontier.size() == 0) {
        throw new ProblemException(AuditProblems.LOG_EMPTY, "The log holds no event to sign yet");
      }
      Checkpoint checkpoint = new Checkpoint(config.origin(), frontier.size(), frontier.root());
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into audit_checkpoint (tree_size, root_hash, note, signed_at)"
                  + " values (?, ?, ?, ?) on conflict (tree_size) do nothing")) {
        insert.setLong(1, checkpoint.size());
        insert.setBytes(2, checkpoint.rootHash());
        insert.setString(3, signer.signCheckpoint(checkpoint));
        insert.setTimestamp(4, Timestamp.from(Instant.now(clock)));
        if (insert.executeUpdate() == 1) {
          Log.infof("Signed the audit log's checkpoint at size %d", checkpoint.size());
        }
      }
      return at(connection, checkpoint.size()).orElseThrow();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not sign the audit log's checkpoint", e);
    }
  }

  /** The scheduled signature: of the tree as it is, unless it holds nothing yet. */
  public void signIfAny() {
    if (latestTreeSize() > 0) {
      sign();
    }
  }

  private long latestTreeSize() {
    try (Connection connection = dataSource.getConnection()) {
      return AuditTree.frontier(connection).size();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the audit tree", e);
    }
  }

  public Optional<StoredCheckpoint> latest() {
    try (Connection connection = dataSource.getConnection()) {
      return first(
          connection, COLUMNS + " from audit_checkpoint order by tree_size desc limit 1", null);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the audit log's checkpoints", e);
    }
  }

  public Optional<StoredCheckpoint> at(long treeSize) {
    try (Connection connection = dataSource.getConnection()) {
      return at(connection, treeSize);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the audit log's checkpoints", e);
    }
  }

  /** The latest checkpoint, or a refusal naming that none is signed yet. */
  public StoredCheckpoint requireLatest() {
    return latest()
        .orElseThrow(
            () ->
                new ProblemException(
                    AuditProblems.NO_CHECKPOINT, "The log has signed no checkpoint yet"));
  }

  private static Optional<StoredCheckpoint> at(Connection connection, long treeSize)
      throws SQLException {
    return first(connection, COLUMNS + " from audit_checkpoint where tree_size = ?", treeSize);
  }

  private static Optional<StoredCheckpoint> first(Connection connection, String sql, Long size)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      if (size != null) {
        query.setLong(1, size);
      }
      try (ResultSet rows = query.executeQuery()) {
        return rows.next()
            ? Optional.of(
                new StoredCheckpoint(
                    rows.getLong(1),
                    Base64.getEncoder().encodeToString(rows.getBytes(2)),
                    rows.getString(3),
                    rows.getObject(4, OffsetDateTime.class).toInstant()))
            : Optional.empty();
      }
    }
  }
}
