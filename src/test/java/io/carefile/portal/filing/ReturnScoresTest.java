package io.carefile.portal.filing;

import static org.assertj.core.api.Assertions.assertThat;

import io.carefile.portal.shared.charts.ChartTone;
import io.carefile.scoring.ScoreBand;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the return's pages write a score's figures. */
class ReturnScoresTest {

  @ParameterizedTest
  @CsvSource({
    "0.8, 0.8",
    "0.99, 0.99",
    "2.5, 2.5",
    "1.0, 1",
    "0.0, 0",
    "0.8333333333, 0.8333",
    "0.99995, 1",
    "1234.5, '1,234.5'"
  })
  void anIndicatorsValueHasAtMostFourDecimalPlacesAndNoTrailingZeros(double value, String shown) {
    assertThat(ReturnScores.indicatorValue(value)).isEqualTo(shown);
  }

  @Test
  void weightsAndThresholdsAreWrittenWithoutTrailingZeros() {
    assertThat(ReturnScores.plain(new BigDecimal("75.00"))).hasToString("75");
    assertThat(ReturnScores.plain(new BigDecimal("3.50"))).hasToString("3.5");
    assertThat(ReturnScores.plain(new BigDecimal("1E+2"))).hasToString("100");
  }

  @Test
  void eachBandHasItsOwnTone() {
    assertThat(ReturnScores.toneOf(ScoreBand.GREEN)).isEqualTo(ChartTone.GREEN);
    assertThat(ReturnScores.toneOf(ScoreBand.AMBER)).isEqualTo(ChartTone.AMBER);
    assertThat(ReturnScores.toneOf(ScoreBand.RED)).isEqualTo(ChartTone.RED);
    assertThat(ReturnScores.toneOf(ScoreBand.NOT_SCORED)).isEqualTo(ChartTone.NEUTRAL);
  }
}
