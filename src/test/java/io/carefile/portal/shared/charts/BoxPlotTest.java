package io.carefile.portal.shared.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a box plot's boxes, whiskers, dots and highlight go, worked by hand. */
class BoxPlotTest {

  private static final ChartTitle TITLE = new ChartTitle("box", "Scores", "Scores by category");
  private static final LinearScale SCORES =
      LinearScale.fixed(BigDecimal.ZERO, BigDecimal.valueOf(100), BigDecimal.valueOf(20));

  private static Distribution distribution(int p5, int p25, int median, int p75, int p95) {
    return new Distribution(
        BigDecimal.valueOf(p5),
        BigDecimal.valueOf(p25),
        BigDecimal.valueOf(median),
        BigDecimal.valueOf(p75),
        BigDecimal.valueOf(p95));
  }

  @Test
  void eachFigureIsPlacedOnTheValueAxis() {
    BoxPlot chart =
        BoxPlot.of(
            TITLE,
            SCORES,
            List.of(
                BoxGroup.of(
                    "Category 1",
                    distribution(40, 60, 70, 80, 95),
                    List.of(BigDecimal.valueOf(10)),
                    new BigDecimal("89.58"))),
            "This return");

    // Plot 16 (100) to 236 (0): y = 236 - 2.2 x value. One slot of 560 from 64: x = 344.
    BoxPlot.Box box = chart.boxes().getFirst();
    assertThat(box.x()).isEqualTo(344.0);
    assertThat(box.p5()).isEqualTo(148.0);
    assertThat(box.p25()).isEqualTo(104.0);
    assertThat(box.median()).isEqualTo(82.0);
    assertThat(box.p75()).isEqualTo(60.0);
    assertThat(box.p95()).isEqualTo(27.0);
    assertThat(box.boxHeight()).isEqualTo(44.0);
    // Boxes are at most 56 wide; caps half as wide.
    assertThat(box.left()).isEqualTo(316.0);
    assertThat(box.right()).isEqualTo(372.0);
    assertThat(box.capLeft()).isEqualTo(330.0);
    assertThat(box.capRight()).isEqualTo(358.0);
    assertThat(box.outliers()).containsExactly(new BoxPlot.Dot(344, 214));
    // 89.58 -> 236 - 197.076 = 38.9
    assertThat(box.highlightPath()).isEqualTo(MarkerShape.DIAMOND.path(344, 38.9, 14));
    assertThat(chart.hasHighlight()).isTrue();
    assertThat(chart.rows())
        .containsExactly(
            new BoxPlot.Row("Category 1", true, "40", "60", "70", "80", "95", "10", "89.58", null));
  }

  @Test
  void groupsShareTheWidthAndNarrowTheirBoxes() {
    List<BoxGroup> groups =
        List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N").stream()
            .map(name -> BoxGroup.of(name, distribution(1, 2, 3, 4, 5), List.of(), null))
            .toList();

    BoxPlot chart = BoxPlot.of(TITLE, SCORES, groups, "This return");

    // 14 slots of 40: boxes half a slot wide (20), centred at 84, 124, ...
    assertThat(chart.boxes()).extracting(BoxPlot.Box::x).startsWith(84.0, 124.0);
    assertThat(chart.boxes()).extracting(BoxPlot.Box::width).containsOnly(20.0);
    assertThat(chart.hasHighlight()).isFalse();
  }

  @Test
  void allEqualFiguresStillDrawAVisibleBoxAndAnAxisAroundThem() {
    BoxPlot chart =
        BoxPlot.of(
            TITLE,
            null,
            List.of(BoxGroup.of("All", distribution(7, 7, 7, 7, 7), List.of(), null)),
            "");

    BoxPlot.Box box = chart.boxes().getFirst();
    assertThat(box.boxHeight()).isEqualTo(1.0);
    assertThat(chart.yTicks()).extracting(Tick::label).first().isEqualTo("6.0");
    assertThat(chart.yTicks()).extracting(Tick::label).last().isEqualTo("8.0");
    assertThat(box.median()).isEqualTo(126.0);
  }

  @Test
  void aWithheldGroupIsDrawnAsItsNoteOnly() {
    BoxPlot chart =
        BoxPlot.of(
            TITLE,
            SCORES,
            List.of(
                BoxGroup.of("Category 1", distribution(40, 60, 70, 80, 95), List.of(), null),
                BoxGroup.withheld("Category 2", "Fewer than 5 platforms")),
            "This return");

    assertThat(chart.boxes()).extracting(BoxPlot.Box::drawn).containsExactly(true, false);
    assertThat(chart.boxes().get(1).note()).isEqualTo("Fewer than 5 platforms");
    assertThat(chart.rows().get(1).shown()).isFalse();
    assertThat(chart.isEmpty()).isFalse();
    assertThat(
            BoxPlot.of(TITLE, null, List.of(BoxGroup.withheld("Category 2", "Too few")), "")
                .isEmpty())
        .isTrue();
  }

  @Test
  void longGroupLabelsAreWrappedUnderTheBox() {
    BoxPlot chart =
        BoxPlot.of(
            TITLE,
            SCORES,
            List.of(
                BoxGroup.of(
                    "Category 2A services with many users",
                    distribution(1, 2, 3, 4, 5),
                    List.of(),
                    null)),
            "");

    assertThat(chart.boxes().getFirst().label())
        .containsExactly(
            new BoxPlot.Line(254, "Category 2A"),
            new BoxPlot.Line(269, "services with"),
            new BoxPlot.Line(284, "many users"));
  }

  @Test
  void noGroupsIsAnEmptyChart() {
    assertThat(BoxPlot.of(TITLE, null, List.of(), "").isEmpty()).isTrue();
  }

  @Test
  void percentilesOutOfOrderAreRefused() {
    assertThatThrownBy(() -> distribution(1, 3, 2, 4, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BoxGroup.withheld("Group", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
