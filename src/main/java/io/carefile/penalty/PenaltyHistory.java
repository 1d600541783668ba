package io.carefile.penalty;

import io.carefile.audit.AuditLog;
import io.carefile.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Writes each change of a penalty twice, in the change's transaction: as an entry of its own
 * history ({@code penalty_event}) and as one audit event, {@code penalty.<action>}.
 */
@ApplicationScoped
class PenaltyHistory {

  private final PenaltyEventRepository events;
  private final AuditLog audit;
  private final Clock clock;
  private final Instance<Caller> caller;

  PenaltyHistory(
      PenaltyEventRepository events, AuditLog audit, Clock clock, Instance<Caller> caller) {
    this.events = events;
    this.audit = audit;
    this.clock = clock;
    this.caller = caller;
  }

  /** The caller's username, or {@code system} for work on no one's behalf (the overdue job). */
  String actor() {
    Caller current = caller.get();
    return current.isAuthenticated() ? current.username() : AuditLog.SYSTEM_ACTOR;
  }

  Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  /** One change, with the penalty as it stands after it; {@code state} is what is audited. */
  @Transactional(Transactional.TxType.MANDATORY)
  void record(
      Penalty penalty,
      String action,
      PenaltyStatus from,
      String reason,
      UUID paymentId,
      Object state) {
    PenaltyEvent event = new PenaltyEvent();
    event.id = UUID.randomUUID();
    event.penaltyId = penalty.id;
    event.platformId = penalty.platformId;
    event.occurredAt = now();
    event.actor = actor();
    event.fromStatus = from;
    event.toStatus = penalty.status;
    event.reason = reason;
    event.paymentId = paymentId;
    events.persist(event);
    audit.append(
        new AuditLog.Entry("penalty." + action, "Penalty", penalty.id, penalty.platformId, state));
  }
}
