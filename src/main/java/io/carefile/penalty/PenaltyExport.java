package io.carefile.penalty;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.export.Column;
import io.carefile.export.ExportSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;

/**
 * The penalties with their payments as a spreadsheet: the same list, filters and scope as the
 * API's, each penalty with what has been paid, how many payments and the last one's day.
 */
@ApplicationScoped
public class PenaltyExport implements ExportSource<PenaltyRegisterRow, PenaltyFilter> {

  private static final List<Column<PenaltyRegisterRow>> COLUMNS =
      List.of(
          Column.text("Penalty id", 38, PenaltyRegisterRow::id),
          Column.text("Platform id", 38, PenaltyRegisterRow::platformId),
          Column.text("Case id", 38, PenaltyRegisterRow::caseId),
          Column.text("Kind", 22, PenaltyRegisterRow::kind),
          Column.text("Status", 12, PenaltyRegisterRow::status),
          money("Amount", PenaltyRegisterRow::amount),
          money("Paid", PenaltyRegisterRow::paid),
          money("Balance", PenaltyRegisterRow::balance),
          Column.integer("Payments", PenaltyRegisterRow::payments),
          Column.date("Last paid on", PenaltyRegisterRow::lastPaidOn),
          Column.date("Due date", PenaltyRegisterRow::dueDate),
          Column.dateTime("Issued at", PenaltyRegisterRow::issuedAt));

  private final PenaltyQueries penalties;

  PenaltyExport(PenaltyQueries penalties) {
    this.penalties = penalties;
  }

  private static Column<PenaltyRegisterRow> money(
      String header, Function<PenaltyRegisterRow, Money> value) {
    return Column.money(
        header, row -> value.apply(row).amount(), row -> value.apply(row).currency());
  }

  @Override
  public String name() {
    return "penalties";
  }

  @Override
  public String title() {
    return "Penalties";
  }

  @Override
  public Class<PenaltyFilter> filterType() {
    return PenaltyFilter.class;
  }

  @Override
  public List<Column<PenaltyRegisterRow>> columns() {
    return COLUMNS;
  }

  @Override
  public Page<PenaltyRegisterRow> page(PenaltyFilter filter, PageRequest page) {
    return penalties.register(filter, page);
  }
}
