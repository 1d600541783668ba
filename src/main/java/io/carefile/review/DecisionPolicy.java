package io.carefile.review;

import io.carefile.common.error.ProblemException;

/**
 * What each outcome of a decision carries: an acceptance with findings has findings, and only it; a
 * rejection has reason codes and a text, and only it has reason codes; a plain acceptance has
 * neither findings nor reason codes (a text is an optional note with either acceptance). Whether
 * the codes are known and the fields are the template's is the service's to check; whether the
 * return's status allows the decision is {@code FilingLifecycle}'s.
 *
 * <p>Plain Java on purpose: tested with a table.
 */
public final class DecisionPolicy {

  private DecisionPolicy() {}

  /** Refuses a decision whose parts do not fit its outcome, naming the part. */
  public static void check(Decision decision) {
    ReviewOutcome outcome = decision.outcome();
    boolean findings = !decision.findings().isEmpty();
    boolean reasons = !decision.reasonCodes().isEmpty();
    boolean text = decision.text() != null && !decision.text().isBlank();
    if (outcome == ReviewOutcome.ACCEPT_WITH_FINDINGS && !findings) {
      throw ProblemException.onField(
          ReviewProblems.FINDINGS_REQUIRED,
          "An acceptance with findings needs at least one finding; accept without findings"
              + " instead",
          "findings",
          "must not be empty for ACCEPT_WITH_FINDINGS");
    }
    if (outcome != ReviewOutcome.ACCEPT_WITH_FINDINGS && findings) {
      throw ProblemException.onField(
          ReviewProblems.FINDINGS_NOT_ALLOWED,
          "Only an acceptance with findings carries findings: use ACCEPT_WITH_FINDINGS, or leave"
              + " the findings out",
          "findings",
          "must be empty for " + outcome);
    }
    if (outcome == ReviewOutcome.REJECT && !reasons) {
      throw ProblemException.onField(
          ReviewProblems.REJECTION_REASONS_REQUIRED,
          "A rejection needs at least one reason code (GET /api/v1/rejection-reasons)",
          "reasonCodes",
          "must not be empty for REJECT");
    }
    if (outcome != ReviewOutcome.REJECT && reasons) {
      throw ProblemException.onField(
          ReviewProblems.REJECTION_REASONS_NOT_ALLOWED,
          "Only a rejection carries reason codes; leave them out of an acceptance",
          "reasonCodes",
          "must be empty for " + outcome);
    }
    if (outcome == ReviewOutcome.REJECT && !text) {
      throw ProblemException.onField(
          ReviewProblems.REJECTION_TEXT_REQUIRED,
          "A rejection needs a text telling the platform why",
          "text",
          "must not be blank for REJECT");
    }
  }
}
