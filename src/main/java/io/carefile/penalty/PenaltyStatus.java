package io.carefile.penalty;

/** Where a penalty stands ({@link PenaltyLifecycle}). */
public enum PenaltyStatus {
  ISSUED,
  PART_PAID,
  PAID,
  OVERDUE,
  APPEALED,
  WITHDRAWN
}
