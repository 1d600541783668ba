package io.carefile.portal.shared.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values counted into bins, and the bars drawn for them. */
class HistogramTest {

  private static final ChartTitle TITLE = new ChartTitle("histogram", "Scores", "How many");

  private static List<BigDecimal> values(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }

  @Test
  void valuesAreCountedFromTheLowerEdgeUpToTheNextAndTheTopIsInTheLastBin() {
    List<Bin> bins =
        Bin.count(
            values("0", "9.99", "10", "55", "89.58", "100", "-1", "100.01"),
            BigDecimal.ZERO,
            BigDecimal.valueOf(100),
            BigDecimal.valueOf(25));

    assertThat(bins)
        .extracting(Bin::count)
        .containsExactly(3L, 0L, 1L, 2L); // 0, 9.99, 10 | - | 55 | 89.58, 100; -1 and 100.01 out
    assertThat(bins.getFirst().from()).isEqualByComparingTo("0");
    assertThat(bins.getLast().to()).isEqualByComparingTo("100");
  }

  @Test
  void binsMustDivideTheRange() {
    assertThatThrownBy(
            () -> Bin.count(List.of(), BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.valueOf(3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Bin(BigDecimal.ONE, BigDecimal.ONE, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void barsStandOnTheAxisAsHighAsTheirCounts() {
    List<Bin> bins =
        Bin.count(
            values("10", "30", "35", "60", "70", "80"),
            BigDecimal.ZERO,
            BigDecimal.valueOf(100),
            BigDecimal.valueOf(25));

    Histogram chart = Histogram.of(TITLE, "Score", "Returns", bins);

    // Counts 1, 2, 2, 1 on an axis of 0 to 2; plot 24 (2) to 232 (0); bins 142 wide from 56.
    assertThat(chart.bars())
        .extracting(Histogram.Bar::x, Histogram.Bar::y, Histogram.Bar::width, Histogram.Bar::height)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(56.0, 128.0, 142.0, 104.0),
            org.assertj.core.groups.Tuple.tuple(198.0, 24.0, 142.0, 208.0),
            org.assertj.core.groups.Tuple.tuple(340.0, 24.0, 142.0, 208.0),
            org.assertj.core.groups.Tuple.tuple(482.0, 128.0, 142.0, 104.0));
    assertThat(chart.yTicks()).extracting(Tick::label).containsExactly("0", "1", "2");
    assertThat(chart.xTicks())
        .extracting(Tick::label)
        .containsExactly("0", "25", "50", "75", "100");
    assertThat(chart.rows())
        .containsExactly(
            new Histogram.Row("0", "25", false, "1"),
            new Histogram.Row("25", "50", false, "2"),
            new Histogram.Row("50", "75", false, "2"),
            new Histogram.Row("75", "100", true, "1"));
    assertThat(chart.isEmpty()).isFalse();
  }

  @Test
  void manyBinsLabelEveryOtherEdge() {
    List<Bin> bins =
        Bin.count(List.of(), BigDecimal.ZERO, BigDecimal.valueOf(100), BigDecimal.valueOf(5));

    Histogram chart = Histogram.of(TITLE, "Score", "Returns", bins);

    assertThat(chart.xTicks()).extracting(Tick::label).startsWith("0", "10", "20").endsWith("100");
    assertThat(chart.isEmpty()).isTrue();
  }

  @Test
  void binsThatDoNotAdjoinAreRefused() {
    assertThatThrownBy(
            () ->
                Histogram.of(
                    TITLE,
                    "Score",
                    "Returns",
                    List.of(
                        new Bin(BigDecimal.ZERO, BigDecimal.ONE, 1),
                        new Bin(BigDecimal.TWO, BigDecimal.TEN, 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
