package io.carefile.enforcement;

/** What a ground of an enforcement case is ({@link EnforcementGrounds} says what each links). */
public enum GroundKind {
  /** A return overdue: the obligation. */
  OVERDUE_OBLIGATION,
  /** A return whose band that counts is RED: the return and the version. */
  RED_SCORE,
  /** A return the regulator's review rejected: the return and the version. */
  REJECTED_RETURN,
  /** A breach rule of a template: its rule id, and the return it was found in when there is one. */
  BREACH_RULE,
  /** An officer's own decision: the finding, in words. */
  OFFICER_DECISION
}
