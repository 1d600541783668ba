package io.carefile.enforcement;

import io.carefile.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Writes each step of a case twice, in the step's transaction: as an entry of the case's own
 * history ({@code enforcement_case_event}) and as one audit event, named {@code
 * enforcement-case.<action>}.
 */
@ApplicationScoped
class CaseHistory {

  private final CaseEventRepository events;
  private final AuditLog audit;
  private final Clock clock;

  CaseHistory(CaseEventRepository events, AuditLog audit, Clock clock) {
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  /** One step, as the case stands after it; {@code state} is what the audit event digests. */
  @Transactional(Transactional.TxType.MANDATORY)
  CaseHistoryEntry record(
      EnforcementCase enforcementCase,
      CaseAction action,
      CaseStage from,
      String actor,
      String reason,
      String detail,
      UUID requirementId,
      Object state) {
    CaseEvent event = new CaseEvent();
    event.id = UUID.randomUUID();
    event.caseId = enforcementCase.id;
    event.platformId = enforcementCase.platformId;
    event.occurredAt = now();
    event.actor = actor;
    event.action = action;
    event.fromStage = from;
    event.toStage = enforcementCase.stage;
    event.reason = reason;
    event.detail = detail;
    event.requirementId = requirementId;
    events.persist(event);
    CaseHistoryEntry entry = CaseHistoryEntry.of(event);
    audit.append(
        new AuditLog.Entry(
            "enforcement-case." + action.name().toLowerCase().replace('_', '-'),
            "EnforcementCase",
            enforcementCase.id,
            enforcementCase.platformId,
            new AuditedCaseStep(entry, state)));
    return entry;
  }

  Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
