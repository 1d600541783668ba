package io.carefile.export;

import io.carefile.common.error.ProblemException;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Spreadsheet exports of the registers: a feature's list endpoint hands over its {@link
 * ExportSource} and the filter it was asked with. Up to {@code carefile.export.background-above}
 * rows the workbook is written at once, in the caller's scope; above, a background export is queued
 * for the caller, written in the scope it had when it asked (docs/exports.md).
 */
@ApplicationScoped
public class Exports {

  /** The media type of an Excel workbook (.xlsx). */
  public static final String SPREADSHEET =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

  private final ExportConfig config;
  private final ExportFilters filters;
  private final ExportJobStore store;
  private final Caller caller;
  private final Clock clock;

  Exports(
      ExportConfig config,
      ExportFilters filters,
      ExportJobStore store,
      Caller caller,
      Clock clock) {
    this.config = config;
    this.filters = filters;
    this.store = store;
    this.caller = caller;
    this.clock = clock;
  }

  /**
   * The rows of {@code source} that match {@code filter} (every page of the list, not one), as a
   * workbook now or as a background export to follow.
   */
  public <R, F> ExportAnswer spreadsheet(ExportSource<R, F> source, F filter) {
    long total = source.page(filter, PageRequest.of(1, 1)).totalItems();
    if (total > config.maxRows()) {
      throw new ProblemException(
          ExportProblems.EXPORT_TOO_LARGE,
          "The export would hold "
              + total
              + " rows; a spreadsheet export holds at most "
              + config.maxRows()
              + ". Narrow the filters.");
    }
    Instant now = clock.instant();
    String kept = filters.json(filter);
    String fileName = fileName(source.name(), now);
    if (total <= config.backgroundAbove()) {
      ExportAbout about =
          new ExportAbout(source.title(), now, requesterName(), filters.described(kept));
      return new ExportAnswer.File(
          fileName,
          SpreadsheetWriting.write(source, filter, about, config.rowWindow(), rows -> {}));
    }
    return new ExportAnswer.Queued(
        store.queue(
            new ExportJobStore.Request(
                source.name(),
                source.title(),
                kept,
                total,
                fileName,
                caller.subject(),
                requesterName())));
  }

  /**
   * One record in full (a return) as a workbook, written at once: its "About" sheet lists {@code
   * details}, then its {@code sheets} in order.
   *
   * @param name the file's name before its time stamp
   */
  public ExportAnswer.File workbook(
      String name, String title, Map<String, String> details, List<ExportSheet<?>> sheets) {
    Instant now = clock.instant();
    ExportAbout about = new ExportAbout(title, now, requesterName(), Map.of(), details);
    return new ExportAnswer.File(
        fileName(name, now), SpreadsheetWriting.write(sheets, about, config.rowWindow()));
  }

  /** The caller's own background export; anyone else's is not found. */
  public ExportStatus status(UUID id) {
    return store.status(id, caller.subject());
  }

  /** The caller's own background export's file, once written and until it expires. */
  public ExportAnswer.File file(UUID id) {
    return store.file(id, caller.subject());
  }

  private String requesterName() {
    String name = caller.displayName();
    String username = caller.username();
    return name.equals(username) ? username : name + " (" + username + ")";
  }

  static String fileName(String source, Instant at) {
    return source
        + "-"
        + LocalDateTime.ofInstant(at, ExcelWriter.LONDON).format(FILE_STAMP)
        + ".xlsx";
  }
}
