package io.carefile.scoring;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.export.Column;
import io.carefile.export.ExportSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** A peer group's scores as a spreadsheet: the same list, filters and scope as the API's. */
@ApplicationScoped
public class ScoreExport implements ExportSource<ScoreSummary, BenchmarkFilter> {

  private static final List<Column<ScoreSummary>> COLUMNS =
      List.of(
          Column.text("Platform id", 38, ScoreSummary::platformId),
          Column.text("Platform", 30, ScoreSummary::platformName),
          Column.text("Filing id", 38, ScoreSummary::filingId),
          Column.integer("Version", ScoreSummary::versionNumber),
          Column.text("Template", 10, ScoreSummary::templateCode),
          Column.integer("Template version", ScoreSummary::templateVersion),
          Column.date("Period start", ScoreSummary::periodStart),
          Column.text("Category", 14, ScoreSummary::category),
          Column.text("Size band", 14, ScoreSummary::sizeBand),
          Column.decimal("Total", ScoreSummary::total),
          Column.text("Calculated band", 12, ScoreSummary::computedBand),
          Column.text("Effective band", 12, ScoreSummary::effectiveBand),
          Column.bool("Overridden", ScoreSummary::overridden),
          Column.dateTime("Calculated at", ScoreSummary::computedAt));

  private final ScoreRegister scores;

  ScoreExport(ScoreRegister scores) {
    this.scores = scores;
  }

  @Override
  public String name() {
    return "scores";
  }

  @Override
  public String title() {
    return "Scores";
  }

  @Override
  public Class<BenchmarkFilter> filterType() {
    return BenchmarkFilter.class;
  }

  @Override
  public List<Column<ScoreSummary>> columns() {
    return COLUMNS;
  }

  @Override
  public Page<ScoreSummary> page(BenchmarkFilter filter, PageRequest page) {
    return scores.list(filter, page);
  }
}
