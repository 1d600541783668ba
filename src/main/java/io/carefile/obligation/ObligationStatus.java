package io.carefile.obligation;

/** Where an obligation stands. FULFILLED is set by a submission; WAIVED by the regulator. */
public enum ObligationStatus {
  OPEN,
  FULFILLED,
  OVERDUE,
  WAIVED;

  /**
   * Whether a return may be started for an obligation with this status: one that is open or
   * overdue. A fulfilled one has its return already; a waived one has nothing to file.
   */
  public boolean acceptsNewFiling() {
    return this == OPEN || this == OVERDUE;
  }
}
