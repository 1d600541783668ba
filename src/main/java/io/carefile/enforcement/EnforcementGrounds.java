package io.carefile.enforcement;

import java.util.Optional;
import java.util.UUID;

/**
 * What each kind of ground must link, and its key: the one thing a trigger would open a case for.
 * While a case is open, no other case holds a ground of the same key, so a trigger that fires again
 * on the same thing (a second RED amendment, a re-rejection) opens no second case. A return's RED
 * score and its rejection are keyed by the return, not the version; an overdue return by its
 * obligation; a breach rule by the platform, the rule and the return it was found in (if any). An
 * officer's own decision has no key: each is a ground of its own.
 */
public final class EnforcementGrounds {

  private EnforcementGrounds() {}

  /**
   * The member a ground of this kind lacks, or empty when it has what its kind needs: the
   * obligation of an overdue return, the return of a RED score or a rejection, the rule id of a
   * breach rule, the finding of an officer's decision.
   */
  public static Optional<String> missing(
      GroundKind kind, UUID obligationId, UUID filingId, String ruleId, String finding) {
    return switch (kind) {
      case OVERDUE_OBLIGATION -> obligationId == null ? Optional.of("obligationId") : none();
      case RED_SCORE, REJECTED_RETURN -> filingId == null ? Optional.of("filingId") : none();
      case BREACH_RULE -> ruleId == null || ruleId.isBlank() ? Optional.of("ruleId") : none();
      case OFFICER_DECISION ->
          finding == null || finding.isBlank() ? Optional.of("finding") : none();
    };
  }

  /** The ground's key, or empty for an officer's decision; the ground has what its kind needs. */
  public static Optional<String> keyOf(
      UUID platformId, GroundKind kind, UUID obligationId, UUID filingId, String ruleId) {
    return switch (kind) {
      case OVERDUE_OBLIGATION -> Optional.of(kind + ":" + obligationId);
      case RED_SCORE, REJECTED_RETURN -> Optional.of(kind + ":" + filingId);
      case BREACH_RULE ->
          Optional.of(
              kind + ":" + platformId + ":" + ruleId + (filingId == null ? "" : ":" + filingId));
      case OFFICER_DECISION -> none();
    };
  }

  private static Optional<String> none() {
    return Optional.empty();
  }
}
