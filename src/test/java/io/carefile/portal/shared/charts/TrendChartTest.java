package io.carefile.portal.shared.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a trend's points, line, labels and reference lines go, worked by hand. */
class TrendChartTest {

  private static final ChartTitle TITLE = new ChartTitle("trend", "Score", "Scores by period");
  private static final LinearScale SCORES =
      LinearScale.fixed(BigDecimal.ZERO, BigDecimal.valueOf(100), BigDecimal.valueOf(25));
  private static final List<ReferenceLine> THRESHOLDS =
      List.of(
          new ReferenceLine(new BigDecimal("75.00"), "Green from 75"),
          new ReferenceLine(new BigDecimal("50.00"), "Amber from 50"));

  private static TrendPoint point(String period, String value, ChartTone tone, String status) {
    return new TrendPoint(
        period,
        List.of(period, "2026"),
        value == null ? null : new BigDecimal(value),
        tone,
        status);
  }

  @Test
  void pointsAreSpreadEvenlyAndPlacedByValue() {
    TrendChart chart =
        TrendChart.of(
            TITLE,
            "Score",
            "Band",
            SCORES,
            List.of(
                point("Jan–Mar", "61.50", ChartTone.AMBER, "Amber"),
                point("Apr–Jun", "89.58", ChartTone.GREEN, "Green")),
            THRESHOLDS);

    // Plot 56..496 wide (440): two slots of 220, points at their middles, 166 and 386.
    // Heights: 236 - share x 212: 61.5 -> 105.6, 89.58 -> 46.1.
    assertThat(chart.marks())
        .extracting(TrendChart.Mark::x, TrendChart.Mark::y, TrendChart.Mark::label)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(166.0, 105.6, "61.50"),
            org.assertj.core.groups.Tuple.tuple(386.0, 46.1, "89.58"));
    assertThat(chart.marks().get(0).fill()).isEqualTo(Colours.ORANGE);
    assertThat(chart.marks().get(0).path()).isEqualTo(MarkerShape.SQUARE.path(166, 105.6, 12));
    assertThat(chart.marks().get(1).path()).isEqualTo(MarkerShape.CIRCLE.path(386, 46.1, 12));
    assertThat(chart.marks().get(1).labelY()).isEqualTo(34.1);
    assertThat(chart.lines()).containsExactly("166,105.6 386,46.1");
    assertThat(chart.xLabels())
        .containsExactly(
            new TrendChart.AxisLabel(
                166,
                List.of(new TrendChart.Line(254, "Jan–Mar"), new TrendChart.Line(269, "2026"))),
            new TrendChart.AxisLabel(
                386,
                List.of(new TrendChart.Line(254, "Apr–Jun"), new TrendChart.Line(269, "2026"))));
    assertThat(chart.yTicks())
        .extracting(Tick::label)
        .containsExactly("0", "25", "50", "75", "100");
  }

  @Test
  void referenceLinesAreLabelledBesideThePlot() {
    TrendChart chart =
        TrendChart.of(
            TITLE,
            "Score",
            "Band",
            SCORES,
            List.of(point("Q1", "80", ChartTone.GREEN, "Green")),
            THRESHOLDS);

    // 75 -> 77, 50 -> 130; labels at baseline y + 4, the higher line first.
    assertThat(chart.references())
        .containsExactly(
            new TrendChart.Reference(77, "Green from 75", 81),
            new TrendChart.Reference(130, "Amber from 50", 134));
    assertThat(chart.referenceLabelX()).isEqualTo(504);
  }

  @Test
  void referenceLabelsTooCloseToReadAreMovedApart() {
    TrendChart chart =
        TrendChart.of(
            TITLE,
            "Score",
            "Band",
            SCORES,
            List.of(point("Q1", "80", ChartTone.GREEN, "Green")),
            List.of(
                new ReferenceLine(BigDecimal.valueOf(75), "Green from 75"),
                new ReferenceLine(BigDecimal.valueOf(73), "Amber from 73")));

    // 75 -> 77, 73 -> 81.2: the second label goes 15 below the first (81 + 15 = 96).
    assertThat(chart.references())
        .extracting(TrendChart.Reference::labelY)
        .containsExactly(81.0, 96.0);
  }

  @Test
  void aSinglePointSitsInTheMiddleWithoutALine() {
    TrendChart chart =
        TrendChart.of(
            TITLE,
            "Score",
            "Band",
            SCORES,
            List.of(point("Q1", "89.58", ChartTone.GREEN, "Green")),
            THRESHOLDS);

    assertThat(chart.marks()).singleElement().extracting(TrendChart.Mark::x).isEqualTo(276.0);
    assertThat(chart.lines()).isEmpty();
    assertThat(chart.isEmpty()).isFalse();
    assertThat(chart.rows()).containsExactly(new TrendChart.Row("Q1", "89.58", "Green"));
  }

  @Test
  void aPeriodWithoutValueBreaksTheLineButKeepsItsPlaceAndRow() {
    TrendChart chart =
        TrendChart.of(
            TITLE,
            "Score",
            "Band",
            SCORES,
            List.of(
                point("Q1", "50", ChartTone.AMBER, "Amber"),
                point("Q2", "60", ChartTone.AMBER, "Amber"),
                point("Q3", null, ChartTone.NEUTRAL, "Not scored"),
                point("Q4", "90", ChartTone.GREEN, "Green")),
            THRESHOLDS);

    // Four slots of 110: x = 111, 221, 331, 441; Q3 has no mark.
    assertThat(chart.marks()).extracting(TrendChart.Mark::x).containsExactly(111.0, 221.0, 441.0);
    assertThat(chart.lines()).containsExactly("111,130 221,108.8");
    assertThat(chart.xLabels()).extracting(TrendChart.AxisLabel::x).contains(331.0);
    assertThat(chart.rows())
        .extracting(TrendChart.Row::period, TrendChart.Row::value, TrendChart.Row::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Q1", "50", "Amber"),
            org.assertj.core.groups.Tuple.tuple("Q2", "60", "Amber"),
            org.assertj.core.groups.Tuple.tuple("Q3", "", "Not scored"),
            org.assertj.core.groups.Tuple.tuple("Q4", "90", "Green"));
  }

  @Test
  void aValueAtTheTopIsLabelledBelowItsPoint() {
    TrendChart chart =
        TrendChart.of(
            TITLE,
            "Score",
            "Band",
            SCORES,
            List.of(point("Q1", "100", ChartTone.GREEN, "Green")),
            List.of());

    // At y = 24 a label above would leave the plot: it goes below, 24 + 12 + 10.
    assertThat(chart.marks().getFirst().labelY()).isEqualTo(46.0);
  }

  @Test
  void theLegendHasEachToneOnceWithItsWords() {
    TrendChart chart =
        TrendChart.of(
            TITLE,
            "Score",
            "Band",
            SCORES,
            List.of(
                point("Q1", "90", ChartTone.GREEN, "Green"),
                point("Q2", "40", ChartTone.RED, "Red"),
                point("Q3", "95", ChartTone.GREEN, "Green")),
            THRESHOLDS);

    assertThat(chart.legend())
        .extracting(TrendChart.LegendEntry::text, TrendChart.LegendEntry::fill)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Green", Colours.GREEN),
            org.assertj.core.groups.Tuple.tuple("Red", Colours.RED));
  }

  @Test
  void noPeriodsIsAnEmptyChart() {
    TrendChart chart = TrendChart.of(TITLE, "Score", "Band", null, List.of(), List.of());

    assertThat(chart.isEmpty()).isTrue();
    assertThat(chart.marks()).isEmpty();
    assertThat(chart.yTicks()).isNotEmpty();
  }

  @Test
  void withoutAScaleTheAxisCoversTheValuesAndReferences() {
    TrendChart chart =
        TrendChart.of(
            TITLE,
            "Rate",
            "Band",
            null,
            List.of(
                point("Q1", "0.8", ChartTone.NEUTRAL, ""),
                point("Q2", "0.99", ChartTone.NEUTRAL, "")),
            List.of(new ReferenceLine(new BigDecimal("0.75"), "Target")));

    assertThat(chart.yTicks()).extracting(Tick::label).first().isEqualTo("0.75");
    assertThat(chart.yTicks()).extracting(Tick::label).last().isEqualTo("1.00");
  }
}
