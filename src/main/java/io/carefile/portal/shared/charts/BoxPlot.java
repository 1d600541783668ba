package io.carefile.portal.shared.charts;

import io.carefile.portal.shared.NumberFormats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Distributions side by side, one box per group: the box from the 25th to the 75th percentile with
 * the median across it, whiskers to the 5th and 95th percentiles, the values beyond them as hollow
 * dots, and one value per group that may be highlighted as a filled diamond. The tag {@code
 * tags/boxPlot.html} writes it as SVG beside a table of every figure.
 */
public final class BoxPlot {

  public static final int WIDTH = 640;
  public static final int HEIGHT = 300;
  static final double PLOT_LEFT = 64;
  static final double PLOT_RIGHT = 624;
  static final double PLOT_TOP = 16;
  static final double PLOT_BOTTOM = 236;
  static final double MAX_BOX_WIDTH = 56;
  static final double CAP_SHARE = 0.5;
  static final double DOT_RADIUS = 3.5;
  static final double HIGHLIGHT_SIZE = 14;
  static final int LABEL_CHARS = 16;
  static final int LABEL_LINES = 3;
  static final double LINE_HEIGHT = 15;

  /** A dot at (x, y). */
  public record Dot(double x, double y) {}

  /** One line of a group's label, at its baseline. */
  public record Line(double y, String text) {}

  /**
   * One group as drawn. Without a distribution only its label and note are drawn (the figures are
   * zero).
   */
  public record Box(
      double x,
      List<Line> label,
      boolean drawn,
      double left,
      double right,
      double width,
      double capLeft,
      double capRight,
      double p5,
      double p25,
      double median,
      double p75,
      double p95,
      double boxHeight,
      List<Dot> outliers,
      String highlightPath,
      String note,
      double noteY) {

    public boolean hasHighlight() {
      return highlightPath != null;
    }
  }

  /** One row of the figures' table: the group and its figures as text. */
  public record Row(
      String group,
      boolean shown,
      String p5,
      String p25,
      String median,
      String p75,
      String p95,
      String outliers,
      String highlight,
      String note) {}

  private final ChartTitle title;
  private final String highlightLabel;
  private final List<Tick> yTicks;
  private final List<Box> boxes;
  private final List<Row> rows;

  private BoxPlot(
      ChartTitle title, String highlightLabel, List<Tick> yTicks, List<Box> boxes, List<Row> rows) {
    this.title = title;
    this.highlightLabel = highlightLabel;
    this.yTicks = yTicks;
    this.boxes = boxes;
    this.rows = rows;
  }

  /**
   * Lays the groups out, in order, evenly across the plot.
   *
   * @param scale the value axis; {@code null} for one covering every figure
   * @param highlightLabel what a highlighted value is ("This return"), for the legend and table
   */
  public static BoxPlot of(
      ChartTitle title, LinearScale scale, List<BoxGroup> groups, String highlightLabel) {
    LinearScale axis = scale == null ? LinearScale.covering(figuresOf(groups), 5) : scale;
    List<Box> boxes = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    double slot = (PLOT_RIGHT - PLOT_LEFT) / Math.max(1, groups.size());
    double width = Svg.round(Math.min(MAX_BOX_WIDTH, slot * 0.5));
    for (int i = 0; i < groups.size(); i++) {
      BoxGroup group = groups.get(i);
      double x = Svg.round(PLOT_LEFT + slot * (i + 0.5));
      List<Line> label = new ArrayList<>();
      List<String> labelLines = TextLines.wrap(group.label(), LABEL_CHARS, LABEL_LINES);
      for (int line = 0; line < labelLines.size(); line++) {
        label.add(new Line(PLOT_BOTTOM + 18 + line * LINE_HEIGHT, labelLines.get(line)));
      }
      Distribution d = group.distribution();
      if (d == null) {
        boxes.add(
            new Box(
                x,
                List.copyOf(label),
                false,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                List.of(),
                null,
                group.note(),
                Svg.round((PLOT_TOP + PLOT_BOTTOM) / 2)));
        rows.add(new Row(group.label(), false, "", "", "", "", "", "", "", group.note()));
        continue;
      }
      double p75 = axis.position(d.p75(), PLOT_BOTTOM, PLOT_TOP);
      double p25 = axis.position(d.p25(), PLOT_BOTTOM, PLOT_TOP);
      List<Dot> dots =
          group.outliers().stream()
              .map(value -> new Dot(x, axis.position(value, PLOT_BOTTOM, PLOT_TOP)))
              .toList();
      String highlight =
          group.highlight() == null
              ? null
              : MarkerShape.DIAMOND.path(
                  x, axis.position(group.highlight(), PLOT_BOTTOM, PLOT_TOP), HIGHLIGHT_SIZE);
      boxes.add(
          new Box(
              x,
              List.copyOf(label),
              true,
              Svg.round(x - width / 2),
              Svg.round(x + width / 2),
              width,
              Svg.round(x - width * CAP_SHARE / 2),
              Svg.round(x + width * CAP_SHARE / 2),
              axis.position(d.p5(), PLOT_BOTTOM, PLOT_TOP),
              p25,
              axis.position(d.median(), PLOT_BOTTOM, PLOT_TOP),
              p75,
              axis.position(d.p95(), PLOT_BOTTOM, PLOT_TOP),
              Svg.round(Math.max(1, p25 - p75)),
              dots,
              highlight,
              null,
              0));
      rows.add(
          new Row(
              group.label(),
              true,
              NumberFormats.formatted(d.p5()),
              NumberFormats.formatted(d.p25()),
              NumberFormats.formatted(d.median()),
              NumberFormats.formatted(d.p75()),
              NumberFormats.formatted(d.p95()),
              group.outliers().stream()
                  .map(NumberFormats::formatted)
                  .collect(Collectors.joining(", ")),
              group.highlight() == null ? "" : NumberFormats.formatted(group.highlight()),
              null));
    }
    return new BoxPlot(
        title,
        highlightLabel,
        axis.ticksBetween(PLOT_BOTTOM, PLOT_TOP),
        List.copyOf(boxes),
        List.copyOf(rows));
  }

  private static List<BigDecimal> figuresOf(List<BoxGroup> groups) {
    List<BigDecimal> figures = new ArrayList<>();
    for (BoxGroup group : groups) {
      if (group.distribution() != null) {
        figures.addAll(group.distribution().figures());
        figures.addAll(group.outliers());
        if (group.highlight() != null) {
          figures.add(group.highlight());
        }
      }
    }
    return figures;
  }

  public String id() {
    return title.id();
  }

  public String title() {
    return title.title();
  }

  public String summary() {
    return title.summary();
  }

  public String highlightLabel() {
    return highlightLabel;
  }

  /** True when some group has a highlighted value: the legend and the table then show it. */
  public boolean hasHighlight() {
    return boxes.stream().anyMatch(Box::hasHighlight);
  }

  /** The legend's icon of the highlighted value: a diamond in a 16 by 16 box. */
  public String highlightIcon() {
    return MarkerShape.DIAMOND.path(8, 8, 12);
  }

  public int width() {
    return WIDTH;
  }

  public int height() {
    return HEIGHT;
  }

  public double plotLeft() {
    return PLOT_LEFT;
  }

  public double plotRight() {
    return PLOT_RIGHT;
  }

  public double plotTop() {
    return PLOT_TOP;
  }

  public double plotBottom() {
    return PLOT_BOTTOM;
  }

  public double tickLabelX() {
    return PLOT_LEFT - 8;
  }

  public double dotRadius() {
    return DOT_RADIUS;
  }

  public List<Tick> yTicks() {
    return yTicks;
  }

  public List<Box> boxes() {
    return boxes;
  }

  public List<Row> rows() {
    return rows;
  }

  public boolean isEmpty() {
    return boxes.stream().noneMatch(Box::drawn);
  }
}
