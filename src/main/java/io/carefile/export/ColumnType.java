package io.carefile.export;

/** What a column holds, and so how its cells are typed and formatted in the workbook. */
public enum ColumnType {
  /** Text, written as a string cell; never a formula, whatever it starts with. */
  TEXT,
  /** A whole number, formatted without decimals. */
  INTEGER,
  /** A number as given. */
  DECIMAL,
  /** A calendar date. */
  DATE,
  /** An instant, shown as the date and time in Europe/London. */
  DATE_TIME,
  /** TRUE or FALSE. */
  BOOLEAN,
  /** An amount, formatted in its currency. */
  MONEY,
  /**
   * Values of different kinds in one column (a return's answers): each cell typed by its value, a
   * whole number, another number, a date, an instant, a boolean, or else text.
   */
  VALUE
}
