package io.carefile.audit;

import io.carefile.audit.tlog.MerkleTree;
import io.carefile.common.db.JobOutages;
import io.carefile.common.json.CanonicalJson;
import io.carefile.common.tenancy.SystemWork;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Chains committed audit events in small batches, as a Certificate Transparency log sequences its
 * entries: writers only insert their event and a pending marker; one sequencer at a time (a
 * PostgreSQL advisory lock, so across replicas too) extends the chain from its head. The unique
 * previous-hash constraint makes a fork impossible even if that lock were bypassed. The same
 * transaction extends the Merkle tree ({@link AuditTree}) over the new links.
 */
@ApplicationScoped
public class AuditSequencer {

  /** Advisory lock key: the ASCII of "AUDITSEQ". */
  private static final long SEQUENCER_LOCK = 0x4155444954534551L;

  private final EntityManager entityManager;
  private final Clock clock;
  private final JobOutages outages;
  private final int batchSize;
  private final AuditTree tree;

  AuditSequencer(
      EntityManager entityManager,
      Clock clock,
      JobOutages outages,
      AuditSequencerConfig config,
      AuditTree tree) {
    this.entityManager = entityManager;
    this.tree = tree;
    this.clock = clock;
    this.outages = outages;
    this.batchSize = config.batchSize();
  }

  @Scheduled(
      every = "${carefile.audit.sequencer.every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void sequencePeriodically() {
    outages.run(
        "The audit sequencer",
        () -> {
          int chained;
          do {
            chained = sequenceBatch();
          } while (chained == batchSize);
        });
  }

  /**
   * Chains up to one batch of pending events and adds up to one batch of links to the tree, in a
   * transaction of its own; returns the larger count. System work: the chain spans every platform's
   * events.
   */
  public int sequenceBatch() {
    return SystemWork.call(
        () ->
            QuarkusTransaction.requiringNew()
                .call(
                    () ->
                        entityManager.unwrap(Session.class).doReturningWork(this::sequenceBatch)));
  }

  private int sequenceBatch(Connection connection) throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
      lock.setLong(1, SEQUENCER_LOCK);
      try (ResultSet rows = lock.executeQuery()) {
        if (!rows.next() || !rows.getBoolean(1)) {
          return 0;
        }
      }
    }
    AuditTree.NewLeaves chained = chain(connection);
    // The tree follows the chain in the same transaction, so they never disagree once committed.
    int added = tree.extend(connection, batchSize, chained);
    return Math.max(chained.hashes().size(), added);
  }

  /** Chains a batch of pending events; answers the tree leaves of the new links. */
  private AuditTree.NewLeaves chain(Connection connection) throws SQLException {
    long sequence = 0;
    String previousHash = AuditChain.GENESIS;
    try (Statement statement = connection.createStatement();
        ResultSet head =
            statement.executeQuery(
                "select seq, hash from audit_chain_link order by seq desc limit 1")) {
      if (head.next()) {
        sequence = head.getLong(1);
        previousHash = head.getString(2);
      }
    }
    List<AuditChain.ChainedEvent> pending = pending(connection);
    List<byte[]> leaves = new ArrayList<>();
    long firstSequence = sequence + 1;
    if (pending.isEmpty()) {
      return new AuditTree.NewLeaves(firstSequence, leaves);
    }
    Timestamp chainedAt = Timestamp.from(Instant.now(clock));
    try (PreparedStatement link =
            connection.prepareStatement(
                "insert into audit_chain_link (seq, event_id, prev_hash, hash, chained_at)"
                    + " values (?, ?, ?, ?, ?)");
        PreparedStatement done =
            connection.prepareStatement("delete from audit_pending where event_id = ?")) {
      for (AuditChain.ChainedEvent event : pending) {
        sequence++;
        String document = AuditChain.linkDocument(sequence, previousHash, event);
        String hash = CanonicalJson.sha256Hex(document);
        leaves.add(MerkleTree.leafHash(document.getBytes(StandardCharsets.UTF_8)));
        link.setLong(1, sequence);
        link.setObject(2, event.eventId());
        link.setString(3, previousHash);
        link.setString(4, hash);
        link.setTimestamp(5, chainedAt);
        link.addBatch();
        done.setObject(1, event.eventId());
        done.addBatch();
        previousHash = hash;
      }
      link.executeBatch();
      done.executeBatch();
    }
    Log.debugf("Chained %d audit events up to sequence %d", pending.size(), sequence);
    return new AuditTree.NewLeaves(firstSequence, leaves);
  }

  private List<AuditChain.ChainedEvent> pending(Connection connection) throws SQLException {
    List<AuditChain.ChainedEvent> events = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select e.id, e.occurred_at, e.actor, e.platform_id, e.entity_type, e.entity_id,"
                + " e.action, e.state_digest"
                + " from audit_pending p join audit_event e on e.id = p.event_id"
                + " order by e.occurred_at, e.id limit ?")) {
      query.setInt(1, batchSize);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          events.add(AuditChain.ChainedEvent.from(rows));
        }
      }
    }
    return events;
  }
}
