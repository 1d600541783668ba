package io.carefile.filing;

import io.carefile.common.error.ProblemCode;

/** The refusals of drafts, submissions and amendments. Documented in {@code docs/problems.md}. */
public enum FilingProblems implements ProblemCode {
  FILING_ALREADY_STARTED(409, "filing-already-started", "The obligation already has its return"),
  NO_OPEN_DRAFT(409, "no-open-draft", "The return has no open draft"),
  AMENDMENT_IN_PROGRESS(409, "amendment-in-progress", "An amendment is already in progress"),
  NOT_YET_SUBMITTED(409, "not-yet-submitted", "The return has not been submitted yet"),
  INVALID_VALUES(400, "invalid-values", "Some values cannot be read for their fields"),
  VALIDATION_FAILED(422, "validation-failed", "The return has errors that block submission"),
  EXPLANATION_REQUIRED(
      422, "explanation-required", "Warnings need a written explanation before submission"),
  ATTESTOR_ROLE_REQUIRED(
      403, "attestor-role-required", "Only an attestor of the platform can submit a return"),
  ATTESTOR_NOT_RECOGNISED(
      403, "attestor-not-recognised", "The named attestor is not an attestor of the platform"),
  ATTESTOR_REQUIRED(400, "attestor-required", "An API client must name the attestor"),
  ATTESTOR_NOT_SELF(400, "attestor-not-self", "A person attests as themselves"),
  INVALID_IDEMPOTENCY_KEY(400, "invalid-idempotency-key", "The Idempotency-Key is not valid"),
  IDEMPOTENCY_KEY_REUSED(
      422, "idempotency-key-reused", "The Idempotency-Key was already used for another request"),
  IDEMPOTENCY_KEY_IN_FLIGHT(
      409,
      "idempotency-key-in-flight",
      "A submission with this Idempotency-Key is being stored at this moment"),
  INVALID_COMPARISON(400, "invalid-comparison", "Compare an earlier version with a later one"),
  REVIEW_STEP_NOT_ALLOWED(
      409, "review-step-not-allowed", "The return's status does not allow this review step");

  private final Definition definition;

  FilingProblems(int status, String code, String title) {
    this.definition = new Definition(status, code, title);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
