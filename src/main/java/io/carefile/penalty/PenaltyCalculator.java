package io.carefile.penalty;

import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calculates a penalty in visible steps ({@code docs/penalties.md} has the method and a worked
 * example):
 *
 * <ol>
 *   <li>a revenue in another currency is converted at the given exchange rate;
 *   <li>the base amount is the seriousness level's share of the relevant revenue;
 *   <li>each aggravating factor adds, and each mitigating factor takes off, its percentage of the
 *       base amount; the adjusted amount is never below zero;
 *   <li>the deterrence uplift adds its percentage of the adjusted amount;
 *   <li>the settlement discount takes off its percentage of the amount after the uplift;
 *   <li>the statutory cap is the greater of the fixed sum and the revenue share of qualifying
 *       worldwide revenue, pro-rated to twelve months when its period is not twelve months;
 *   <li>the penalty is the amount after the discount, or the cap where that is lower.
 * </ol>
 *
 * The settlement discount comes before the cap, as the penalty issue requires: the cap bounds what
 * is actually imposed, so a settlement reduces the penalty only as far as the discounted amount is
 * below the cap. A daily-rate penalty is the amount per day times the days of continuing breach,
 * within the same cap less what was already imposed for the same breach.
 *
 * <p>Every figure is exact ({@link Money}); each step rounds its figure to the minor unit, half up,
 * and the next step starts from the rounded figure. Inputs are checked first, each refusal a {@link
 * PenaltyProblems} code (or {@code invalid-request} for a missing value) naming its field; nothing
 * is rounded that someone entered. Plain Java: the same inputs always give the same steps.
 */
public final class PenaltyCalculator {

  /** The longest period a worldwide revenue may be for, in months. */
  public static final int LONGEST_REVENUE_PERIOD_MONTHS = 24;

  /** The most digits an amount may have before its decimal point (as a platform's revenue). */
  public static final int LARGEST_AMOUNT_DIGITS = 17;

  /** The most decimal places of a percentage. */
  public static final int PERCENT_DECIMALS = 2;

  /** The most decimal places of an exchange rate. */
  public static final int RATE_DECIMALS = 10;

  private static final int TWELVE_MONTHS = 12;

  private final PenaltyParameters parameters;
  private final Currency currency;

  public PenaltyCalculator(PenaltyParameters parameters) {
    this.parameters = parameters;
    this.currency = parameters.currency();
  }

  public PenaltyParameters parameters() {
    return parameters;
  }

  /** A revenue-based penalty, step by step. */
  public PenaltyCalculation calculate(PenaltyInput input) {
    BigDecimal seriousnessShare = seriousnessShare(input.seriousness());
    checkAmount("relevantRevenue", input.relevantRevenue());
    checkAmount("worldwideRevenue", input.worldwideRevenue());
    checkRevenuePeriod(input.worldwideRevenueMonths());
    checkExchangeRate(input.exchangeRate(), input.relevantRevenue(), input.worldwideRevenue());
    Map<String, BigDecimal> aggravating =
        factors("aggravatingFactors", input.aggravatingFactors(), parameters.aggravatingFactors());
    Map<String, BigDecimal> mitigating =
        factors("mitigatingFactors", input.mitigatingFactors(), parameters.mitigatingFactors());
    BigDecimal uplift =
        checkPercent(
            "deterrenceUpliftPercent",
            input.deterrenceUpliftPercent(),
            parameters.deterrenceUpliftMax(),
            PenaltyProblems.DETERRENCE_UPLIFT_TOO_HIGH);
    BigDecimal discount =
        checkPercent(
            "settlementDiscountPercent",
            input.settlementDiscountPercent(),
            parameters.settlementDiscountMax(),
            PenaltyProblems.SETTLEMENT_DISCOUNT_TOO_HIGH);

    List<PenaltyStep> steps = new ArrayList<>();
    Money relevant =
        converted(
            PenaltyStepName.RELEVANT_REVENUE_CONVERSION,
            "relevant revenue",
            input.relevantRevenue(),
            input.exchangeRate(),
            steps);
    Money worldwide =
        converted(
            PenaltyStepName.WORLDWIDE_REVENUE_CONVERSION,
            "qualifying worldwide revenue",
            input.worldwideRevenue(),
            input.exchangeRate(),
            steps);

    Money base = relevant.percent(seriousnessShare);
    steps.add(
        new PenaltyStep(
            PenaltyStepName.BASE_AMOUNT,
            input.seriousness(),
            List.of(
                PenaltyFigure.money("relevantRevenue", relevant),
                PenaltyFigure.percent("seriousnessShare", seriousnessShare)),
            base,
            percentText(seriousnessShare)
                + " of the relevant revenue of "
                + relevant
                + " for seriousness "
                + input.seriousness()
                + " gives the base amount "
                + base));

    Money adjustments = Money.zero(currency);
    for (Map.Entry<String, BigDecimal> factor : aggravating.entrySet()) {
      Money part = base.percent(factor.getValue());
      adjustments = adjustments.plus(part);
      steps.add(factorStep(PenaltyStepName.AGGRAVATING_FACTOR, factor, base, part, part, "adds"));
    }
    for (Map.Entry<String, BigDecimal> factor : mitigating.entrySet()) {
      Money part = base.percent(factor.getValue());
      adjustments = adjustments.minus(part);
      steps.add(
          factorStep(
              PenaltyStepName.MITIGATING_FACTOR, factor, base, part, part.negated(), "takes off"));
    }
    Money sum = base.plus(adjustments);
    Money adjusted = sum.max(Money.zero(currency));
    steps.add(
        new PenaltyStep(
            PenaltyStepName.ADJUSTED_AMOUNT,
            null,
            List.of(
                PenaltyFigure.money("baseAmount", base),
                PenaltyFigure.money("adjustments", adjustments)),
            adjusted,
            "The base amount "
                + base
                + " with the factors' adjustments of "
                + adjustments
                + (adjusted.equals(sum)
                    ? " gives the adjusted amount " + adjusted
                    : " would be below zero, so the adjusted amount is " + adjusted)));

    Money upliftAmount = adjusted.percent(uplift);
    Money afterUplift = adjusted.plus(upliftAmount);
    steps.add(
        new PenaltyStep(
            PenaltyStepName.DETERRENCE_UPLIFT,
            null,
            List.of(
                PenaltyFigure.money("adjustedAmount", adjusted),
                PenaltyFigure.percent("upliftPercent", uplift),
                PenaltyFigure.money("uplift", upliftAmount)),
            afterUplift,
            "A deterrence uplift of "
                + percentText(uplift)
                + " of "
                + adjusted
                + " adds "
                + upliftAmount
                + ", giving "
                + afterUplift));

    Money discountAmount = afterUplift.percent(discount);
    Money afterDiscount = afterUplift.minus(discountAmount);
    steps.add(
        new PenaltyStep(
            PenaltyStepName.SETTLEMENT_DISCOUNT,
            null,
            List.of(
                PenaltyFigure.money("amountBeforeDiscount", afterUplift),
                PenaltyFigure.percent("discountPercent", discount),
                PenaltyFigure.money("discount", discountAmount)),
            afterDiscount,
            "A settlement discount of "
                + percentText(discount)
                + " of "
                + afterUplift
                + " takes off "
                + discountAmount
                + ", giving "
                + afterDiscount
                + " before the cap"));

    Cap cap = cap(worldwide, input.worldwideRevenueMonths(), steps);
    Money amount = afterDiscount.min(cap.amount());
    boolean capped = afterDiscount.compareTo(cap.amount()) > 0;
    steps.add(
        new PenaltyStep(
            PenaltyStepName.FINAL_AMOUNT,
            null,
            List.of(
                PenaltyFigure.money("amountBeforeCap", afterDiscount),
                PenaltyFigure.money("cap", cap.amount())),
            amount,
            capped
                ? afterDiscount + " is above the cap, so the penalty is the cap, " + amount
                : afterDiscount
                    + " is within the cap of "
                    + cap.amount()
                    + ", so it is the penalty"));
    return new PenaltyCalculation(
        PenaltyKind.REVENUE_BASED,
        steps,
        amount,
        cap.amount(),
        cap.basis(),
        capped,
        input.exchangeRate());
  }

  /** A daily-rate penalty: so much a day of continuing breach, within the cap. */
  public PenaltyCalculation calculateDaily(DailyPenaltyInput input) {
    checkPenaltyAmount("dailyAmount", input.dailyAmount());
    if (input.days() < 1) {
      throw ProblemException.onField(
          PenaltyProblems.INVALID_BREACH_DAYS,
          "A daily-rate penalty is for 1 day of continuing breach or more, not " + input.days(),
          "days",
          "must be 1 or more");
    }
    checkAmount("worldwideRevenue", input.worldwideRevenue());
    checkRevenuePeriod(input.worldwideRevenueMonths());
    checkExchangeRate(input.exchangeRate(), input.worldwideRevenue());
    checkPenaltyAmount("imposedForSameBreach", input.imposedForSameBreach());

    List<PenaltyStep> steps = new ArrayList<>();
    Money worldwide =
        converted(
            PenaltyStepName.WORLDWIDE_REVENUE_CONVERSION,
            "qualifying worldwide revenue",
            input.worldwideRevenue(),
            input.exchangeRate(),
            steps);
    Money total = input.dailyAmount().times(input.days());
    steps.add(
        new PenaltyStep(
            PenaltyStepName.DAILY_TOTAL,
            null,
            List.of(
                PenaltyFigure.money("dailyAmount", input.dailyAmount()),
                PenaltyFigure.count("days", input.days(), FigureUnit.DAYS)),
            total,
            input.dailyAmount()
                + " a day for "
                + input.days()
                + (input.days() == 1 ? " day" : " days")
                + " of continuing breach is "
                + total));
    Cap cap = cap(worldwide, input.worldwideRevenueMonths(), steps);
    Money remaining = cap.amount().minus(input.imposedForSameBreach()).max(Money.zero(currency));
    steps.add(
        new PenaltyStep(
            PenaltyStepName.CAP_REMAINING,
            null,
            List.of(
                PenaltyFigure.money("cap", cap.amount()),
                PenaltyFigure.money("imposedForSameBreach", input.imposedForSameBreach())),
            remaining,
            "The cap of "
                + cap.amount()
                + " less "
                + input.imposedForSameBreach()
                + " already imposed for the same breach leaves "
                + remaining));
    Money amount = total.min(remaining);
    boolean capped = total.compareTo(remaining) > 0;
    steps.add(
        new PenaltyStep(
            PenaltyStepName.FINAL_AMOUNT,
            null,
            List.of(
                PenaltyFigure.money("dailyTotal", total),
                PenaltyFigure.money("capRemaining", remaining)),
            amount,
            capped
                ? total + " is above what the cap leaves, so the penalty is " + amount
                : total
                    + " is within what the cap leaves, "
                    + remaining
                    + ", so it is the penalty"));
    return new PenaltyCalculation(
        PenaltyKind.DAILY_RATE,
        steps,
        amount,
        cap.amount(),
        cap.basis(),
        capped,
        input.exchangeRate());
  }

  /** The number of decimal places a figure needs (none for {@code 10.00}). */
  static int decimals(BigDecimal figure) {
    return Math.max(0, figure.stripTrailingZeros().scale());
  }

  private record Cap(Money amount, CapBasis basis) {}

  private Cap cap(Money worldwide, int months, List<PenaltyStep> steps) {
    Money annual = worldwide;
    if (months != TWELVE_MONTHS) {
      annual = worldwide.times(TWELVE_MONTHS).dividedBy(months);
      steps.add(
          new PenaltyStep(
              PenaltyStepName.ANNUALISED_REVENUE,
              null,
              List.of(
                  PenaltyFigure.money("worldwideRevenue", worldwide),
                  PenaltyFigure.count("revenueMonths", months, FigureUnit.MONTHS)),
              annual,
              worldwide
                  + " for "
                  + months
                  + (months == 1 ? " month" : " months")
                  + " is "
                  + annual
                  + " for twelve months"));
    }
    Money share = annual.percent(parameters.capRevenueShare());
    Money fixed = parameters.capFixedSum();
    CapBasis basis = share.compareTo(fixed) > 0 ? CapBasis.REVENUE_SHARE : CapBasis.FIXED_SUM;
    Money cap = share.max(fixed);
    steps.add(
        new PenaltyStep(
            PenaltyStepName.STATUTORY_CAP,
            null,
            List.of(
                PenaltyFigure.money("annualWorldwideRevenue", annual),
                PenaltyFigure.percent("capRevenueShare", parameters.capRevenueShare()),
                PenaltyFigure.money("revenueShareAmount", share),
                PenaltyFigure.money("capFixedSum", fixed)),
            cap,
            "The cap is the greater of "
                + fixed
                + " and "
                + percentText(parameters.capRevenueShare())
                + " of "
                + annual
                + ", "
                + share
                + ": "
                + cap));
    return new Cap(cap, basis);
  }

  private Money converted(
      PenaltyStepName name,
      String what,
      Money revenue,
      ExchangeRate rate,
      List<PenaltyStep> steps) {
    if (revenue.currency().equals(currency)) {
      return revenue;
    }
    Money converted = revenue.convertedTo(currency, rate.rate());
    steps.add(
        new PenaltyStep(
            name,
            null,
            List.of(
                PenaltyFigure.money("revenue", revenue), PenaltyFigure.rate("exchangeRate", rate)),
            converted,
            "The "
                + what
                + " of "
                + revenue
                + " at "
                + rate.rate().toPlainString()
                + " "
                + currency
                + " per "
                + rate.currency()
                + " on "
                + rate.date()
                + " is "
                + converted));
    return converted;
  }

  private static PenaltyStep factorStep(
      PenaltyStepName name,
      Map.Entry<String, BigDecimal> factor,
      Money base,
      Money part,
      Money adjustment,
      String verb) {
    return new PenaltyStep(
        name,
        factor.getKey(),
        List.of(
            PenaltyFigure.money("baseAmount", base),
            PenaltyFigure.percent("factorPercent", factor.getValue())),
        adjustment,
        factor.getKey()
            + " "
            + verb
            + " "
            + percentText(factor.getValue())
            + " of the base amount "
            + base
            + ": "
            + part);
  }

  private static String percentText(BigDecimal percent) {
    return percent.stripTrailingZeros().toPlainString() + "%";
  }

  private BigDecimal seriousnessShare(String seriousness) {
    if (seriousness == null) {
      throw missing("seriousness");
    }
    BigDecimal share = parameters.seriousnessShares().get(seriousness);
    if (share == null) {
      throw ProblemException.onField(
          PenaltyProblems.UNKNOWN_SERIOUSNESS,
          "The seriousness "
              + seriousness
              + " is not one of "
              + parameters.seriousnessShares().keySet(),
          "seriousness",
          "must be one of " + String.join(", ", parameters.seriousnessShares().keySet()));
    }
    return share;
  }

  /** A non-negative amount, in whole minor units, of at most the largest number of digits. */
  private static void checkAmount(String field, Money amount) {
    if (amount == null) {
      throw missing(field);
    }
    if (amount.signum() < 0) {
      throw ProblemException.onField(
          PenaltyProblems.FIGURE_NEGATIVE,
          "The " + field + " cannot be negative: " + amount,
          field + ".amount",
          "must be 0 or more");
    }
    if (!amount.isInMinorUnits()) {
      int digits = Money.minorDigits(amount.currency());
      throw ProblemException.onField(
          PenaltyProblems.FIGURE_TOO_PRECISE,
          "The " + field + " " + amount + " is more precise than " + amount.currency() + " allows",
          field + ".amount",
          "must have at most " + digits + (digits == 1 ? " decimal place" : " decimal places"));
    }
    if (amount.amount().precision() - amount.amount().scale() > LARGEST_AMOUNT_DIGITS) {
      throw ProblemException.onField(
          PenaltyProblems.FIGURE_TOO_LARGE,
          "The " + field + " " + amount + " has more digits than a penalty figure holds",
          field + ".amount",
          "must have at most " + LARGEST_AMOUNT_DIGITS + " digits before the decimal point");
    }
  }

  /** An amount that is a penalty itself, so in the penalty's currency. */
  private void checkPenaltyAmount(String field, Money amount) {
    checkAmount(field, amount);
    if (!amount.currency().equals(currency)) {
      throw ProblemException.onField(
          PenaltyProblems.WRONG_CURRENCY,
          "The " + field + " is in " + amount.currency() + "; penalties are in " + currency,
          field + ".currency",
          "must be " + currency);
    }
  }

  private static void checkRevenuePeriod(int months) {
    if (months < 1 || months > LONGEST_REVENUE_PERIOD_MONTHS) {
      throw ProblemException.onField(
          PenaltyProblems.INVALID_REVENUE_PERIOD,
          "The worldwide revenue's period is 1 to "
              + LONGEST_REVENUE_PERIOD_MONTHS
              + " months, not "
              + months,
          "worldwideRevenueMonths",
          "must be 1 to " + LONGEST_REVENUE_PERIOD_MONTHS);
    }
  }

  /**
   * One rate serves every revenue not in the penalty's currency, so those must share a currency; a
   * rate no revenue needs is refused rather than stored beside figures it did not touch.
   */
  private void checkExchangeRate(ExchangeRate rate, Money... revenues) {
    Set<Currency> foreign = new LinkedHashSet<>();
    for (Money revenue : revenues) {
      if (!revenue.currency().equals(currency)) {
        foreign.add(revenue.currency());
      }
    }
    if (foreign.size() > 1) {
      throw ProblemException.onField(
          PenaltyProblems.REVENUE_CURRENCIES_DIFFER,
          "The revenues are in "
              + foreign
              + "; give them in one currency, or in "
              + currency
              + ", with one exchange rate",
          "worldwideRevenue.currency",
          "must be " + currency + " or the relevant revenue's currency");
    }
    if (foreign.isEmpty()) {
      if (rate != null) {
        throw ProblemException.onField(
            PenaltyProblems.EXCHANGE_RATE_NOT_APPLICABLE,
            "Every revenue is in " + currency + ": there is nothing to convert",
            "exchangeRate",
            "must be left out when every revenue is in " + currency);
      }
      return;
    }
    Currency revenueCurrency = foreign.iterator().next();
    if (rate == null) {
      throw ProblemException.onField(
          PenaltyProblems.EXCHANGE_RATE_REQUIRED,
          "A revenue is in "
              + revenueCurrency
              + ": give the exchange rate to "
              + currency
              + " and its date",
          "exchangeRate",
          "must be given for " + revenueCurrency);
    }
    if (rate.currency() == null) {
      throw missing("exchangeRate.currency");
    }
    if (!rate.currency().equals(revenueCurrency)) {
      throw ProblemException.onField(
          PenaltyProblems.EXCHANGE_RATE_NOT_APPLICABLE,
          "The exchange rate is for " + rate.currency() + "; the revenue is in " + revenueCurrency,
          "exchangeRate.currency",
          "must be " + revenueCurrency);
    }
    if (rate.rate() == null) {
      throw missing("exchangeRate.rate");
    }
    if (rate.rate().signum() <= 0 || decimals(rate.rate()) > RATE_DECIMALS) {
      throw ProblemException.onField(
          PenaltyProblems.INVALID_EXCHANGE_RATE,
          "The exchange rate " + rate.rate().toPlainString() + " cannot be used",
          "exchangeRate.rate",
          "must be above 0 with at most " + RATE_DECIMALS + " decimal places");
    }
    if (rate.date() == null) {
      throw missing("exchangeRate.date");
    }
  }

  /** The factors given, each configured and given once, in the order given. */
  private static Map<String, BigDecimal> factors(
      String field, List<String> codes, Map<String, BigDecimal> configured) {
    Map<String, BigDecimal> factors = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      String place = field + "[" + i + "]";
      if (code == null) {
        throw missing(place);
      }
      BigDecimal percent = configured.get(code);
      if (percent == null) {
        throw ProblemException.onField(
            PenaltyProblems.UNKNOWN_FACTOR,
            code + " is not one of the " + field + " " + configured.keySet(),
            place,
            "must be one of " + String.join(", ", configured.keySet()));
      }
      if (!seen.add(code)) {
        throw ProblemException.onField(
            PenaltyProblems.DUPLICATE_FACTOR,
            code + " is given more than once in " + field,
            place,
            "must be given once");
      }
      factors.put(code, percent);
    }
    return factors;
  }

  private static BigDecimal checkPercent(
      String field, BigDecimal percent, BigDecimal max, PenaltyProblems tooHigh) {
    if (percent == null) {
      throw missing(field);
    }
    if (percent.signum() < 0) {
      throw ProblemException.onField(
          PenaltyProblems.FIGURE_NEGATIVE,
          "The " + field + " cannot be negative: " + percent.toPlainString(),
          field,
          "must be 0 or more");
    }
    if (decimals(percent) > PERCENT_DECIMALS) {
      throw ProblemException.onField(
          PenaltyProblems.FIGURE_TOO_PRECISE,
          "The " + field + " " + percent.toPlainString() + " is too precise",
          field,
          "must have at most " + PERCENT_DECIMALS + " decimal places");
    }
    if (percent.compareTo(max) > 0) {
      throw ProblemException.onField(
          tooHigh,
          "The " + field + " " + percent.toPlainString() + " is above " + max.toPlainString(),
          field,
          "must be at most " + max.toPlainString());
    }
    return percent;
  }

  private static ProblemException missing(String field) {
    return ProblemException.onField(
        ProblemType.INVALID_REQUEST, "The " + field + " is missing", field, "must not be null");
  }
}
