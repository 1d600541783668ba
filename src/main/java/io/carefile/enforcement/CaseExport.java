package io.carefile.enforcement;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.export.Column;
import io.carefile.export.ExportSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The enforcement cases as a spreadsheet: the same list, filters and scope as the API's. */
@ApplicationScoped
public class CaseExport implements ExportSource<CaseSummary, CaseFilter> {

  private static final List<Column<CaseSummary>> COLUMNS =
      List.of(
          Column.text("Reference", 18, CaseSummary::reference),
          Column.text("Case id", 38, CaseSummary::id),
          Column.text("Platform id", 38, CaseSummary::platformId),
          Column.text("Platform", 30, CaseSummary::platformName),
          Column.text("Stage", 22, CaseSummary::stage),
          Column.text("Opened by", 20, CaseSummary::trigger),
          Column.dateTime("Opened at", CaseSummary::openedAt),
          Column.date("Representations deadline", CaseSummary::representationsDeadline),
          Column.text("Appeal", 14, CaseSummary::appealStatus));

  private final CaseQueries cases;

  CaseExport(CaseQueries cases) {
    this.cases = cases;
  }

  @Override
  public String name() {
    return "enforcement-cases";
  }

  @Override
  public String title() {
    return "Enforcement cases";
  }

  @Override
  public Class<CaseFilter> filterType() {
    return CaseFilter.class;
  }

  @Override
  public List<Column<CaseSummary>> columns() {
    return COLUMNS;
  }

  @Override
  public Page<CaseSummary> page(CaseFilter filter, PageRequest page) {
    return cases.list(filter, page);
  }
}
