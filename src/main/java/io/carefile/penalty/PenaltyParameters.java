package io.carefile.penalty;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers of {@link PenaltyCalculator}, from {@code carefile.penalty.*} ({@link
 * PenaltyConfig}). Checked as they are made, so parameters that cannot be used stop the start.
 *
 * @param currency the currency penalties are in
 * @param seriousnessShares each seriousness level's share of relevant revenue, per cent, in order
 * @param aggravatingFactors each aggravating factor's percentage of the base amount
 * @param mitigatingFactors each mitigating factor's percentage of the base amount
 * @param deterrenceUpliftMax the highest deterrence uplift, per cent
 * @param settlementDiscountMax the highest settlement discount, per cent, below 100
 * @param capFixedSum the fixed limb of the statutory maximum
 * @param capRevenueShare the revenue limb: this share of annual qualifying worldwide revenue
 */
public record PenaltyParameters(
    Currency currency,
    Map<String, BigDecimal> seriousnessShares,
    Map<String, BigDecimal> aggravatingFactors,
    Map<String, BigDecimal> mitigatingFactors,
    BigDecimal deterrenceUpliftMax,
    BigDecimal settlementDiscountMax,
    Money capFixedSum,
    BigDecimal capRevenueShare) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public PenaltyParameters {
    Money.minorDigits(Objects.requireNonNull(currency, "carefile.penalty.currency"));
    seriousnessShares = shares("seriousness-levels", seriousnessShares);
    aggravatingFactors = shares("aggravating-factors", aggravatingFactors);
    mitigatingFactors = shares("mitigating-factors", mitigatingFactors);
    if (seriousnessShares.isEmpty()) {
      throw new IllegalArgumentException(
          "carefile.penalty.seriousness-levels: name one level or more");
    }
    for (String code : aggravatingFactors.keySet()) {
      if (mitigatingFactors.containsKey(code)) {
        throw new IllegalArgumentException(
            "carefile.penalty: " + code + " cannot be both an aggravating and a mitigating factor");
      }
    }
    percent("deterrence-uplift-max", deterrenceUpliftMax, false);
    percent("settlement-discount-max", settlementDiscountMax, false);
    if (settlementDiscountMax.compareTo(HUNDRED) >= 0) {
      throw new IllegalArgumentException(
          "carefile.penalty.settlement-discount-max must be below 100, not "
              + settlementDiscountMax.toPlainString());
    }
    if (!capFixedSum.currency().equals(currency)
        || capFixedSum.signum() <= 0
        || !capFixedSum.isInMinorUnits()) {
      throw new IllegalArgumentException(
          "carefile.penalty.cap.fixed-amount must be a positive amount of "
              + currency
              + " in whole minor units, not "
              + capFixedSum);
    }
    percent("cap.revenue-share", capRevenueShare, true);
  }

  /** The parameters from configured lists of {@code CODE:percent}. */
  public static PenaltyParameters of(
      Currency currency,
      List<CodedPercent> seriousnessLevels,
      List<CodedPercent> aggravatingFactors,
      List<CodedPercent> mitigatingFactors,
      BigDecimal deterrenceUpliftMax,
      BigDecimal settlementDiscountMax,
      BigDecimal capFixedAmount,
      BigDecimal capRevenueShare) {
    return new PenaltyParameters(
        currency,
        byCode("seriousness-levels", seriousnessLevels),
        byCode("aggravating-factors", aggravatingFactors),
        byCode("mitigating-factors", mitigatingFactors),
        deterrenceUpliftMax,
        settlementDiscountMax,
        new Money(capFixedAmount, currency),
        capRevenueShare);
  }

  private static Map<String, BigDecimal> byCode(String property, List<CodedPercent> entries) {
    Map<String, BigDecimal> byCode = new LinkedHashMap<>();
    for (CodedPercent entry : entries) {
      if (byCode.put(entry.code(), entry.percent()) != null) {
        throw new IllegalArgumentException(
            "carefile.penalty." + property + " names " + entry.code() + " twice");
      }
    }
    return byCode;
  }

  private static Map<String, BigDecimal> shares(String property, Map<String, BigDecimal> shares) {
    Map<String, BigDecimal> checked = new LinkedHashMap<>();
    shares.forEach(
        (code, percent) -> {
          CodedPercent.requireCode(code);
          percent(property + "." + code, percent, true);
          checked.put(code, percent);
        });
    return Collections.unmodifiableMap(checked);
  }

  /** A percentage of at most two decimal places; above 0 and at most 100 when it is a share. */
  private static void percent(String property, BigDecimal percent, boolean share) {
    boolean usable =
        percent != null
            && PenaltyCalculator.decimals(percent) <= PenaltyCalculator.PERCENT_DECIMALS
            && (share
                ? percent.signum() > 0 && percent.compareTo(HUNDRED) <= 0
                : percent.signum() >= 0);
    if (!usable) {
      throw new IllegalArgumentException(
          "carefile.penalty."
              + property
              + " must be a percentage "
              + (share ? "above 0 and at most 100" : "of 0 or more")
              + " with at most "
              + PenaltyCalculator.PERCENT_DECIMALS
              + " decimal places, not "
              + (percent == null ? "nothing" : percent.toPlainString()));
    }
  }
}
