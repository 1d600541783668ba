package io.carefile.penalty;

/** How a penalty's amount was reached. */
public enum PenaltyKind {
  /** From seriousness, factors, uplift and discount, within the cap. */
  REVENUE_BASED,
  /** An amount per day of continuing breach, within the cap. */
  DAILY_RATE,
  /** A fixed sum its rule sets, as late-filing points issue; no cap applies to it. */
  FIXED
}
