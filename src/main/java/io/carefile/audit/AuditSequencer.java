package io.carefile.audit;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chains committed audit events in small batches, as a Certificate Transparency log sequences
 * its entries: writers only insert their event and a pending marker; one sequencer at a time
 * (a PostgreSQL advisory lock, so across replicas too) extends the chain from its head. The
 * unique previous-hash constraint makes a fork impossible even if that lock were bypassed.
 */
@ApplicationScoped
public class AuditSequencer {

  /** Advisory lock key: the ASCII of "AUDITSEQ". */
  private static final long SEQUENCER_LOCK = 0x4155444954534551L;

  private final EntityManager entityManager;
  private final Clock clock;
  private final int batchSize;

  AuditSequencer(
      EntityManager entityManager,
      Clock clock,
      @ConfigProperty(name = "carefile.audit.sequencer.batch-size") int batchSize) {
    this.entityManager = entityManager;
    this.clock = clock;
    this.batchSize = batchSize;
  }

  @Scheduled(
      every = "${carefile.audit.sequencer.every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void sequencePeriodically() {
    int chained;
    do {
      chained = sequenceBatch();
    } while (chained == batchSize);
  }

  /** Chains up to one batch of pending events; returns how many it chained. */
  @Transactional
  public int sequenceBatch() {
    Boolean locked =
        (Boolean)
            entityManager
                .createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, SEQUENCER_LOCK)
                .getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return 0;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> head =
        entityManager
            .createNativeQuery("select seq, hash from audit_chain_link order by seq desc limit 1")
            .getResultList();
    long sequence = head.isEmpty() ? 0 : ((Number) head.getFirst()[0]).longValue();
    String previousHash = head.isEmpty() ? AuditChain.GENESIS : (String) head.getFirst()[1];

    List<AuditEvent> pending =
        entityManager
            .createQuery(
                "select e from AuditEvent e where e.id in (select p.eventId from AuditPending p)"
                    + " order by e.occurredAt, e.id",
                AuditEvent.class)
            .setMaxResults(batchSize)
            .getResultList();
    if (pending.isEmpty()) {
      return 0;
    }
    Instant now = Instant.now(clock);
    for (AuditEvent event : pending) {
      sequence++;
      String hash = AuditChain.linkHash(sequence, previousHash, event.chained());
      entityManager
          .createNativeQuery(
              "insert into audit_chain_link (seq, event_id, prev_hash, hash, chained_at)"
                  + " values (?1, ?2, ?3, ?4, ?5)")
          .setParameter(1, sequence)
          .setParameter(2, event.id)
          .setParameter(3, previousHash)
          .setParameter(4, hash)
          .setParameter(5, now)
          .executeUpdate();
      previousHash = hash;
    }
    List<UUID> ids = pending.stream().map(e -> e.id).toList();
    entityManager
        .createQuery("delete from AuditPending p where p.eventId in :ids")
        .setParameter("ids", ids)
        .executeUpdate();
    Log.debugf("Chained %d audit events up to sequence %d", pending.size(), sequence);
    return pending.size();
  }
}
