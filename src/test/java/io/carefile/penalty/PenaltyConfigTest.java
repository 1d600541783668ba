package io.carefile.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.carefile.template.PeriodType;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code carefile.penalty.*} read as the service reads it, without starting the service. */
class PenaltyConfigTest {

  @Test
  void theDefaultsAreTheStatutoryCapAndHmrcsPointsPeriods() {
    PenaltyRules rules = new PenaltyRules(config(Map.of()));

    PenaltyParameters parameters = rules.calculator().parameters();
    assertThat(parameters.currency()).isEqualTo(Money.GBP);
    assertThat(parameters.capFixedSum()).isEqualTo(Money.gbp("18000000.00"));
    assertThat(parameters.capRevenueShare()).isEqualByComparingTo("10");
    assertThat(parameters.seriousnessShares())
        .containsOnlyKeys("MINOR", "MODERATE", "SERIOUS", "VERY_SERIOUS");
    assertThat(parameters.seriousnessShares().keySet())
        .containsExactly("MINOR", "MODERATE", "SERIOUS", "VERY_SERIOUS");
    assertThat(parameters.settlementDiscountMax()).isEqualByComparingTo("30");
    assertThat(rules.latePoints().rule(PeriodType.MONTHLY))
        .isEqualTo(new PointsRule(5, 24, 6, Money.gbp("10000")));
    assertThat(rules.latePoints().rule(PeriodType.QUARTERLY))
        .isEqualTo(new PointsRule(4, 24, 12, Money.gbp("10000")));
    assertThat(rules.latePoints().rule(PeriodType.ANNUAL))
        .isEqualTo(new PointsRule(2, 24, 24, Money.gbp("10000")));
  }

  @Test
  void configuredValuesReplaceTheDefaults() {
    PenaltyRules rules =
        new PenaltyRules(
            config(
                Map.of(
                    "carefile.penalty.seriousness-levels", "LOW:2.5, HIGH:12",
                    "carefile.penalty.cap.fixed-amount", "20000000",
                    "carefile.penalty.points.quarterly.threshold", "3",
                    "carefile.penalty.points.quarterly.fixed-penalty", "250.50")));

    assertThat(rules.calculator().parameters().seriousnessShares())
        .containsExactly(
            Map.entry("LOW", new BigDecimal("2.5")), Map.entry("HIGH", new BigDecimal("12")));
    assertThat(rules.calculator().parameters().capFixedSum()).isEqualTo(Money.gbp("20000000"));
    assertThat(rules.latePoints().rule(PeriodType.QUARTERLY))
        .isEqualTo(new PointsRule(3, 24, 12, Money.gbp("250.50")));
  }

  @Test
  void settingsThatCannotBeUsedStopTheStart() {
    assertThatThrownBy(
            () ->
                new PenaltyRules(config(Map.of("carefile.penalty.settlement-discount-max", "100"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("carefile.penalty.settlement-discount-max");
    assertThatThrownBy(
            () ->
                new PenaltyRules(
                    config(Map.of("carefile.penalty.aggravating-factors", "PROMPT_REMEDIATION:5"))))
        .hasMessageContaining("PROMPT_REMEDIATION cannot be both");
    assertThatThrownBy(
            () ->
                new PenaltyRules(
                    config(Map.of("carefile.penalty.seriousness-levels", "LOW:5,LOW:6"))))
        .hasMessageContaining("names LOW twice");
    assertThatThrownBy(
            () -> new PenaltyRules(config(Map.of("carefile.penalty.points.annual.threshold", "0"))))
        .hasMessageContaining("carefile.penalty.points.annual");
    assertThatThrownBy(
            () ->
                new PenaltyRules(
                    config(Map.of("carefile.penalty.points.monthly.fixed-penalty", "0.005"))))
        .hasMessageContaining("carefile.penalty.points.monthly");
    assertThatThrownBy(() -> new PenaltyRules(config(Map.of("carefile.penalty.currency", "XYZ"))))
        .hasMessageContaining("carefile.penalty.currency");
  }

  private static PenaltyConfig config(Map<String, String> properties) {
    return new SmallRyeConfigBuilder()
        .withMapping(PenaltyConfig.class)
        .withSources(new PropertiesConfigSource(properties, "test", 500))
        .build()
        .getConfigMapping(PenaltyConfig.class);
  }
}
