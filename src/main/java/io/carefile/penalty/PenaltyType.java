package io.carefile.penalty;

/** What issued a penalty, and so how its amount was reached. */
public enum PenaltyType {
  /** A confirmation decision's penalty from seriousness, factors, uplift and discount. */
  CALCULATED,
  /** A confirmation decision's amount per day of continuing breach. */
  DAILY_RATE,
  /** The fixed penalty of late-filing points reaching their threshold. */
  FIXED_LATE_FILING
}
