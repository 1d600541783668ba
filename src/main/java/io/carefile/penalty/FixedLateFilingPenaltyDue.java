package io.carefile.penalty;

import java.util.Objects;
import java.util.UUID;

/**
 * The seam between late-filing points and penalty records: a CDI event the penalty-points job fires
 * when it records a decision that issues a fixed penalty (the submission that reaches a period
 * type's threshold, and each further late one while at it). It is fired synchronously inside the
 * transaction that records the decision, once per recorded decision: a rerun that records nothing
 * fires nothing.
 *
 * <p>{@link LateFilingPenalties} observes it with a plain synchronous {@code @Observes} and issues
 * the penalty in the same transaction, keyed by {@link #key} (unique), so that the penalty exists
 * if and only if the decision does; an observer that throws rolls the decision back and the job
 * retries it.
 *
 * @param platformId the platform the penalty is due from
 * @param decisionId the ledger row ({@code late_filing_decision.id}) it answers
 * @param key names the threshold crossing it answers ({@link LateFilingLedger#penaltyKey}); unique
 * @param amount the fixed penalty of the submission's period type
 * @param explanation the decision in words
 */
public record FixedLateFilingPenaltyDue(
    UUID platformId, UUID decisionId, String key, Money amount, String explanation) {

  public FixedLateFilingPenaltyDue {
    Objects.requireNonNull(platformId, "platformId");
    Objects.requireNonNull(decisionId, "decisionId");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(explanation, "explanation");
  }
}
