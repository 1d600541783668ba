package io.carefile.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The benchmark statistics, worked by hand. Percentiles are type 7: over n sorted values x[0..n-1],
 * the p-th is at h = (n - 1)p, x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]), the same as
 * PostgreSQL's percentile_cont and Excel's PERCENTILE.INC. Percentile ranks count ties half: (below
 * + equal / 2) / n x 100. Outliers lie beyond Tukey's fences Q1 - 1.5 IQR and Q3 + 1.5 IQR.
 */
class BenchmarkStatisticsTest {

  /**
   * values | P5 | P25 | median | P75 | P95 | lower fence | upper fence, each worked out beside it.
   */
  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # odd n = 5, h = 4p: P5 h=0.2 -> 1 + 0.2x1; P95 h=3.8 -> 4 + 0.8x1; IQR 2 -> -1 and 7
          1 2 3 4 5         | 1.2   | 2     | 3   | 4     | 4.8   | -1     | 7
          # the same, unsorted: the order they come in does not matter
          5 1 4 2 3         | 1.2   | 2     | 3   | 4     | 4.8   | -1     | 7
          # even n = 4, h = 3p: P5 h=0.15 -> 10 + 0.15x10; P25 h=0.75 -> 17.5; median h=1.5 -> 25;
          # P75 h=2.25 -> 32.5; P95 h=2.85 -> 38.5; IQR 15 -> 17.5 - 22.5 and 32.5 + 22.5
          10 20 30 40       | 11.5  | 17.5  | 25  | 32.5  | 38.5  | -5     | 55
          # even n = 2: P5 = 1 + 0.05, the median half way
          1 2               | 1.05  | 1.25  | 1.5 | 1.75  | 1.95  | 0.5    | 2.5
          # a single value is every percentile of itself; no spread, so the fences are on it
          7                 | 7     | 7     | 7   | 7     | 7     | 7      | 7
          # all equal
          3 3 3             | 3     | 3     | 3   | 3     | 3     | 3      | 3
          # ties: h = 4p over 1 2 2 2 5; P95 h=3.8 -> 2 + 0.8x3 = 4.4; IQR 0
          1 2 2 2 5         | 1.2   | 2     | 2   | 2     | 4.4   | 2      | 2
          # totals with two decimals, as scores have them (n = 5):
          # P5 77.08 + 0.2x5.42 = 78.164; P95 89.58 + 0.8x4.17 = 92.916; IQR 7.08
          77.08 82.50 89.58 89.58 93.75 | 78.164 | 82.5 | 89.58 | 89.58 | 92.916 | 71.88 | 100.2
          # six decimals, rounded half up: P5 = 0.05 x 0.00001 = 0.0000005 -> 0.000001;
          # P25 0.0000025 -> 0.000003; P75 0.0000075 -> 0.000008; P95 0.0000095 -> 0.00001;
          # fences from the rounded quartiles: 0.000003 - 1.5 x 0.000005 = -0.0000045 -> -0.000005
          # (half up, away from zero) and 0.000008 + 0.0000075 = 0.0000155 -> 0.000016
          0 0.00001         | 0.000001 | 0.000003 | 0.000005 | 0.000008 | 0.00001 | -0.000005 | 0.000016
          """)
  void percentilesAndFencesByLinearInterpolationBetweenClosestRanks(
      String values,
      String p5,
      String p25,
      String median,
      String p75,
      String p95,
      String lowerFence,
      String upperFence) {
    BenchmarkDistribution distribution =
        BenchmarkStatistics.distribution(decimals(values)).orElseThrow();

    assertThat(distribution.p5()).isEqualByComparingTo(p5);
    assertThat(distribution.p25()).isEqualByComparingTo(p25);
    assertThat(distribution.median()).isEqualByComparingTo(median);
    assertThat(distribution.p75()).isEqualByComparingTo(p75);
    assertThat(distribution.p95()).isEqualByComparingTo(p95);
    assertThat(distribution.lowerFence()).isEqualByComparingTo(lowerFence);
    assertThat(distribution.upperFence()).isEqualByComparingTo(upperFence);
  }

  @Test
  void percentilesRoundHalfUpToSixDecimals() {
    // n = 4, h = 3 x 0.05 = 0.15 over 0 and 0.00001: 0.15 x 0.00001 = 0.0000015 -> 0.000002
    List<BigDecimal> sorted = decimals("0 0.00001 0.00002 0.00003");
    assertThat(BenchmarkStatistics.percentile(sorted, new BigDecimal("0.05")))
        .isEqualByComparingTo("0.000002");
    // 1/3 of the way: n = 4, p = 0.1 -> h = 0.3; 0 + 0.3 x 1 = 0.3 exactly
    assertThat(BenchmarkStatistics.percentile(decimals("0 1 2 3"), new BigDecimal("0.1")))
        .isEqualByComparingTo("0.3");
    // Never in exponent notation, whatever the value.
    assertThat(BenchmarkStatistics.percentile(decimals("100 200"), BigDecimal.ZERO).toString())
        .isEqualTo("100");
  }

  @Test
  void noValuesHaveNoDistribution() {
    assertThat(BenchmarkStatistics.distribution(List.of())).isEmpty();
    assertThatThrownBy(() -> BenchmarkStatistics.percentile(List.of(), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BenchmarkStatistics.percentileRank(List.of(), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** values | value | below | equal | rank = (below + equal / 2) / n x 100. */
  @ParameterizedTest(name = "{1} among [{0}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1 2 3 4 5         | 1     | 10
          1 2 3 4 5         | 3     | 50
          1 2 3 4 5         | 5     | 90
          # ties count half: 2 has 1 below and 3 equal -> (1 + 1.5) / 5 = 50
          1 2 2 2 5         | 2     | 50
          1 2 2 2 5         | 1     | 10
          1 2 2 2 5         | 5     | 90
          # a value none of them is: 4 below, none equal -> 80
          1 2 2 2 5         | 3     | 80
          # all equal: each ranks 50
          3 3 3             | 3     | 50
          # a single value
          7                 | 7     | 50
          # even n = 4: (1 + 0.5) / 4 = 37.5
          10 20 30 40       | 20    | 37.50
          # decimals compare by value, not by how they are written
          1.0 2.00 2        | 2     | 66.67
          # rounded half up to two decimals: (0 + 0.5) / 3 = 16.666...
          0 1 1             | 0     | 16.67
          # (1 + 1) / 3 = 66.666...
          0 1 1             | 1     | 66.67
          # the scores of the API test: 89.58 has 2 below and 2 equal of 5 -> 60
          77.08 82.50 89.58 89.58 93.75 | 89.58 | 60
          """)
  void percentileRankCountsTiesHalf(String values, String value, String rank) {
    assertThat(BenchmarkStatistics.percentileRank(decimals(values), new BigDecimal(value)))
        .isEqualByComparingTo(rank);
    assertThat(BenchmarkStatistics.percentileRank(decimals(values), new BigDecimal(value)).scale())
        .isEqualTo(2);
  }

  /** Fences of 1 2 3 4 5 are -1 and 7; a value on a fence is no outlier. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"-1.000001, LOW", "-1, NONE", "3, NONE", "7, NONE", "7.000001, HIGH", "100, HIGH"})
  void outliersLieBeyondTukeysFences(String value, String side) {
    BenchmarkDistribution distribution =
        BenchmarkStatistics.distribution(decimals("1 2 3 4 5")).orElseThrow();

    Optional<BenchmarkOutlierSide> outlier =
        BenchmarkStatistics.outlier(new BigDecimal(value), distribution);

    assertThat(outlier.map(Enum::name).orElse("NONE")).isEqualTo(side);
  }

  @Test
  void withNoSpreadEveryOtherValueIsAnOutlier() {
    BenchmarkDistribution ties =
        BenchmarkStatistics.distribution(decimals("1 2 2 2 5")).orElseThrow();
    assertThat(BenchmarkStatistics.outlier(BigDecimal.ONE, ties))
        .contains(BenchmarkOutlierSide.LOW);
    assertThat(BenchmarkStatistics.outlier(new BigDecimal("2"), ties)).isEmpty();
    assertThat(BenchmarkStatistics.outlier(new BigDecimal("5"), ties))
        .contains(BenchmarkOutlierSide.HIGH);
    BenchmarkDistribution equal = BenchmarkStatistics.distribution(decimals("3 3 3")).orElseThrow();
    assertThat(BenchmarkStatistics.outlier(new BigDecimal("3"), equal)).isEmpty();
  }

  @ParameterizedTest(name = "k={0}, {1} platforms")
  @CsvSource({
    "5, 0, true",
    "5, 4, true",
    "5, 5, false",
    "5, 6, false",
    "1, 0, true",
    "1, 1, false"
  })
  void aCohortBelowKIsSuppressed(int k, int platforms, boolean suppressed) {
    assertThat(new BenchmarkStatistics(k).suppressed(platforms)).isEqualTo(suppressed);
  }

  @Test
  void kIsAtLeastOne() {
    assertThatThrownBy(() -> new BenchmarkStatistics(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("carefile.benchmarks.min-cohort");
  }

  static List<BigDecimal> decimals(String values) {
    return Arrays.stream(values.strip().split("\\s+")).map(BigDecimal::new).toList();
  }
}
