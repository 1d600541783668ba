package io.carefile.portal.shared.charts;

import io.carefile.portal.shared.NumberFormats;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows by columns of points (0 to 100), each cell coloured by {@link HeatScale} and showing its
 * number, so that colour is never the only carrier of a value; a cell without points shows a dash.
 * The tag {@code tags/heatMap.html} writes it as SVG beside a table of every figure. The map is as
 * wide as its columns need, and shrinks to the page.
 */
public final class HeatMap {

  static final double ROW_LABEL_WIDTH = 224;
  static final double CELL_WIDTH = 88;
  static final double CELL_HEIGHT = 40;
  static final double HEADER_HEIGHT = 56;
  static final double LINE_HEIGHT = 15;
  static final int COLUMN_LABEL_CHARS = 12;
  static final int COLUMN_LABEL_LINES = 3;
  static final int ROW_LABEL_CHARS = 30;
  static final int ROW_LABEL_LINES = 2;
  static final double MARGIN = 4;

  /** One line of a label, at its baseline. */
  public record Line(double y, String text) {}

  /** A column's label, centred above its cells. */
  public record ColumnLabel(double x, List<Line> lines) {}

  /** A row's label, to the left of its cells. */
  public record RowLabel(double x, List<Line> lines) {}

  /** One cell: its box, fill, and text (the points, or a dash) centred in it. */
  public record Cell(
      double x,
      double y,
      double width,
      double height,
      String fill,
      String textFill,
      String text,
      double textX,
      double textY) {}

  /** One row of the figures' table: its label and each column's points as text. */
  public record Row(String label, List<String> values) {}

  private final ChartTitle title;
  private final String cornerHeading;
  private final List<String> columns;
  private final List<ColumnLabel> columnLabels;
  private final List<RowLabel> rowLabels;
  private final List<Cell> cells;
  private final List<Row> rows;
  private final int width;
  private final int height;

  private HeatMap(
      ChartTitle title,
      String cornerHeading,
      List<String> columns,
      List<ColumnLabel> columnLabels,
      List<RowLabel> rowLabels,
      List<Cell> cells,
      List<Row> rows,
      int width,
      int height) {
    this.title = title;
    this.cornerHeading = cornerHeading;
    this.columns = columns;
    this.columnLabels = columnLabels;
    this.rowLabels = rowLabels;
    this.cells = cells;
    this.rows = rows;
    this.width = width;
    this.height = height;
  }

  /**
   * Lays the cells out.
   *
   * @param cornerHeading the heading of the rows' labels in the table ("Indicator")
   * @param points by row, then by column: 0 to 100, or null for none
   * @param missing the table's text for a cell without points ("Not scored")
   * @throws IllegalArgumentException if a row of points does not have one per column
   */
  public static HeatMap of(
      ChartTitle title,
      String cornerHeading,
      List<String> rowNames,
      List<String> columnNames,
      List<List<Integer>> points,
      String missing) {
    if (points.size() != rowNames.size()
        || points.stream().anyMatch(row -> row.size() != columnNames.size())) {
      throw new IllegalArgumentException("A heat map needs one point (or null) per row and column");
    }
    List<ColumnLabel> columnLabels = new ArrayList<>();
    for (int column = 0; column < columnNames.size(); column++) {
      List<String> text =
          TextLines.wrap(columnNames.get(column), COLUMN_LABEL_CHARS, COLUMN_LABEL_LINES);
      List<Line> lines = new ArrayList<>();
      // Bottom-aligned: the last line sits just above the first row of cells.
      for (int line = 0; line < text.size(); line++) {
        lines.add(
            new Line(
                Svg.round(MARGIN + HEADER_HEIGHT - 8 - (text.size() - 1 - line) * LINE_HEIGHT),
                text.get(line)));
      }
      columnLabels.add(
          new ColumnLabel(
              Svg.round(MARGIN + ROW_LABEL_WIDTH + CELL_WIDTH * (column + 0.5)),
              List.copyOf(lines)));
    }
    List<RowLabel> rowLabels = new ArrayList<>();
    List<Cell> cells = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (int row = 0; row < rowNames.size(); row++) {
      double top = MARGIN + HEADER_HEIGHT + row * CELL_HEIGHT;
      List<String> text = TextLines.wrap(rowNames.get(row), ROW_LABEL_CHARS, ROW_LABEL_LINES);
      List<Line> lines = new ArrayList<>();
      double first = top + CELL_HEIGHT / 2 + 5 - (text.size() - 1) * LINE_HEIGHT / 2;
      for (int line = 0; line < text.size(); line++) {
        lines.add(new Line(Svg.round(first + line * LINE_HEIGHT), text.get(line)));
      }
      rowLabels.add(new RowLabel(MARGIN + ROW_LABEL_WIDTH - 8, List.copyOf(lines)));
      List<String> values = new ArrayList<>();
      for (int column = 0; column < columnNames.size(); column++) {
        Integer value = points.get(row).get(column);
        double left = MARGIN + ROW_LABEL_WIDTH + column * CELL_WIDTH;
        String fill = value == null ? HeatScale.NONE : HeatScale.of(value).fill();
        String textFill = value == null ? Colours.BLACK : HeatScale.of(value).text();
        String shown = value == null ? "–" : NumberFormats.formatted(value);
        cells.add(
            new Cell(
                left,
                top,
                CELL_WIDTH,
                CELL_HEIGHT,
                fill,
                textFill,
                shown,
                Svg.round(left + CELL_WIDTH / 2),
                Svg.round(top + CELL_HEIGHT / 2 + 5)));
        values.add(value == null ? missing : NumberFormats.formatted(value));
      }
      rows.add(new Row(rowNames.get(row), List.copyOf(values)));
    }
    int width = (int) Math.ceil(2 * MARGIN + ROW_LABEL_WIDTH + CELL_WIDTH * columnNames.size());
    int height = (int) Math.ceil(2 * MARGIN + HEADER_HEIGHT + CELL_HEIGHT * rowNames.size());
    return new HeatMap(
        title,
        cornerHeading,
        List.copyOf(columnNames),
        List.copyOf(columnLabels),
        List.copyOf(rowLabels),
        List.copyOf(cells),
        List.copyOf(rows),
        width,
        height);
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

  public String cornerHeading() {
    return cornerHeading;
  }

  public List<String> columns() {
    return columns;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public List<ColumnLabel> columnLabels() {
    return columnLabels;
  }

  public List<RowLabel> rowLabels() {
    return rowLabels;
  }

  public List<Cell> cells() {
    return cells;
  }

  public List<Row> rows() {
    return rows;
  }

  /** The colour steps, for the legend. */
  public List<HeatScale.Step> steps() {
    return HeatScale.STEPS;
  }

  public boolean isEmpty() {
    return cells.isEmpty();
  }
}
