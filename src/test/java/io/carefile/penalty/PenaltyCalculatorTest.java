package io.carefile.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.carefile.common.error.ProblemCode;
import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The penalty calculator, without a server, on these parameters (not the configured defaults, so
 * the figures stay round):
 *
 * <pre>
 * seriousness   LOW 5%, MEDIUM 10%, HIGH 20% of relevant revenue
 * aggravating   REPEAT 20%, SENIOR 10% of the base amount
 * mitigating    REMEDY 15%, COOPERATION 5% of the base amount
 * uplift        at most 100%;  settlement discount at most 30%
 * cap           the greater of GBP 18,000,000.00 and 10% of worldwide revenue for twelve months
 * </pre>
 *
 * Every figure below is worked by hand, rounded to the penny half up at each step.
 */
class PenaltyCalculatorTest {

  private static final Currency GBP = Money.GBP;
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");

  private static final PenaltyCalculator CALCULATOR = new PenaltyCalculator(parameters(percents()));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # case | seriousness | relevant revenue | worldwide revenue | months | aggravating | mitigating | uplift % | discount % \
          | base | adjustments | adjusted | uplift | after uplift | discount | after discount \
          | annualised | revenue share | cap | basis | penalty | capped
          below the cap \
            | MEDIUM | 50000000.00 | 100000000.00 | 12 | REPEAT | REMEDY | 20 | 10 \
            | 5000000.00 | 250000.00 | 5250000.00 | 1050000.00 | 6300000.00 | 630000.00 | 5670000.00 \
            | - | 10000000.00 | 18000000.00 | FIXED_SUM | 5670000.00 | false
          capped by the fixed sum \
            | HIGH | 150000000.00 | 120000000.00 | 12 | - | - | 0 | 0 \
            | 30000000.00 | 0.00 | 30000000.00 | 0.00 | 30000000.00 | 0.00 | 30000000.00 \
            | - | 12000000.00 | 18000000.00 | FIXED_SUM | 18000000.00 | true
          capped by the revenue share \
            | HIGH | 400000000.00 | 600000000.00 | 12 | SENIOR | - | 25 | 0 \
            | 80000000.00 | 8000000.00 | 88000000.00 | 22000000.00 | 110000000.00 | 0.00 | 110000000.00 \
            | - | 60000000.00 | 60000000.00 | REVENUE_SHARE | 60000000.00 | true
          settlement discount before the cap: 20m is still capped (cap first would give 14.4m) \
            | HIGH | 125000000.00 | 100000000.00 | 12 | - | - | 0 | 20 \
            | 25000000.00 | 0.00 | 25000000.00 | 0.00 | 25000000.00 | 5000000.00 | 20000000.00 \
            | - | 10000000.00 | 18000000.00 | FIXED_SUM | 18000000.00 | true
          settlement discount before the cap: 15m is within it (cap first would give 13.5m) \
            | HIGH | 100000000.00 | 100000000.00 | 12 | - | - | 0 | 25 \
            | 20000000.00 | 0.00 | 20000000.00 | 0.00 | 20000000.00 | 5000000.00 | 15000000.00 \
            | - | 10000000.00 | 18000000.00 | FIXED_SUM | 15000000.00 | false
          pro-rating six months to twelve \
            | HIGH | 200000000.00 | 150000000.00 | 6 | - | - | 0 | 0 \
            | 40000000.00 | 0.00 | 40000000.00 | 0.00 | 40000000.00 | 0.00 | 40000000.00 \
            | 300000000.00 | 30000000.00 | 30000000.00 | REVENUE_SHARE | 30000000.00 | true
          pro-rating seven months, rounded to the penny \
            | HIGH | 100000000.00 | 105000001.00 | 7 | - | - | 0 | 0 \
            | 20000000.00 | 0.00 | 20000000.00 | 0.00 | 20000000.00 | 0.00 | 20000000.00 \
            | 180000001.71 | 18000000.17 | 18000000.17 | REVENUE_SHARE | 18000000.17 | true
          pro-rating eighteen months to twelve \
            | MEDIUM | 100000000.00 | 450000000.00 | 18 | - | - | 0 | 0 \
            | 10000000.00 | 0.00 | 10000000.00 | 0.00 | 10000000.00 | 0.00 | 10000000.00 \
            | 300000000.00 | 30000000.00 | 30000000.00 | REVENUE_SHARE | 10000000.00 | false
          rounding to the penny, half up at every step \
            | LOW | 100.10 | 0.00 | 12 | REPEAT | REMEDY | 10 | 30 \
            | 5.01 | 0.25 | 5.26 | 0.53 | 5.79 | 1.74 | 4.05 \
            | - | 0.00 | 18000000.00 | FIXED_SUM | 4.05 | false
          rounding to the penny, down and up \
            | LOW | 1234567.89 | 1000000.05 | 12 | - | COOPERATION | 15 | 5 \
            | 61728.39 | -3086.42 | 58641.97 | 8796.30 | 67438.27 | 3371.91 | 64066.36 \
            | - | 100000.01 | 18000000.00 | FIXED_SUM | 64066.36 | false
          """)
  void calculatesEachStepAsWorkedByHand(
      String ignoredCase,
      String seriousness,
      String relevant,
      String worldwide,
      int months,
      String aggravating,
      String mitigating,
      String upliftPercent,
      String discountPercent,
      String base,
      String adjustments,
      String adjusted,
      String uplift,
      String afterUplift,
      String discount,
      String afterDiscount,
      String annualised,
      String revenueShare,
      String cap,
      CapBasis basis,
      String penalty,
      boolean capped) {
    // Rounding to the penny, half up: 5% of 100.10 is 5.005 -> 5.01 (half even would give 5.00);
    // REPEAT 20% of 5.01 = 1.002 -> 1.00, REMEDY 15% of 5.01 = 0.7515 -> 0.75, so 5.26; 10% uplift
    // 0.526 -> 0.53, 5.79; 30% discount 1.737 -> 1.74, 4.05. Down and up: 5% of 1,234,567.89 is
    // 61,728.3945 -> .39; 5% of it 3,086.4195 -> .42; 15% of 58,641.97 is 8,796.2955 -> .30; 5% of
    // 67,438.27 is 3,371.9135 -> .91; 10% of 1,000,000.05 is 100,000.005 -> .01.
    // Seven months: 105,000,001.00 x 12 / 7 = 180,000,001.714... -> .71; 10% is 18,000,000.171
    // -> 18,000,000.17, a penny and more above the fixed sum.
    PenaltyCalculation calculation =
        CALCULATOR.calculate(
            new PenaltyInput(
                seriousness,
                Money.gbp(relevant),
                Money.gbp(worldwide),
                months,
                null,
                codes(aggravating),
                codes(mitigating),
                new BigDecimal(upliftPercent),
                new BigDecimal(discountPercent)));

    List<PenaltyStepName> expectedSteps = new ArrayList<>();
    expectedSteps.add(PenaltyStepName.BASE_AMOUNT);
    codes(aggravating).forEach(code -> expectedSteps.add(PenaltyStepName.AGGRAVATING_FACTOR));
    codes(mitigating).forEach(code -> expectedSteps.add(PenaltyStepName.MITIGATING_FACTOR));
    expectedSteps.addAll(
        List.of(
            PenaltyStepName.ADJUSTED_AMOUNT,
            PenaltyStepName.DETERRENCE_UPLIFT,
            PenaltyStepName.SETTLEMENT_DISCOUNT));
    if (annualised != null) {
      expectedSteps.add(PenaltyStepName.ANNUALISED_REVENUE);
    }
    expectedSteps.addAll(List.of(PenaltyStepName.STATUTORY_CAP, PenaltyStepName.FINAL_AMOUNT));
    assertThat(calculation.steps()).extracting(PenaltyStep::name).isEqualTo(expectedSteps);

    assertThat(result(calculation, PenaltyStepName.BASE_AMOUNT)).isEqualTo(Money.gbp(base));
    assertThat(
            calculation.steps().stream()
                .filter(
                    step ->
                        step.name() == PenaltyStepName.AGGRAVATING_FACTOR
                            || step.name() == PenaltyStepName.MITIGATING_FACTOR)
                .map(PenaltyStep::result)
                .reduce(Money.zero(GBP), Money::plus))
        .isEqualTo(Money.gbp(adjustments));
    assertThat(figure(step(calculation, PenaltyStepName.ADJUSTED_AMOUNT), "adjustments"))
        .isEqualTo(Money.gbp(adjustments));
    assertThat(result(calculation, PenaltyStepName.ADJUSTED_AMOUNT)).isEqualTo(Money.gbp(adjusted));
    assertThat(figure(step(calculation, PenaltyStepName.DETERRENCE_UPLIFT), "uplift"))
        .isEqualTo(Money.gbp(uplift));
    assertThat(result(calculation, PenaltyStepName.DETERRENCE_UPLIFT))
        .isEqualTo(Money.gbp(afterUplift));
    assertThat(figure(step(calculation, PenaltyStepName.SETTLEMENT_DISCOUNT), "discount"))
        .isEqualTo(Money.gbp(discount));
    assertThat(result(calculation, PenaltyStepName.SETTLEMENT_DISCOUNT))
        .isEqualTo(Money.gbp(afterDiscount));
    if (annualised != null) {
      assertThat(result(calculation, PenaltyStepName.ANNUALISED_REVENUE))
          .isEqualTo(Money.gbp(annualised));
    }
    assertThat(figure(step(calculation, PenaltyStepName.STATUTORY_CAP), "revenueShareAmount"))
        .isEqualTo(Money.gbp(revenueShare));
    assertThat(result(calculation, PenaltyStepName.STATUTORY_CAP)).isEqualTo(Money.gbp(cap));
    assertThat(result(calculation, PenaltyStepName.FINAL_AMOUNT)).isEqualTo(Money.gbp(penalty));
    assertThat(calculation.amount()).isEqualTo(Money.gbp(penalty));
    assertThat(calculation.amount().amount().scale()).isEqualTo(2);
    assertThat(calculation.cap()).isEqualTo(Money.gbp(cap));
    assertThat(calculation.capBasis()).isEqualTo(basis);
    assertThat(calculation.capped()).isEqualTo(capped);
    assertThat(calculation.kind()).isEqualTo(PenaltyKind.REVENUE_BASED);
    assertThat(calculation.exchangeRate()).isNull();
  }

  @Test
  void everyStepShowsItsInputsFigureAndExplanation() {
    // The worked example of docs/penalties.md ("below the cap" above).
    PenaltyCalculation calculation =
        CALCULATOR.calculate(
            input("MEDIUM", "50000000.00", "100000000.00", List.of("REPEAT"), List.of("REMEDY")));

    assertThat(calculation.steps())
        .extracting(PenaltyStep::name, PenaltyStep::subject, PenaltyStep::result)
        .containsExactly(
            tuple(PenaltyStepName.BASE_AMOUNT, "MEDIUM", Money.gbp("5000000")),
            tuple(PenaltyStepName.AGGRAVATING_FACTOR, "REPEAT", Money.gbp("1000000")),
            tuple(PenaltyStepName.MITIGATING_FACTOR, "REMEDY", Money.gbp("-750000")),
            tuple(PenaltyStepName.ADJUSTED_AMOUNT, null, Money.gbp("5250000")),
            tuple(PenaltyStepName.DETERRENCE_UPLIFT, null, Money.gbp("6300000")),
            tuple(PenaltyStepName.SETTLEMENT_DISCOUNT, null, Money.gbp("5670000")),
            tuple(PenaltyStepName.STATUTORY_CAP, null, Money.gbp("18000000")),
            tuple(PenaltyStepName.FINAL_AMOUNT, null, Money.gbp("5670000")));
    assertThat(step(calculation, PenaltyStepName.BASE_AMOUNT).inputs())
        .containsExactly(
            new PenaltyFigure(
                "relevantRevenue", new BigDecimal("50000000.00"), FigureUnit.MONEY, GBP),
            new PenaltyFigure("seriousnessShare", new BigDecimal("10"), FigureUnit.PERCENT, null));
    assertThat(step(calculation, PenaltyStepName.MITIGATING_FACTOR).inputs())
        .extracting(PenaltyFigure::name, PenaltyFigure::value, PenaltyFigure::unit)
        .containsExactly(
            tuple("baseAmount", new BigDecimal("5000000.00"), FigureUnit.MONEY),
            tuple("factorPercent", new BigDecimal("15"), FigureUnit.PERCENT));
    assertThat(step(calculation, PenaltyStepName.STATUTORY_CAP).inputs())
        .extracting(PenaltyFigure::name, PenaltyFigure::value)
        .containsExactly(
            tuple("annualWorldwideRevenue", new BigDecimal("100000000.00")),
            tuple("capRevenueShare", new BigDecimal("10")),
            tuple("revenueShareAmount", new BigDecimal("10000000.00")),
            tuple("capFixedSum", new BigDecimal("18000000.00")));
    assertThat(calculation.steps())
        .extracting(PenaltyStep::explanation)
        .containsExactly(
            "10% of the relevant revenue of GBP 50000000.00 for seriousness MEDIUM gives the base"
                + " amount GBP 5000000.00",
            "REPEAT adds 20% of the base amount GBP 5000000.00: GBP 1000000.00",
            "REMEDY takes off 15% of the base amount GBP 5000000.00: GBP 750000.00",
            "The base amount GBP 5000000.00 with the factors' adjustments of GBP 250000.00 gives"
                + " the adjusted amount GBP 5250000.00",
            "A deterrence uplift of 20% of GBP 5250000.00 adds GBP 1050000.00, giving GBP"
                + " 6300000.00",
            "A settlement discount of 10% of GBP 6300000.00 takes off GBP 630000.00, giving GBP"
                + " 5670000.00 before the cap",
            "The cap is the greater of GBP 18000000.00 and 10% of GBP 100000000.00, GBP"
                + " 10000000.00: GBP 18000000.00",
            "GBP 5670000.00 is within the cap of GBP 18000000.00, so it is the penalty");
  }

  @Test
  void revenueInAnotherCurrencyIsConvertedAtTheStatedRateFirst() {
    // 1,234,567.89 USD x 0.7865 = 970,987.645485 -> 970,987.65 GBP; 10% -> 97,098.765 -> .77.
    // 250,000,000.00 USD x 0.7865 = 196,625,000.00 GBP; 10% is 19,662,500.00, above the fixed sum.
    ExchangeRate rate = new ExchangeRate(USD, new BigDecimal("0.7865"), LocalDate.of(2026, 3, 31));
    PenaltyCalculation calculation =
        CALCULATOR.calculate(
            new PenaltyInput(
                "MEDIUM",
                Money.of("1234567.89", USD),
                Money.of("250000000.00", USD),
                12,
                rate,
                List.of(),
                List.of(),
                BigDecimal.ZERO,
                BigDecimal.ZERO));

    assertThat(calculation.steps())
        .extracting(PenaltyStep::name, PenaltyStep::result)
        .startsWith(
            tuple(PenaltyStepName.RELEVANT_REVENUE_CONVERSION, Money.gbp("970987.65")),
            tuple(PenaltyStepName.WORLDWIDE_REVENUE_CONVERSION, Money.gbp("196625000.00")),
            tuple(PenaltyStepName.BASE_AMOUNT, Money.gbp("97098.77")));
    assertThat(step(calculation, PenaltyStepName.RELEVANT_REVENUE_CONVERSION).inputs())
        .containsExactly(
            new PenaltyFigure("revenue", new BigDecimal("1234567.89"), FigureUnit.MONEY, USD),
            new PenaltyFigure(
                "exchangeRate", new BigDecimal("0.7865"), FigureUnit.EXCHANGE_RATE, USD));
    assertThat(step(calculation, PenaltyStepName.RELEVANT_REVENUE_CONVERSION).explanation())
        .isEqualTo(
            "The relevant revenue of USD 1234567.89 at 0.7865 GBP per USD on 2026-03-31 is GBP"
                + " 970987.65");
    assertThat(calculation.cap()).isEqualTo(Money.gbp("19662500.00"));
    assertThat(calculation.capBasis()).isEqualTo(CapBasis.REVENUE_SHARE);
    assertThat(calculation.amount()).isEqualTo(Money.gbp("97098.77"));
    assertThat(calculation.exchangeRate()).isEqualTo(rate);
  }

  @Test
  void onlyTheRevenueInAnotherCurrencyIsConverted() {
    PenaltyCalculation calculation =
        CALCULATOR.calculate(
            new PenaltyInput(
                "LOW",
                Money.gbp("1000000"),
                Money.of("300000000000", JPY),
                12,
                new ExchangeRate(JPY, new BigDecimal("0.0052"), LocalDate.of(2026, 3, 31)),
                List.of(),
                List.of(),
                BigDecimal.ZERO,
                BigDecimal.ZERO));

    // 300,000,000,000 JPY x 0.0052 = 1,560,000,000.00 GBP; 10% is 156,000,000.00.
    assertThat(calculation.steps())
        .extracting(PenaltyStep::name, PenaltyStep::result)
        .startsWith(
            tuple(PenaltyStepName.WORLDWIDE_REVENUE_CONVERSION, Money.gbp("1560000000")),
            tuple(PenaltyStepName.BASE_AMOUNT, Money.gbp("50000")));
    assertThat(calculation.cap()).isEqualTo(Money.gbp("156000000"));
  }

  @Test
  void mitigationBeyondTheBaseAmountLeavesZero() {
    Map<String, BigDecimal> mitigating = new LinkedHashMap<>();
    mitigating.put("REMEDY", new BigDecimal("60"));
    mitigating.put("COOPERATION", new BigDecimal("60"));
    PenaltyCalculator calculator =
        new PenaltyCalculator(
            new PenaltyParameters(
                GBP,
                Map.of("LOW", new BigDecimal("5")),
                Map.of(),
                mitigating,
                new BigDecimal("100"),
                new BigDecimal("30"),
                Money.gbp("18000000"),
                new BigDecimal("10")));

    PenaltyCalculation calculation =
        calculator.calculate(
            input("LOW", "1000000", "0", List.of(), List.of("REMEDY", "COOPERATION")));

    // 5% of 1,000,000 = 50,000; less 30,000 twice = -10,000, which is not a penalty: 0.
    assertThat(result(calculation, PenaltyStepName.ADJUSTED_AMOUNT)).isEqualTo(Money.gbp("0"));
    assertThat(step(calculation, PenaltyStepName.ADJUSTED_AMOUNT).explanation())
        .endsWith("would be below zero, so the adjusted amount is GBP 0.00");
    assertThat(calculation.amount()).isEqualTo(Money.gbp("0"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # case | per day | days | worldwide revenue | months | imposed for the same breach \
          | daily total | annualised | cap | cap remaining | penalty | capped
          within the cap \
            | 50000.00 | 30 | 100000000.00 | 12 | 0 \
            | 1500000.00 | - | 18000000.00 | 18000000.00 | 1500000.00 | false
          capped by the fixed sum \
            | 250000.00 | 100 | 100000000.00 | 12 | 0 \
            | 25000000.00 | - | 18000000.00 | 18000000.00 | 18000000.00 | true
          capped by the revenue share of a pro-rated revenue \
            | 250000.00 | 100 | 120000000.00 | 6 | 0 \
            | 25000000.00 | 240000000.00 | 24000000.00 | 24000000.00 | 24000000.00 | true
          the same cap, less what was already imposed for the breach \
            | 50000.00 | 30 | 100000000.00 | 12 | 17000000.00 \
            | 1500000.00 | - | 18000000.00 | 1000000.00 | 1000000.00 | true
          nothing left under the cap \
            | 50000.00 | 1 | 100000000.00 | 12 | 18000000.00 \
            | 50000.00 | - | 18000000.00 | 0.00 | 0.00 | true
          """)
  void aDailyRatePenaltyIsWithinTheSameCap(
      String ignoredCase,
      String perDay,
      int days,
      String worldwide,
      int months,
      String imposed,
      String dailyTotal,
      String annualised,
      String cap,
      String capRemaining,
      String penalty,
      boolean capped) {
    PenaltyCalculation calculation =
        CALCULATOR.calculateDaily(
            new DailyPenaltyInput(
                Money.gbp(perDay), days, Money.gbp(worldwide), months, null, Money.gbp(imposed)));

    List<PenaltyStepName> expected = new ArrayList<>(List.of(PenaltyStepName.DAILY_TOTAL));
    if (annualised != null) {
      expected.add(PenaltyStepName.ANNUALISED_REVENUE);
      assertThat(result(calculation, PenaltyStepName.ANNUALISED_REVENUE))
          .isEqualTo(Money.gbp(annualised));
    }
    expected.addAll(
        List.of(
            PenaltyStepName.STATUTORY_CAP,
            PenaltyStepName.CAP_REMAINING,
            PenaltyStepName.FINAL_AMOUNT));
    assertThat(calculation.steps()).extracting(PenaltyStep::name).isEqualTo(expected);
    assertThat(step(calculation, PenaltyStepName.DAILY_TOTAL).inputs())
        .containsExactly(
            PenaltyFigure.money("dailyAmount", Money.gbp(perDay)),
            new PenaltyFigure("days", BigDecimal.valueOf(days), FigureUnit.DAYS, null));
    assertThat(result(calculation, PenaltyStepName.DAILY_TOTAL)).isEqualTo(Money.gbp(dailyTotal));
    assertThat(result(calculation, PenaltyStepName.STATUTORY_CAP)).isEqualTo(Money.gbp(cap));
    assertThat(result(calculation, PenaltyStepName.CAP_REMAINING))
        .isEqualTo(Money.gbp(capRemaining));
    assertThat(calculation.amount()).isEqualTo(Money.gbp(penalty));
    assertThat(calculation.capped()).isEqualTo(capped);
    assertThat(calculation.kind()).isEqualTo(PenaltyKind.DAILY_RATE);
  }

  static Stream<Arguments> refusals() {
    LocalDate march31 = LocalDate.of(2026, 3, 31);
    ExchangeRate usd = new ExchangeRate(USD, new BigDecimal("0.79"), march31);
    return Stream.of(
        refused("no seriousness", g -> g.seriousness = null, missing(), "seriousness"),
        refused(
            "a seriousness that is not configured",
            g -> g.seriousness = "EXTREME",
            PenaltyProblems.UNKNOWN_SERIOUSNESS,
            "seriousness"),
        refused("no relevant revenue", g -> g.relevant = null, missing(), "relevantRevenue"),
        refused(
            "a negative relevant revenue",
            g -> g.relevant = Money.gbp("-0.01"),
            PenaltyProblems.FIGURE_NEGATIVE,
            "relevantRevenue.amount"),
        refused(
            "a revenue in tenths of a penny",
            g -> g.relevant = Money.gbp("100.001"),
            PenaltyProblems.FIGURE_TOO_PRECISE,
            "relevantRevenue.amount"),
        refused(
            "yen with a fraction",
            g -> {
              g.worldwide = Money.of("1000.5", JPY);
              g.rate = new ExchangeRate(JPY, new BigDecimal("0.0052"), march31);
            },
            PenaltyProblems.FIGURE_TOO_PRECISE,
            "worldwideRevenue.amount"),
        refused(
            "a revenue of eighteen digits",
            g -> g.worldwide = Money.gbp("100000000000000000"),
            PenaltyProblems.FIGURE_TOO_LARGE,
            "worldwideRevenue.amount"),
        refused(
            "a revenue period of no months",
            g -> g.months = 0,
            PenaltyProblems.INVALID_REVENUE_PERIOD,
            "worldwideRevenueMonths"),
        refused(
            "a revenue period of 25 months",
            g -> g.months = 25,
            PenaltyProblems.INVALID_REVENUE_PERIOD,
            "worldwideRevenueMonths"),
        refused(
            "a revenue in dollars without a rate",
            g -> g.worldwide = Money.of("1000000", USD),
            PenaltyProblems.EXCHANGE_RATE_REQUIRED,
            "exchangeRate"),
        refused(
            "a rate for euros when the revenue is in dollars",
            g -> {
              g.worldwide = Money.of("1000000", USD);
              g.rate = new ExchangeRate(EUR, new BigDecimal("0.85"), march31);
            },
            PenaltyProblems.EXCHANGE_RATE_NOT_APPLICABLE,
            "exchangeRate.currency"),
        refused(
            "a rate when every revenue is in pounds",
            g -> g.rate = usd,
            PenaltyProblems.EXCHANGE_RATE_NOT_APPLICABLE,
            "exchangeRate"),
        refused(
            "revenues in dollars and euros",
            g -> {
              g.relevant = Money.of("1000000", USD);
              g.worldwide = Money.of("1000000", EUR);
              g.rate = usd;
            },
            PenaltyProblems.REVENUE_CURRENCIES_DIFFER,
            "worldwideRevenue.currency"),
        refused(
            "a rate without its currency",
            g -> {
              g.worldwide = Money.of("1000000", USD);
              g.rate = new ExchangeRate(null, new BigDecimal("0.79"), march31);
            },
            missing(),
            "exchangeRate.currency"),
        refused(
            "a rate of zero",
            g -> {
              g.worldwide = Money.of("1000000", USD);
              g.rate = new ExchangeRate(USD, BigDecimal.ZERO, march31);
            },
            PenaltyProblems.INVALID_EXCHANGE_RATE,
            "exchangeRate.rate"),
        refused(
            "a rate of eleven decimal places",
            g -> {
              g.worldwide = Money.of("1000000", USD);
              g.rate = new ExchangeRate(USD, new BigDecimal("0.78650000001"), march31);
            },
            PenaltyProblems.INVALID_EXCHANGE_RATE,
            "exchangeRate.rate"),
        refused(
            "a rate without its date",
            g -> {
              g.worldwide = Money.of("1000000", USD);
              g.rate = new ExchangeRate(USD, new BigDecimal("0.79"), null);
            },
            missing(),
            "exchangeRate.date"),
        refused(
            "a mitigating factor given as aggravating",
            g -> g.aggravating = List.of("REMEDY"),
            PenaltyProblems.UNKNOWN_FACTOR,
            "aggravatingFactors[0]"),
        refused(
            "a factor given twice",
            g -> g.aggravating = List.of("REPEAT", "SENIOR", "REPEAT"),
            PenaltyProblems.DUPLICATE_FACTOR,
            "aggravatingFactors[2]"),
        refused(
            "a missing factor in the list",
            g -> g.mitigating = Arrays.asList("REMEDY", null),
            missing(),
            "mitigatingFactors[1]"),
        refused(
            "a negative uplift",
            g -> g.uplift = new BigDecimal("-1"),
            PenaltyProblems.FIGURE_NEGATIVE,
            "deterrenceUpliftPercent"),
        refused(
            "an uplift above the maximum",
            g -> g.uplift = new BigDecimal("100.01"),
            PenaltyProblems.DETERRENCE_UPLIFT_TOO_HIGH,
            "deterrenceUpliftPercent"),
        refused(
            "an uplift of three decimal places",
            g -> g.uplift = new BigDecimal("12.345"),
            PenaltyProblems.FIGURE_TOO_PRECISE,
            "deterrenceUpliftPercent"),
        refused(
            "a discount above the maximum",
            g -> g.discount = new BigDecimal("30.01"),
            PenaltyProblems.SETTLEMENT_DISCOUNT_TOO_HIGH,
            "settlementDiscountPercent"),
        refused("no discount", g -> g.discount = null, missing(), "settlementDiscountPercent"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusesInputItCannotUseNamingTheField(
      String ignoredCase, Consumer<Given> change, ProblemCode code, String field) {
    assertThat(CALCULATOR.calculate(new Given().input()).amount()).isNotNull();
    Given given = new Given();
    change.accept(given);

    assertThatThrownBy(() -> CALCULATOR.calculate(given.input()))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(code);
              assertThat(e.errors()).extracting("field").containsExactly(field);
            });
  }

  static Stream<Arguments> dailyRefusals() {
    return Stream.of(
        Arguments.of(
            "a daily amount in euros",
            new DailyPenaltyInput(
                Money.of("1000", EUR), 10, Money.gbp("100"), 12, null, Money.gbp("0")),
            PenaltyProblems.WRONG_CURRENCY,
            "dailyAmount.currency"),
        Arguments.of(
            "a daily amount in tenths of a penny",
            new DailyPenaltyInput(
                Money.gbp("1000.001"), 10, Money.gbp("100"), 12, null, Money.gbp("0")),
            PenaltyProblems.FIGURE_TOO_PRECISE,
            "dailyAmount.amount"),
        Arguments.of(
            "no day of breach",
            new DailyPenaltyInput(Money.gbp("1000"), 0, Money.gbp("100"), 12, null, Money.gbp("0")),
            PenaltyProblems.INVALID_BREACH_DAYS,
            "days"),
        Arguments.of(
            "a negative amount already imposed",
            new DailyPenaltyInput(
                Money.gbp("1000"), 10, Money.gbp("100"), 12, null, Money.gbp("-1")),
            PenaltyProblems.FIGURE_NEGATIVE,
            "imposedForSameBreach.amount"),
        Arguments.of(
            "nothing said of what was already imposed",
            new DailyPenaltyInput(Money.gbp("1000"), 10, Money.gbp("100"), 12, null, null),
            ProblemType.INVALID_REQUEST,
            "imposedForSameBreach"),
        Arguments.of(
            "a revenue in dollars without a rate",
            new DailyPenaltyInput(
                Money.gbp("1000"), 10, Money.of("100", USD), 12, null, Money.gbp("0")),
            PenaltyProblems.EXCHANGE_RATE_REQUIRED,
            "exchangeRate"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dailyRefusals")
  void refusesADailyRateItCannotUse(
      String ignoredCase, DailyPenaltyInput input, ProblemCode code, String field) {
    assertThatThrownBy(() -> CALCULATOR.calculateDaily(input))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).isEqualTo(code);
              assertThat(e.errors()).extracting("field").containsExactly(field);
            });
  }

  @Test
  void parametersThatCannotBeUsedAreRefusedAsTheyAreMade() {
    Map<String, BigDecimal> percents = percents();
    assertThatThrownBy(() -> parameters(Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seriousness-levels");
    assertThatThrownBy(() -> parameters(Map.of("LOW", new BigDecimal("100.5"))))
        .hasMessageContaining("seriousness-levels.LOW");
    assertThatThrownBy(() -> parameters(Map.of("low", new BigDecimal("5"))))
        .hasMessageContaining("not low");
    assertThatThrownBy(
            () ->
                new PenaltyParameters(
                    GBP,
                    percents,
                    Map.of("REMEDY", BigDecimal.ONE),
                    Map.of("REMEDY", BigDecimal.ONE),
                    BigDecimal.TEN,
                    BigDecimal.TEN,
                    Money.gbp("18000000"),
                    BigDecimal.TEN))
        .hasMessageContaining("REMEDY cannot be both");
    assertThatThrownBy(
            () ->
                new PenaltyParameters(
                    GBP,
                    percents,
                    Map.of(),
                    Map.of(),
                    BigDecimal.TEN,
                    new BigDecimal("100"),
                    Money.gbp("18000000"),
                    BigDecimal.TEN))
        .hasMessageContaining("settlement-discount-max must be below 100");
    assertThatThrownBy(
            () ->
                new PenaltyParameters(
                    GBP,
                    percents,
                    Map.of(),
                    Map.of(),
                    BigDecimal.TEN,
                    BigDecimal.TEN,
                    Money.of("18000000", EUR),
                    BigDecimal.TEN))
        .hasMessageContaining("cap.fixed-amount");
  }

  private static Map<String, BigDecimal> percents() {
    Map<String, BigDecimal> seriousness = new LinkedHashMap<>();
    seriousness.put("LOW", new BigDecimal("5"));
    seriousness.put("MEDIUM", new BigDecimal("10"));
    seriousness.put("HIGH", new BigDecimal("20"));
    return seriousness;
  }

  private static PenaltyParameters parameters(Map<String, BigDecimal> seriousness) {
    Map<String, BigDecimal> aggravating = new LinkedHashMap<>();
    aggravating.put("REPEAT", new BigDecimal("20"));
    aggravating.put("SENIOR", new BigDecimal("10"));
    Map<String, BigDecimal> mitigating = new LinkedHashMap<>();
    mitigating.put("REMEDY", new BigDecimal("15"));
    mitigating.put("COOPERATION", new BigDecimal("5"));
    return new PenaltyParameters(
        GBP,
        seriousness,
        aggravating,
        mitigating,
        new BigDecimal("100"),
        new BigDecimal("30"),
        Money.gbp("18000000"),
        new BigDecimal("10"));
  }

  private static PenaltyInput input(
      String seriousness,
      String relevant,
      String worldwide,
      List<String> aggravating,
      List<String> mitigating) {
    return new PenaltyInput(
        seriousness,
        Money.gbp(relevant),
        Money.gbp(worldwide),
        12,
        null,
        aggravating,
        mitigating,
        new BigDecimal("20"),
        new BigDecimal("10"));
  }

  /** A valid input, to change one thing of. */
  static final class Given {
    String seriousness = "MEDIUM";
    Money relevant = Money.gbp("1000000.00");
    Money worldwide = Money.gbp("100000000.00");
    int months = 12;
    ExchangeRate rate;
    List<String> aggravating = List.of("REPEAT");
    List<String> mitigating = List.of("REMEDY");
    BigDecimal uplift = new BigDecimal("20");
    BigDecimal discount = new BigDecimal("10");

    PenaltyInput input() {
      return new PenaltyInput(
          seriousness,
          relevant,
          worldwide,
          months,
          rate,
          aggravating,
          mitigating,
          uplift,
          discount);
    }
  }

  private static Arguments refused(
      String description, Consumer<Given> change, ProblemCode code, String field) {
    return Arguments.of(description, change, code, field);
  }

  private static ProblemCode missing() {
    return ProblemType.INVALID_REQUEST;
  }

  private static List<String> codes(String spaced) {
    return spaced == null ? List.of() : List.of(spaced.split(" "));
  }

  private static PenaltyStep step(PenaltyCalculation calculation, PenaltyStepName name) {
    return calculation.steps().stream()
        .filter(step -> step.name() == name)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no step " + name));
  }

  private static Money result(PenaltyCalculation calculation, PenaltyStepName name) {
    return step(calculation, name).result();
  }

  private static Money figure(PenaltyStep step, String name) {
    return step.inputs().stream()
        .filter(figure -> figure.name().equals(name))
        .map(figure -> new Money(figure.value(), figure.currency()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no figure " + name + " in " + step.name()));
  }
}
