package io.carefile.review;

import io.carefile.common.error.ProblemCode;

/**
 * The refusals of the review queue, assignments and decisions. Documented in {@code
 * docs/problems.md}; a decision the return's status does not allow is the filing feature's {@code
 * review-step-not-allowed}.
 */
public enum ReviewProblems implements ProblemCode {
  ASSIGNEE_NOT_ANALYST(
      422, "assignee-not-analyst", "The assignee is not an enabled regulator analyst"),
  ASSIGNMENT_NOT_ALLOWED(
      409, "assignment-not-allowed", "Only a return awaiting or under review can be assigned"),
  REVIEW_NOT_ASSIGNED(409, "review-not-assigned", "The return is not assigned to anyone"),
  FINDINGS_REQUIRED(400, "findings-required", "Accepting with findings needs at least one finding"),
  FINDINGS_NOT_ALLOWED(
      400, "findings-not-allowed", "Only an acceptance with findings carries findings"),
  REJECTION_REASONS_REQUIRED(
      400, "rejection-reasons-required", "A rejection needs at least one reason code"),
  REJECTION_REASONS_NOT_ALLOWED(
      400, "rejection-reasons-not-allowed", "Only a rejection carries reason codes"),
  REJECTION_TEXT_REQUIRED(400, "rejection-text-required", "A rejection needs a written text"),
  UNKNOWN_REJECTION_REASON(
      422, "unknown-rejection-reason", "A reason code is not one of the configured reasons"),
  UNKNOWN_FINDING_FIELD(
      422, "unknown-finding-field", "A finding names a field its return's template does not have");

  private final Definition definition;

  ReviewProblems(int status, String code, String title) {
    this.definition = new Definition(status, code, title);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
