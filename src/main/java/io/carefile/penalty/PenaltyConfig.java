package io.carefile.penalty;

import io.carefile.template.PeriodType;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of penalties ({@code carefile.penalty.*}): the calculator's and the late-filing
 * points'. The statutory cap's defaults are the UK regime's; the seriousness levels, factors and
 * fixed penalties are starting values for the regulator to set. Checked at start ({@link
 * PenaltyRules}); every percentage has at most two decimal places.
 */
@ConfigMapping(prefix = "carefile.penalty")
public interface PenaltyConfig {

  /** The ISO 4217 currency penalties are in; revenues in another need an exchange rate. */
  @WithDefault("GBP")
  String currency();

  /** The seriousness levels, each {@code CODE:percent} of relevant revenue as the base amount. */
  @WithDefault("MINOR:2,MODERATE:5,SERIOUS:10,VERY_SERIOUS:20")
  List<CodedPercent> seriousnessLevels();

  /** The aggravating factors, each {@code CODE:percent} of the base amount it adds. */
  @WithDefault(
      "REPEATED_BREACH:25,SENIOR_MANAGEMENT_INVOLVEMENT:15,CHILDREN_AFFECTED:20,"
          + "OBSTRUCTION:20")
  List<CodedPercent> aggravatingFactors();

  /** The mitigating factors, each {@code CODE:percent} of the base amount it takes off. */
  @WithDefault("PROMPT_REMEDIATION:15,SELF_REPORTED:10,COOPERATION_BEYOND_DUTY:10")
  List<CodedPercent> mitigatingFactors();

  /** The highest deterrence uplift, per cent of the adjusted amount. */
  @WithDefault("100")
  BigDecimal deterrenceUpliftMax();

  /** The highest settlement discount, per cent; below 100. */
  @WithDefault("30")
  BigDecimal settlementDiscountMax();

  /** The statutory maximum. */
  Cap cap();

  /** Days from a penalty's issue (Europe/London) to its due date. */
  @WithDefault("28")
  int paymentDays();

  /** When the daily job marks penalties past their due date OVERDUE (Quartz cron). */
  @WithDefault("0 20 0 * * ?")
  String overdueCron();

  /** Late-filing points, per period type of the template. */
  Points points();

  /** The statutory maximum: the greater of a fixed sum and a share of worldwide revenue. */
  interface Cap {

    /** The fixed sum, in {@code currency}. */
    @WithDefault("18000000")
    BigDecimal fixedAmount();

    /** Per cent of qualifying worldwide revenue for twelve months. */
    @WithDefault("10")
    BigDecimal revenueShare();
  }

  /** The points rule of each period type (HMRC's VAT thresholds and periods by default). */
  interface Points {

    /**
     * When the penalty-points job decides the late returns not yet decided: a Quartz cron in the
     * regulator's time zone, daily at 00:45 by default (after the obligation job).
     */
    @WithDefault("0 45 0 * * ?")
    String cron();

    Monthly monthly();

    Quarterly quarterly();

    Annual annual();

    interface Monthly {
      @WithDefault("5")
      int threshold();

      @WithDefault("24")
      int expiryMonths();

      @WithDefault("6")
      int complianceMonths();

      @WithDefault("10000")
      BigDecimal fixedPenalty();
    }

    interface Quarterly {
      @WithDefault("4")
      int threshold();

      @WithDefault("24")
      int expiryMonths();

      @WithDefault("12")
      int complianceMonths();

      @WithDefault("10000")
      BigDecimal fixedPenalty();
    }

    interface Annual {
      @WithDefault("2")
      int threshold();

      @WithDefault("24")
      int expiryMonths();

      @WithDefault("24")
      int complianceMonths();

      @WithDefault("10000")
      BigDecimal fixedPenalty();
    }
  }

  /** The calculator's parameters, checked. */
  default PenaltyParameters parameters() {
    return PenaltyParameters.of(
        penaltyCurrency(),
        seriousnessLevels(),
        aggravatingFactors(),
        mitigatingFactors(),
        deterrenceUpliftMax(),
        settlementDiscountMax(),
        cap().fixedAmount(),
        cap().revenueShare());
  }

  /** The points rule of every period type, checked. */
  default Map<PeriodType, PointsRule> pointsRules() {
    Currency currency = penaltyCurrency();
    Points.Monthly monthly = points().monthly();
    Points.Quarterly quarterly = points().quarterly();
    Points.Annual annual = points().annual();
    Map<PeriodType, PointsRule> rules = new EnumMap<>(PeriodType.class);
    rules.put(
        PeriodType.MONTHLY,
        pointsRule(
            "monthly",
            monthly.threshold(),
            monthly.expiryMonths(),
            monthly.complianceMonths(),
            new Money(monthly.fixedPenalty(), currency)));
    rules.put(
        PeriodType.QUARTERLY,
        pointsRule(
            "quarterly",
            quarterly.threshold(),
            quarterly.expiryMonths(),
            quarterly.complianceMonths(),
            new Money(quarterly.fixedPenalty(), currency)));
    rules.put(
        PeriodType.ANNUAL,
        pointsRule(
            "annual",
            annual.threshold(),
            annual.expiryMonths(),
            annual.complianceMonths(),
            new Money(annual.fixedPenalty(), currency)));
    return rules;
  }

  private static PointsRule pointsRule(
      String type, int threshold, int expiryMonths, int complianceMonths, Money fixedPenalty) {
    try {
      return new PointsRule(threshold, expiryMonths, complianceMonths, fixedPenalty);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "carefile.penalty.points." + type + ": " + e.getMessage(), e);
    }
  }

  /** The currency, read. */
  default Currency penaltyCurrency() {
    try {
      return Currency.getInstance(currency());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "carefile.penalty.currency is not an ISO 4217 currency code: " + currency(), e);
    }
  }
}
