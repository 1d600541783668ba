package io.carefile.penalty;

/** Which limb of the statutory maximum is the greater, and so the cap. */
public enum CapBasis {
  /** The fixed sum (£18,000,000); also when the revenue share equals it. */
  FIXED_SUM,
  /** The share (10%) of qualifying worldwide revenue, pro-rated to twelve months. */
  REVENUE_SHARE
}
