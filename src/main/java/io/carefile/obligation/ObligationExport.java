package io.carefile.obligation;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.export.Column;
import io.carefile.export.ExportSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The obligations calendar as a spreadsheet: the same list, filters and scope as the API's. */
@ApplicationScoped
public class ObligationExport implements ExportSource<ObligationView, ObligationFilter> {

  private static final List<Column<ObligationView>> COLUMNS =
      List.of(
          Column.text("Obligation id", 38, ObligationView::id),
          Column.text("Platform id", 38, ObligationView::platformId),
          Column.text("Template", 12, ObligationView::templateCode),
          Column.integer("Template version", ObligationView::templateVersion),
          Column.date("Period start", ObligationView::periodStart),
          Column.date("Period end", ObligationView::periodEnd),
          Column.date("Due date", ObligationView::dueDate),
          Column.text("Status", 12, ObligationView::status),
          Column.text("Waiver reason", 50, ObligationView::waiverReason),
          Column.text("Waived by", 20, ObligationView::waivedBy),
          Column.dateTime("Waived at", ObligationView::waivedAt));

  private final ObligationService obligations;

  ObligationExport(ObligationService obligations) {
    this.obligations = obligations;
  }

  @Override
  public String name() {
    return "obligations";
  }

  @Override
  public String title() {
    return "Obligations";
  }

  @Override
  public Class<ObligationFilter> filterType() {
    return ObligationFilter.class;
  }

  @Override
  public List<Column<ObligationView>> columns() {
    return COLUMNS;
  }

  @Override
  public Page<ObligationView> page(ObligationFilter filter, PageRequest page) {
    return obligations.list(filter, page);
  }
}
