package io.carefile.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegisterStatisticsPolicyTest {

  private final RegisterStatisticsPolicy policy = new RegisterStatisticsPolicy(5);

  private static ReturnFigures figures(long platforms, long scored) {
    return new ReturnFigures(
        "CSAM-Q",
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 3, 31),
        "CORE",
        platforms,
        platforms,
        platforms - 1,
        2,
        scored,
        new BigDecimal("77.125"),
        3,
        1,
        1);
  }

  @ParameterizedTest(name = "{0} platforms, {1} scored: row withheld {2}, scores withheld {3}")
  @CsvSource({
    "1, 1, true, true",
    "4, 4, true, true",
    "5, 4, false, true",
    "5, 5, false, false",
    "12, 12, false, false"
  })
  void aFigureOfFewerThanKPlatformsIsWithheld(
      long platforms, long scored, boolean rowWithheld, boolean scoresWithheld) {
    ReturnStatistics shown = policy.returns(figures(platforms, scored));

    assertThat(shown.withheld()).isEqualTo(rowWithheld);
    assertThat(shown.scoresWithheld()).isEqualTo(scoresWithheld);
    if (rowWithheld) {
      assertThat(shown.platforms()).isNull();
      assertThat(shown.returnsDue()).isNull();
      assertThat(shown.returnsFiled()).isNull();
      assertThat(shown.filedLate()).isNull();
      assertThat(shown.onTimeRate()).isNull();
    } else {
      assertThat(shown.platforms()).isEqualTo(platforms);
      assertThat(shown.filedLate()).isEqualTo(2);
    }
    if (scoresWithheld) {
      assertThat(shown.scoredReturns()).isNull();
      assertThat(shown.medianScore()).isNull();
      assertThat(shown.green()).isNull();
      assertThat(shown.amber()).isNull();
      assertThat(shown.red()).isNull();
      assertThat(shown.withheldReason()).contains("fewer than 5 platforms");
    } else {
      assertThat(shown.medianScore()).isEqualByComparingTo("77.13");
      assertThat(shown.green()).isEqualTo(3);
      assertThat(shown.withheldReason()).isNull();
    }
  }

  @ParameterizedTest
  @CsvSource({"10, 7, 70.0", "3, 2, 66.7", "6, 1, 16.7", "8, 8, 100.0", "7, 0, 0.0"})
  void theOnTimeRateIsOfReturnsDueRoundedHalfUpToOneDecimal(long due, long onTime, String rate) {
    assertThat(RegisterStatisticsPolicy.onTimeRate(due, onTime)).isEqualByComparingTo(rate);
  }

  @Test
  void noReturnsDueHaveNoRate() {
    assertThat(RegisterStatisticsPolicy.onTimeRate(0, 0)).isNull();
  }

  @ParameterizedTest
  @CsvSource({"4, true", "5, false"})
  void enforcementCountsOfFewerThanKPlatformsAreWithheldButPublishedDecisionsAreCounted(
      long platforms, boolean withheld) {
    EnforcementStatistics shown =
        policy.enforcement(new EnforcementFigures(2026, "CORE", platforms, 9, 3, 2, 1));

    assertThat(shown.withheld()).isEqualTo(withheld);
    assertThat(shown.casesOpened()).isEqualTo(withheld ? null : 9L);
    assertThat(shown.confirmed()).isEqualTo(withheld ? null : 3L);
    assertThat(shown.closedNoAction()).isEqualTo(withheld ? null : 2L);
    assertThat(shown.published()).isEqualTo(1);
  }

  @Test
  void kMustLeaveNoFigureToOnePlatform() {
    assertThatThrownBy(() -> new RegisterStatisticsPolicy(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("carefile.register.min-cohort");
  }
}
