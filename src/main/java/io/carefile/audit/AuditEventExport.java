package io.carefile.audit;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.export.Column;
import io.carefile.export.ExportSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The audit trail as a spreadsheet: the same list, filters and scope as the API's, newest first,
 * each event with its sequence and hashes. It is the largest register, so it relies on the export's
 * cap and background threshold like every other.
 */
@ApplicationScoped
public class AuditEventExport implements ExportSource<AuditEventView, AuditEventFilter> {

  private static final List<Column<AuditEventView>> COLUMNS =
      List.of(
          Column.integer("Sequence", AuditEventView::sequence),
          Column.dateTime("Occurred at", AuditEventView::occurredAt),
          Column.text("Actor", 40, AuditEventView::actor),
          Column.text("Action", 30, AuditEventView::action),
          Column.text("Entity type", 20, AuditEventView::entityType),
          Column.text("Entity id", 38, AuditEventView::entityId),
          Column.text("Platform id", 38, AuditEventView::platformId),
          Column.text("Event id", 38, AuditEventView::id),
          Column.text("State digest", 66, AuditEventView::stateDigest),
          Column.text("Previous hash", 66, AuditEventView::previousHash),
          Column.text("Hash", 66, AuditEventView::hash));

  private final AuditEvents events;

  AuditEventExport(AuditEvents events) {
    this.events = events;
  }

  @Override
  public String name() {
    return "audit-log";
  }

  @Override
  public String title() {
    return "Audit log";
  }

  @Override
  public Class<AuditEventFilter> filterType() {
    return AuditEventFilter.class;
  }

  @Override
  public List<Column<AuditEventView>> columns() {
    return COLUMNS;
  }

  @Override
  public Page<AuditEventView> page(AuditEventFilter filter, PageRequest page) {
    return events.list(filter, page);
  }
}
