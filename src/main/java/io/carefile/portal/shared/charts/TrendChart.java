package io.carefile.portal.shared.charts;

import io.carefile.portal.shared.NumberFormats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A value across periods, drawn as a line with a point per period (its shape and colour from its
 * tone, its value written above it) and reference lines across the plot (like the thresholds of the
 * bands); the tag {@code tags/trendChart.html} writes it as SVG beside a table of every figure. A
 * period with no value has no point, and the line breaks there.
 */
public final class TrendChart {

  public static final int WIDTH = 640;
  public static final int HEIGHT = 300;
  static final double PLOT_LEFT = 56;
  static final double PLOT_RIGHT = 496;
  static final double PLOT_TOP = 24;
  static final double PLOT_BOTTOM = 236;
  static final double MARK_SIZE = 12;
  static final double LINE_HEIGHT = 15;

  /** Reference labels closer than this are moved apart, so that they do not overlap. */
  static final double REFERENCE_LABEL_GAP = 15;

  /** A plotted point: where it is, its shape as a path, its fill, and its value written above. */
  public record Mark(double x, double y, String path, String fill, String label, double labelY) {}

  /** One line of an axis label, at its baseline. */
  public record Line(double y, String text) {}

  /** A period's label under the plot, centred on its point. */
  public record AxisLabel(double x, List<Line> lines) {}

  /** A reference line across the plot, its label to the right of the plot. */
  public record Reference(double y, String label, double labelY) {}

  /** What a shape and colour mean, for the legend: the path is of a 16 by 16 icon. */
  public record LegendEntry(String path, String fill, String text) {}

  /** One row of the figures' table. */
  public record Row(String period, String value, String status) {}

  private final ChartTitle title;
  private final String valueHeading;
  private final String statusHeading;
  private final List<Tick> yTicks;
  private final List<AxisLabel> xLabels;
  private final List<String> lines;
  private final List<Mark> marks;
  private final List<Reference> references;
  private final List<LegendEntry> legend;
  private final List<Row> rows;

  private TrendChart(
      ChartTitle title,
      String valueHeading,
      String statusHeading,
      List<Tick> yTicks,
      List<AxisLabel> xLabels,
      List<String> lines,
      List<Mark> marks,
      List<Reference> references,
      List<LegendEntry> legend,
      List<Row> rows) {
    this.title = title;
    this.valueHeading = valueHeading;
    this.statusHeading = statusHeading;
    this.yTicks = yTicks;
    this.xLabels = xLabels;
    this.lines = lines;
    this.marks = marks;
    this.references = references;
    this.legend = legend;
    this.rows = rows;
  }

  /**
   * Lays the points out, oldest first, evenly across the plot.
   *
   * @param valueHeading the heading of the values' column in the table ("Score")
   * @param statusHeading the heading of the tones' words in the table ("Band")
   * @param scale the value axis; {@code null} for one covering the values and references
   */
  public static TrendChart of(
      ChartTitle title,
      String valueHeading,
      String statusHeading,
      LinearScale scale,
      List<TrendPoint> points,
      List<ReferenceLine> references) {
    LinearScale axis = scale;
    if (axis == null) {
      List<Number> values = new ArrayList<>();
      points.stream().map(TrendPoint::value).filter(v -> v != null).forEach(values::add);
      references.forEach(reference -> values.add(reference.value()));
      axis = LinearScale.covering(values, 5);
    }
    List<AxisLabel> xLabels = new ArrayList<>();
    List<Mark> marks = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    List<double[]> run = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    Map<ChartTone, LegendEntry> legend = new EnumMap<>(ChartTone.class);
    double slot = (PLOT_RIGHT - PLOT_LEFT) / Math.max(1, points.size());
    for (int i = 0; i < points.size(); i++) {
      TrendPoint point = points.get(i);
      double x = Svg.round(PLOT_LEFT + slot * (i + 0.5));
      List<Line> label = new ArrayList<>();
      for (int line = 0; line < point.axisLabel().size(); line++) {
        label.add(new Line(PLOT_BOTTOM + 18 + line * LINE_HEIGHT, point.axisLabel().get(line)));
      }
      xLabels.add(new AxisLabel(x, List.copyOf(label)));
      String value = point.value() == null ? "" : NumberFormats.formatted(point.value());
      rows.add(new Row(point.period(), value, point.status()));
      if (point.value() == null) {
        if (run.size() > 1) {
          lines.add(Svg.points(run));
        }
        run.clear();
        continue;
      }
      double y = axis.position(point.value(), PLOT_BOTTOM, PLOT_TOP);
      run.add(new double[] {x, y});
      double above = y - MARK_SIZE;
      double labelY = above - 4 < PLOT_TOP ? y + MARK_SIZE + 10 : above;
      marks.add(
          new Mark(
              x,
              y,
              point.tone().shape().path(x, y, MARK_SIZE),
              point.tone().fill(),
              value,
              Svg.round(labelY)));
      legend.putIfAbsent(
          point.tone(),
          new LegendEntry(
              point.tone().shape().path(8, 8, MARK_SIZE), point.tone().fill(), point.status()));
    }
    if (run.size() > 1) {
      lines.add(Svg.points(run));
    }
    return new TrendChart(
        title,
        valueHeading,
        statusHeading,
        axis.ticksBetween(PLOT_BOTTOM, PLOT_TOP),
        List.copyOf(xLabels),
        List.copyOf(lines),
        List.copyOf(marks),
        referencesOn(axis, references),
        List.copyOf(legend.values()),
        List.copyOf(rows));
  }

  /** The reference lines, their labels moved apart where two would overlap. */
  private static List<Reference> referencesOn(LinearScale axis, List<ReferenceLine> references) {
    List<Reference> placed = new ArrayList<>();
    references.stream()
        .map(
            reference ->
                new Reference(
                    axis.position(reference.value(), PLOT_BOTTOM, PLOT_TOP), reference.label(), 0))
        .sorted(Comparator.comparingDouble(Reference::y))
        .forEach(
            reference -> {
              double labelY = reference.y() + 4;
              if (!placed.isEmpty()) {
                labelY = Math.max(labelY, placed.getLast().labelY() + REFERENCE_LABEL_GAP);
              }
              placed.add(new Reference(reference.y(), reference.label(), Svg.round(labelY)));
            });
    return List.copyOf(placed);
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

  public String valueHeading() {
    return valueHeading;
  }

  public String statusHeading() {
    return statusHeading;
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

  /** Where the value axis's labels end, right-aligned. */
  public double tickLabelX() {
    return PLOT_LEFT - 8;
  }

  /** Where the reference lines' labels start. */
  public double referenceLabelX() {
    return PLOT_RIGHT + 8;
  }

  public List<Tick> yTicks() {
    return yTicks;
  }

  public List<AxisLabel> xLabels() {
    return xLabels;
  }

  /** The line through the points, as the {@code points} of one polyline per unbroken run. */
  public List<String> lines() {
    return lines;
  }

  public List<Mark> marks() {
    return marks;
  }

  public List<Reference> references() {
    return references;
  }

  public List<LegendEntry> legend() {
    return legend;
  }

  public List<Row> rows() {
    return rows;
  }

  /** True when there is no period at all: the page says so instead of drawing an empty plot. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
