package io.carefile.export;

import io.carefile.common.error.ProblemCode;

/** The refusals of exports and their background jobs. Documented in {@code docs/problems.md}. */
public enum ExportProblems implements ProblemCode {
  EXPORT_TOO_LARGE(
      422, "export-too-large", "The export has more rows than a spreadsheet export may hold"),
  EXPORT_NOT_READY(409, "export-not-ready", "The export is not written yet"),
  EXPORT_FAILED(409, "export-failed", "The export could not be written"),
  EXPORT_EXPIRED(410, "export-expired", "The export has expired and its file is deleted");

  private final Definition definition;

  ExportProblems(int status, String code, String title) {
    this.definition = new Definition(status, code, title);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
