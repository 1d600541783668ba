package io.carefile.penalty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a revenue-based penalty is calculated from. Field names are the paths the calculator's
 * refusals name ({@code relevantRevenue.amount}, {@code aggravatingFactors[1]}).
 *
 * @param seriousness a configured seriousness level ({@code carefile.penalty.seriousness-levels})
 * @param relevantRevenue the revenue the breach relates to, whose level's share is the base amount
 * @param worldwideRevenue qualifying worldwide revenue, of which the cap is a share
 * @param worldwideRevenueMonths the length of the period {@code worldwideRevenue} is for, 1 to
 *     {@link PenaltyCalculator#LONGEST_REVENUE_PERIOD_MONTHS} months
 * @param exchangeRate the rate for a revenue not in the penalty's currency; null when both are
 * @param aggravatingFactors configured aggravating factor codes, each at most once
 * @param mitigatingFactors configured mitigating factor codes, each at most once
 * @param deterrenceUpliftPercent the deterrence uplift, 0 up to the configured maximum
 * @param settlementDiscountPercent the settlement discount, 0 up to the configured maximum
 */
public record PenaltyInput(
    String seriousness,
    Money relevantRevenue,
    Money worldwideRevenue,
    int worldwideRevenueMonths,
    ExchangeRate exchangeRate,
    List<String> aggravatingFactors,
    List<String> mitigatingFactors,
    BigDecimal deterrenceUpliftPercent,
    BigDecimal settlementDiscountPercent) {

  public PenaltyInput {
    aggravatingFactors = copy(aggravatingFactors);
    mitigatingFactors = copy(mitigatingFactors);
  }

  /** A copy that keeps a null code, for the calculator to refuse by its place in the list. */
  private static List<String> copy(List<String> codes) {
    return codes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(codes));
  }
}
