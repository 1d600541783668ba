package io.carefile.export;

/** What asking for a spreadsheet answers: the file at once, or a background export to follow. */
public sealed interface ExportAnswer {

  /** A written workbook, named for a download. */
  record File(String fileName, byte[] content) implements ExportAnswer {}

  /** Too many rows to answer at once: a background export has been queued. */
  record Queued(ExportStatus status) implements ExportAnswer {}
}
