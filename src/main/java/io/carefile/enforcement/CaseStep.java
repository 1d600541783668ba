package io.carefile.enforcement;

/** A step an enforcement officer takes on a case; {@link CaseLifecycle} says where each leads. */
public enum CaseStep {
  START_INVESTIGATION,
  /** Issues the provisional notice, with the deadline for the platform's representations. */
  ISSUE_PROVISIONAL_NOTICE,
  /** Confirms the provisional finding, once the representations deadline has passed. */
  CONFIRM,
  CLOSE_NO_ACTION
}
