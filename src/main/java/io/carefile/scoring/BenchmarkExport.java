package io.carefile.scoring;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.export.Column;
import io.carefile.export.ExportSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A peer group's benchmark as a spreadsheet: one row per measure (the total, then each indicator in
 * the template's order) with its distribution, fences and outliers, exactly as {@code GET
 * /api/v1/benchmarks} answers the caller: what is withheld from a platform user stays withheld.
 */
@ApplicationScoped
public class BenchmarkExport implements ExportSource<BenchmarkMeasureRow, BenchmarkFilter> {

  private static final List<Column<BenchmarkMeasureRow>> COLUMNS =
      List.of(
          Column.text("Measure", 28, BenchmarkMeasureRow::code),
          Column.text("Title", 40, BenchmarkMeasureRow::title),
          Column.integer("Platforms", BenchmarkMeasureRow::cohortSize),
          Column.bool("Withheld", BenchmarkMeasureRow::suppressed),
          Column.text("Withheld because", 40, BenchmarkMeasureRow::suppressionReason),
          Column.decimal("P5", BenchmarkMeasureRow::p5),
          Column.decimal("P25", BenchmarkMeasureRow::p25),
          Column.decimal("Median", BenchmarkMeasureRow::median),
          Column.decimal("P75", BenchmarkMeasureRow::p75),
          Column.decimal("P95", BenchmarkMeasureRow::p95),
          Column.decimal("Lower fence", BenchmarkMeasureRow::lowerFence),
          Column.decimal("Upper fence", BenchmarkMeasureRow::upperFence),
          Column.integer("Outliers", BenchmarkMeasureRow::outlierCount),
          Column.text("Outlier returns", 60, BenchmarkMeasureRow::outliers));

  private final BenchmarkService benchmarks;

  BenchmarkExport(BenchmarkService benchmarks) {
    this.benchmarks = benchmarks;
  }

  @Override
  public String name() {
    return "benchmark";
  }

  @Override
  public String title() {
    return "Benchmark";
  }

  @Override
  public Class<BenchmarkFilter> filterType() {
    return BenchmarkFilter.class;
  }

  @Override
  public List<Column<BenchmarkMeasureRow>> columns() {
    return COLUMNS;
  }

  /** The benchmark is computed whole (a group's cohort at once); a page is a slice of its rows. */
  @Override
  public Page<BenchmarkMeasureRow> page(BenchmarkFilter filter, PageRequest page) {
    List<BenchmarkMeasureRow> rows = rows(benchmarks.benchmark(filter));
    int from = Math.min(page.offset(), rows.size());
    int to = Math.min(from + page.size, rows.size());
    return Page.of(rows.subList(from, to), page, rows.size());
  }

  private static List<BenchmarkMeasureRow> rows(BenchmarkView view) {
    List<BenchmarkMeasureRow> rows = new ArrayList<>();
    if (view.total() == null) {
      rows.add(
          new BenchmarkMeasureRow(
              BenchmarkCalculator.TOTAL,
              null,
              view.cohortSize(),
              view.suppressed(),
              view.suppressionReason(),
              null,
              null,
              null));
    } else {
      rows.add(row(view.total(), view.suppressionReason()));
    }
    for (BenchmarkMeasure indicator : view.indicators()) {
      rows.add(row(indicator, null));
    }
    return rows;
  }

  private static BenchmarkMeasureRow row(BenchmarkMeasure measure, String reason) {
    return new BenchmarkMeasureRow(
        measure.code(),
        measure.title(),
        measure.cohortSize(),
        measure.suppressed(),
        reason,
        measure.distribution(),
        measure.outlierCount(),
        measure.outliers() == null
            ? null
            : measure.outliers().stream()
                .map(outlier -> outlier.filingId() + " (" + outlier.side() + ")")
                .collect(Collectors.joining(", ")));
  }
}
