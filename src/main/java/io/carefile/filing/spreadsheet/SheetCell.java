package io.carefile.filing.spreadsheet;

/**
 * One cell as the file stores it, never evaluated: its kind, its text (a number as written, a
 * shared string resolved) and whether it holds a formula.
 */
record SheetCell(String reference, Kind kind, String text, boolean formula) {

  enum Kind {
    BLANK,
    NUMBER,
    TEXT,
    BOOLEAN,
    ERROR
  }

  static SheetCell blank(String reference) {
    return new SheetCell(reference, Kind.BLANK, "", false);
  }
}
