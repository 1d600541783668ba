package io.carefile.portal.shared.charts;

import io.carefile.portal.shared.NumberFormats;
import java.util.ArrayList;
import java.util.List;

/**
 * How many values fell in each range, as adjoining bars with their counts written above them. The
 * tag {@code tags/histogram.html} writes it as SVG beside a table of every count.
 */
public final class Histogram {

  public static final int WIDTH = 640;
  public static final int HEIGHT = 280;
  static final double PLOT_LEFT = 56;
  static final double PLOT_RIGHT = 624;
  static final double PLOT_TOP = 24;
  static final double PLOT_BOTTOM = 232;

  /** Above this many bins, only every other edge is labelled, so that labels do not collide. */
  static final int LABEL_EVERY_EDGE_UP_TO = 10;

  /** One bar: its box, and its count written above it. */
  public record Bar(
      double x, double y, double width, double height, String count, double textX, double textY) {}

  /** One row of the table: the range (the page's words) and its count. */
  public record Row(String from, String to, boolean last, String count) {}

  private final ChartTitle title;
  private final String rangeHeading;
  private final String countHeading;
  private final List<Tick> yTicks;
  private final List<Tick> xTicks;
  private final List<Bar> bars;
  private final List<Row> rows;
  private final long total;

  private Histogram(
      ChartTitle title,
      String rangeHeading,
      String countHeading,
      List<Tick> yTicks,
      List<Tick> xTicks,
      List<Bar> bars,
      List<Row> rows,
      long total) {
    this.title = title;
    this.rangeHeading = rangeHeading;
    this.countHeading = countHeading;
    this.yTicks = yTicks;
    this.xTicks = xTicks;
    this.bars = bars;
    this.rows = rows;
    this.total = total;
  }

  /**
   * Lays the bins out, which must adjoin in order (each starting where the previous ends).
   *
   * @throws IllegalArgumentException for bins that leave gaps or overlap
   */
  public static Histogram of(
      ChartTitle title, String rangeHeading, String countHeading, List<Bin> bins) {
    for (int i = 1; i < bins.size(); i++) {
      if (bins.get(i).from().compareTo(bins.get(i - 1).to()) != 0) {
        throw new IllegalArgumentException("A histogram's bins must adjoin: " + bins);
      }
    }
    LinearScale counts = LinearScale.countsCovering(bins.stream().map(Bin::count).toList(), 5);
    List<Bar> bars = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    List<Tick> xTicks = new ArrayList<>();
    if (!bins.isEmpty()) {
      LinearScale range =
          LinearScale.fixed(
              bins.getFirst().from(),
              bins.getLast().to(),
              bins.getFirst().to().subtract(bins.getFirst().from()));
      boolean everyEdge = bins.size() <= LABEL_EVERY_EDGE_UP_TO;
      for (int i = 0; i < bins.size(); i++) {
        Bin bin = bins.get(i);
        double left = range.position(bin.from(), PLOT_LEFT, PLOT_RIGHT);
        double right = range.position(bin.to(), PLOT_LEFT, PLOT_RIGHT);
        double top = counts.position(bin.count(), PLOT_BOTTOM, PLOT_TOP);
        String count = NumberFormats.formatted(bin.count());
        bars.add(
            new Bar(
                left,
                top,
                Svg.round(right - left),
                Svg.round(PLOT_BOTTOM - top),
                count,
                Svg.round((left + right) / 2),
                Svg.round(top - 6)));
        rows.add(
            new Row(
                NumberFormats.formatted(bin.from()),
                NumberFormats.formatted(bin.to()),
                i == bins.size() - 1,
                count));
        if (everyEdge || i % 2 == 0) {
          xTicks.add(new Tick(NumberFormats.formatted(bin.from()), left));
        }
      }
      Bin last = bins.getLast();
      if (everyEdge || bins.size() % 2 == 0) {
        xTicks.add(
            new Tick(
                NumberFormats.formatted(last.to()),
                range.position(last.to(), PLOT_LEFT, PLOT_RIGHT)));
      }
    }
    return new Histogram(
        title,
        rangeHeading,
        countHeading,
        counts.ticksBetween(PLOT_BOTTOM, PLOT_TOP),
        List.copyOf(xTicks),
        List.copyOf(bars),
        List.copyOf(rows),
        bins.stream().mapToLong(Bin::count).sum());
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

  public String rangeHeading() {
    return rangeHeading;
  }

  public String countHeading() {
    return countHeading;
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

  /** Where the range axis's labels sit, below the plot. */
  public double rangeLabelY() {
    return PLOT_BOTTOM + 18;
  }

  public List<Tick> yTicks() {
    return yTicks;
  }

  public List<Tick> xTicks() {
    return xTicks;
  }

  public List<Bar> bars() {
    return bars;
  }

  public List<Row> rows() {
    return rows;
  }

  /** True when no value fell in any bin: the page says so instead of drawing empty bars. */
  public boolean isEmpty() {
    return total == 0;
  }
}
