package io.carefile.enforcement;

/** What opened a case: an officer by hand, or a trigger (on an event, or the daily sweep). */
public enum CaseTrigger {
  /** An enforcement officer opened it. */
  OFFICER,
  /** A submission or an override made a return's band that counts RED. */
  RED_SCORE,
  /** The regulator's review rejected a return. */
  REJECTED_RETURN,
  /** An obligation stayed unfiled past its due date by more than the configured days. */
  OVERDUE_OBLIGATION,
  /** A submitted return showed a breach rule of its template version. */
  BREACH_RULE
}
