package io.carefile.enforcement;

/** Where an enforcement case stands (product spec §3, "Enforcement case"). */
public enum CaseStage {
  /** Opened by a trigger or an officer; nobody has looked into it yet. */
  OPEN,
  /** An officer is investigating the grounds. */
  INVESTIGATION,
  /**
   * The platform has been told what the regulator provisionally finds, and may make representations
   * until a deadline.
   */
  PROVISIONAL_NOTICE,
  /**
   * The regulator confirmed its finding, with requirements and/or a penalty. Final, but for an
   * appeal.
   */
  CONFIRMATION_DECISION,
  /** Closed without action. Final. */
  CLOSED_NO_ACTION
}
