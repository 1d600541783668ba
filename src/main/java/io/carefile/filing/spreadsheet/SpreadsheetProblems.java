package io.carefile.filing.spreadsheet;

import io.carefile.common.error.ProblemCode;

/**
 * The refusals of an uploaded workbook, each before anything is saved. Documented in {@code
 * docs/problems.md} and {@code docs/spreadsheets.md}.
 */
public enum SpreadsheetProblems implements ProblemCode {
  WORKBOOK_REQUIRED(400, "workbook-required", "Send the workbook as the file part named workbook"),
  WORKBOOK_TOO_LARGE(413, "workbook-too-large", "The workbook is larger than uploads may be"),
  NOT_A_WORKBOOK(415, "not-a-workbook", "The file is not an Excel workbook (.xlsx)"),
  WORKBOOK_TOO_MANY_ENTRIES(
      422, "workbook-too-many-entries", "The workbook's file holds more parts than any workbook"),
  WORKBOOK_DUPLICATE_ENTRY(
      422, "workbook-duplicate-entry", "The workbook's file holds two parts of the same name"),
  WORKBOOK_INFLATES_TOO_FAR(
      422,
      "workbook-inflates-too-far",
      "A part of the workbook expands beyond what a workbook holds (a zip bomb)"),
  WORKBOOK_DOCTYPE(
      422,
      "workbook-doctype",
      "A part of the workbook declares a document type or entities, which no workbook needs"),
  WORKBOOK_TOO_MANY_SHEETS(422, "workbook-too-many-sheets", "The workbook has too many sheets"),
  WORKBOOK_TOO_MANY_ROWS(
      422, "workbook-too-many-rows", "A sheet of the workbook has too many rows"),
  WORKBOOK_TOO_MANY_COLUMNS(
      422, "workbook-too-many-columns", "A sheet of the workbook has too many columns"),
  WORKBOOK_UNREADABLE(
      422, "workbook-unreadable", "The workbook's contents cannot be read as a workbook"),
  WORKBOOK_NOT_RECOGNISED(
      422,
      "workbook-not-recognised",
      "The workbook is not one Carefile made: its metadata is missing or altered"),
  WORKBOOK_LAYOUT_CHANGED(
      422,
      "workbook-layout-changed",
      "The workbook's sheets or rows are not where its template puts them"),
  WORKBOOK_OTHER_TEMPLATE(
      422,
      "workbook-other-template",
      "The workbook is for another template or template version than the obligation's"),
  WORKBOOK_OTHER_OBLIGATION(
      422, "workbook-other-obligation", "The workbook was made for another obligation"),
  WORKBOOK_STALE(409, "workbook-stale", "The return changed after the workbook was downloaded");

  private final Definition definition;

  SpreadsheetProblems(int status, String code, String title) {
    this.definition = new Definition(status, code, title);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
