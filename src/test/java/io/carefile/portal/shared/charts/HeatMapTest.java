package io.carefile.portal.shared.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A heat map's cells, colours and labels, and the contrast of every cell's number. */
class HeatMapTest {

  private static final ChartTitle TITLE = new ChartTitle("heat", "Points", "Points by period");

  @Test
  void cellsAreLaidOutByRowAndColumnAndShowTheirNumbers() {
    HeatMap map =
        HeatMap.of(
            TITLE,
            "Indicator",
            List.of("Removal rate", "Removal speed"),
            List.of("Jan–Mar 2026", "Apr–Jun 2026"),
            List.of(List.of(75, 100), Arrays.asList(20, null)),
            "Not scored");

    // Cells start right of the row labels (4 + 224 = 228) and below the header (4 + 56 = 60).
    assertThat(map.cells())
        .extracting(HeatMap.Cell::x, HeatMap.Cell::y, HeatMap.Cell::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(228.0, 60.0, "75"),
            org.assertj.core.groups.Tuple.tuple(316.0, 60.0, "100"),
            org.assertj.core.groups.Tuple.tuple(228.0, 100.0, "20"),
            org.assertj.core.groups.Tuple.tuple(316.0, 100.0, "–"));
    assertThat(map.cells().get(0).fill()).isEqualTo(Colours.BLUE);
    assertThat(map.cells().get(0).textFill()).isEqualTo(Colours.WHITE);
    assertThat(map.cells().get(2).fill()).isEqualTo(Colours.LIGHT_GREY);
    assertThat(map.cells().get(2).textFill()).isEqualTo(Colours.BLACK);
    assertThat(map.cells().get(3).fill()).isEqualTo(HeatScale.NONE);
    assertThat(map.cells().get(0).textX()).isEqualTo(272.0);
    assertThat(map.cells().get(0).textY()).isEqualTo(85.0);
    assertThat(map.width()).isEqualTo(408);
    assertThat(map.height()).isEqualTo(144);
    assertThat(map.rows())
        .containsExactly(
            new HeatMap.Row("Removal rate", List.of("75", "100")),
            new HeatMap.Row("Removal speed", List.of("20", "Not scored")));
    assertThat(map.columnLabels())
        .containsExactly(
            new HeatMap.ColumnLabel(272, List.of(new HeatMap.Line(52, "Jan–Mar 2026"))),
            new HeatMap.ColumnLabel(360, List.of(new HeatMap.Line(52, "Apr–Jun 2026"))));
    assertThat(map.rowLabels().getFirst())
        .isEqualTo(new HeatMap.RowLabel(220, List.of(new HeatMap.Line(85, "Removal rate"))));
  }

  @Test
  void longLabelsWrapInsideTheirRowOrColumn() {
    HeatMap map =
        HeatMap.of(
            TITLE,
            "Indicator",
            List.of("User reports actioned within 24 hours of their receipt"),
            List.of("User reports actioned within 24 hours"),
            List.of(List.of(100)),
            "Not scored");

    // Row labels: two lines of 30 centred on the row's middle (80 + 5 +/- 7.5).
    assertThat(map.rowLabels().getFirst().lines())
        .containsExactly(
            new HeatMap.Line(77.5, "User reports actioned within"),
            new HeatMap.Line(92.5, "24 hours of their receipt"));
    // Column labels: up to three lines of 12, the last just above the cells.
    assertThat(map.columnLabels().getFirst().lines())
        .extracting(HeatMap.Line::text)
        .containsExactly("User reports", "actioned", "within 24…");
    assertThat(map.columnLabels().getFirst().lines())
        .extracting(HeatMap.Line::y)
        .containsExactly(22.0, 37.0, 52.0);
  }

  @Test
  void aMapWithoutRowsIsEmpty() {
    HeatMap map = HeatMap.of(TITLE, "Indicator", List.of(), List.of("Q1"), List.of(), "Not scored");

    assertThat(map.isEmpty()).isTrue();
  }

  @Test
  void pointsMustFillTheGrid() {
    assertThatThrownBy(
            () ->
                HeatMap.of(
                    TITLE,
                    "Indicator",
                    List.of("A"),
                    List.of("Q1", "Q2"),
                    List.of(List.of(1)),
                    "-"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"0", "24", "25", "49", "50", "74", "75", "89", "90", "100"})
  void everyCellsNumberContrastsWithItsFillAtLeastFourAndAHalfToOne(int points) {
    HeatScale.Step step = HeatScale.of(points);

    assertThat(Colours.contrast(step.fill(), step.text())).isGreaterThanOrEqualTo(4.5);
  }

  @Test
  void theStepsCoverZeroToAHundredOnceEachAndDarkenInOrder() {
    int next = 0;
    double lastLuminance = 2;
    for (HeatScale.Step step : HeatScale.STEPS) {
      assertThat(step.from()).isEqualTo(next);
      next = step.to() + 1;
      double luminance = Colours.luminance(step.fill());
      assertThat(luminance).isLessThan(lastLuminance);
      lastLuminance = luminance;
    }
    assertThat(next).isEqualTo(101);
    assertThat(HeatScale.of(-5)).isEqualTo(HeatScale.STEPS.getFirst());
    assertThat(HeatScale.of(140)).isEqualTo(HeatScale.STEPS.getLast());
  }
}
