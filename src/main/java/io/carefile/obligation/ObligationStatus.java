package io.carefile.obligation;

/** Where an obligation stands. FULFILLED is set by a submission; WAIVED by the regulator. */
public enum ObligationStatus {
  OPEN,
  FULFILLED,
  OVERDUE,
  WAIVED
}
