package io.carefile.filing;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.export.Column;
import io.carefile.export.ExportSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The filings register as a spreadsheet: the same list, filters and scope as the API's. */
@ApplicationScoped
public class FilingRegisterExport implements ExportSource<FilingRegisterRow, FilingFilter> {

  private static final List<Column<FilingRegisterRow>> COLUMNS =
      List.of(
          Column.text("Filing id", 38, FilingRegisterRow::id),
          Column.text("Platform id", 38, FilingRegisterRow::platformId),
          Column.text("Obligation id", 38, FilingRegisterRow::obligationId),
          Column.text("Template", 12, FilingRegisterRow::templateCode),
          Column.integer("Template version", FilingRegisterRow::templateVersion),
          Column.date("Period start", FilingRegisterRow::periodStart),
          Column.date("Period end", FilingRegisterRow::periodEnd),
          Column.date("Due date", FilingRegisterRow::dueDate),
          Column.text("Status", 14, FilingRegisterRow::status),
          Column.integer("Latest version", FilingRegisterRow::latestVersion),
          Column.integer("Accepted version", FilingRegisterRow::acceptedVersion),
          Column.text("Accession number", 22, FilingRegisterRow::accessionNumber),
          Column.dateTime("Submitted at", FilingRegisterRow::submittedAt),
          Column.text("Submitted by", 20, FilingRegisterRow::submittedBy),
          Column.text("Attested by", 24, FilingRegisterRow::attestorName),
          Column.text("Submitted through", 12, FilingRegisterRow::source),
          Column.bool("Late", FilingRegisterRow::late),
          Column.dateTime("Draft saved at", FilingRegisterRow::draftSavedAt));

  private final FilingQueries filings;

  FilingRegisterExport(FilingQueries filings) {
    this.filings = filings;
  }

  @Override
  public String name() {
    return "filings";
  }

  @Override
  public String title() {
    return "Filings register";
  }

  @Override
  public Class<FilingFilter> filterType() {
    return FilingFilter.class;
  }

  @Override
  public List<Column<FilingRegisterRow>> columns() {
    return COLUMNS;
  }

  @Override
  public Page<FilingRegisterRow> page(FilingFilter filter, PageRequest page) {
    return filings.register(filter, page);
  }
}
