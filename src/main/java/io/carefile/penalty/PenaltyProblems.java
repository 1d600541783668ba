package io.carefile.penalty;

import io.carefile.common.error.ProblemCode;

/**
 * The refusals of a penalty's inputs ({@link PenaltyCalculator}), each naming its field, of the
 * steps of an issued penalty and its payments ({@link PenaltyLifecycle}), and of the penalty
 * points' read ({@link PenaltyPointsResource}). Documented in {@code docs/problems.md}.
 */
public enum PenaltyProblems implements ProblemCode {
  FIGURE_NEGATIVE(422, "penalty-figure-negative", "A penalty figure cannot be negative"),
  FIGURE_TOO_PRECISE(
      422, "penalty-figure-too-precise", "A penalty figure has more decimal places than it may"),
  FIGURE_TOO_LARGE(
      422, "penalty-figure-too-large", "An amount is larger than a penalty figure may be"),
  WRONG_CURRENCY(
      422, "wrong-penalty-currency", "A penalty amount must be in the penalty's currency"),
  UNKNOWN_SERIOUSNESS(
      422, "unknown-seriousness", "The seriousness is not one of the configured levels"),
  UNKNOWN_FACTOR(
      422, "unknown-penalty-factor", "The factor is not one of the configured factors of its kind"),
  DUPLICATE_FACTOR(422, "duplicate-penalty-factor", "A factor is given more than once"),
  DETERRENCE_UPLIFT_TOO_HIGH(
      422, "deterrence-uplift-too-high", "The deterrence uplift is above the configured maximum"),
  SETTLEMENT_DISCOUNT_TOO_HIGH(
      422,
      "settlement-discount-too-high",
      "The settlement discount is above the configured maximum"),
  INVALID_REVENUE_PERIOD(
      422, "invalid-revenue-period", "The revenue's period must be 1 to 24 months"),
  INVALID_BREACH_DAYS(
      422, "invalid-breach-days", "A daily-rate penalty needs one day of breach or more"),
  EXCHANGE_RATE_REQUIRED(
      422,
      "exchange-rate-required",
      "A revenue in another currency needs an exchange rate and its date"),
  EXCHANGE_RATE_NOT_APPLICABLE(
      422, "exchange-rate-not-applicable", "The exchange rate is not for the revenue's currency"),
  INVALID_EXCHANGE_RATE(
      422, "invalid-exchange-rate", "An exchange rate is positive with at most 10 decimal places"),
  REVENUE_CURRENCIES_DIFFER(
      422,
      "revenue-currencies-differ",
      "The revenues are in two currencies other than the penalty's"),
  POINTS_PLATFORM_REQUIRED(
      400,
      "penalty-points-platform-required",
      "A regulator names the platform whose penalty points to read"),
  PENALTY_INPUT_CHOICE(
      400,
      "penalty-input-choice",
      "A penalty is either calculated or a daily rate: give exactly one of the two"),
  PENALTY_STEP_NOT_ALLOWED(
      409, "penalty-step-not-allowed", "The penalty's status does not allow this step"),
  PENALTY_PAID(409, "penalty-paid", "The penalty is paid in full: it takes no further payment"),
  PENALTY_WITHDRAWN(409, "penalty-withdrawn", "The penalty was withdrawn: it takes no payment"),
  PAYMENT_EXCEEDS_BALANCE(
      409, "payment-exceeds-balance", "The payment is more than the penalty's balance"),
  PAYMENT_REFERENCE_REUSED(
      409,
      "payment-reference-reused",
      "A payment with this reference was recorded with other content"),
  PAYMENT_RECEIVED_IN_FUTURE(
      422, "payment-received-in-future", "A payment cannot be received after today");

  private final Definition definition;

  PenaltyProblems(int status, String code, String title) {
    this.definition = new Definition(status, code, title);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
