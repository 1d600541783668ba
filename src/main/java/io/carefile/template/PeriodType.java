package io.carefile.template;

/** How often a return is due: one obligation per platform per period. */
public enum PeriodType {
  MONTHLY,
  QUARTERLY,
  ANNUAL
}
