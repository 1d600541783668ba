package io.carefile.penalty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * Issues the fixed penalty of late-filing points: observes {@link FixedLateFilingPenaltyDue}
 * synchronously, in the penalty-points job's transaction, so the penalty is stored exactly when its
 * ledger decision is, and keyed by the threshold crossing it answers so that no key is ever issued
 * twice. A failure here rolls the decision back for the next run to decide again.
 */
@ApplicationScoped
class LateFilingPenalties {

  private final PenaltyIssuing issuing;

  LateFilingPenalties(PenaltyIssuing issuing) {
    this.issuing = issuing;
  }

  void issue(@Observes FixedLateFilingPenaltyDue due) {
    issuing.issue(
        due.platformId(),
        null,
        PenaltyType.FIXED_LATE_FILING,
        PenaltyCalculation.fixed(due.amount(), due.explanation()),
        Map.of("decisionId", due.decisionId(), "key", due.key()),
        due.key());
  }
}
