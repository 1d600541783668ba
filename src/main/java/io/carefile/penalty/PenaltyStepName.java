package io.carefile.penalty;

/** The steps of a penalty calculation, in the order they are taken ({@code docs/penalties.md}). */
public enum PenaltyStepName {
  /** The relevant revenue taken into the penalty's currency at the exchange rate. */
  RELEVANT_REVENUE_CONVERSION,
  /** The qualifying worldwide revenue taken into the penalty's currency at the exchange rate. */
  WORLDWIDE_REVENUE_CONVERSION,
  /** The seriousness level's share of the relevant revenue. */
  BASE_AMOUNT,
  /** One aggravating factor: its percentage of the base amount, added. */
  AGGRAVATING_FACTOR,
  /** One mitigating factor: its percentage of the base amount, taken off. */
  MITIGATING_FACTOR,
  /** The base amount with every factor's adjustment, never below zero. */
  ADJUSTED_AMOUNT,
  /** The deterrence uplift: a percentage of the adjusted amount, added. */
  DETERRENCE_UPLIFT,
  /** The settlement discount: a percentage of the amount after the uplift, taken off. */
  SETTLEMENT_DISCOUNT,
  /** A daily-rate penalty: the amount per day times the days of continuing breach. */
  DAILY_TOTAL,
  /** The worldwide revenue of a period other than twelve months, pro-rated to twelve. */
  ANNUALISED_REVENUE,
  /** The statutory maximum: the greater of the fixed sum and the share of worldwide revenue. */
  STATUTORY_CAP,
  /** What remains of the cap after what was already imposed for the same breach. */
  CAP_REMAINING,
  /** The penalty: the amount calculated, or the cap where that is lower. */
  FINAL_AMOUNT,
  /** A fixed penalty: the sum its rule sets, with the rule's reason. */
  FIXED_PENALTY
}
