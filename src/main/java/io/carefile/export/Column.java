package io.carefile.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an export, as the export declares it: its header, what it holds, its width in
 * characters, and how to read its value from a row. A null value is an empty cell.
 *
 * @param <R> the export's row
 */
public record Column<R>(
    String header,
    ColumnType type,
    int width,
    Function<R, ?> value,
    Function<R, Currency> currency) {

  /** The narrowest column: wide enough for a date. */
  static final int MIN_WIDTH = 10;

  /** The widest column; longer text wraps nowhere and is read in the cell. */
  static final int MAX_WIDTH = 80;

  public Column {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    if (type == ColumnType.MONEY) {
      Objects.requireNonNull(currency, "currency");
    }
  }

  public static <R> Column<R> text(String header, int width, Function<R, ?> value) {
    return new Column<>(header, ColumnType.TEXT, width, value, null);
  }

  public static <R> Column<R> integer(String header, Function<R, ? extends Number> value) {
    return new Column<>(header, ColumnType.INTEGER, 0, value, null);
  }

  public static <R> Column<R> decimal(String header, Function<R, ? extends Number> value) {
    return new Column<>(header, ColumnType.DECIMAL, 0, value, null);
  }

  public static <R> Column<R> date(String header, Function<R, LocalDate> value) {
    return new Column<>(header, ColumnType.DATE, 0, value, null);
  }

  public static <R> Column<R> dateTime(String header, Function<R, Instant> value) {
    return new Column<>(header, ColumnType.DATE_TIME, 19, value, null);
  }

  public static <R> Column<R> bool(String header, Function<R, Boolean> value) {
    return new Column<>(header, ColumnType.BOOLEAN, 0, value, null);
  }

  public static <R> Column<R> money(
      String header, Function<R, BigDecimal> amount, Function<R, Currency> currency) {
    return new Column<>(header, ColumnType.MONEY, 14, amount, currency);
  }

  /** A column whose cells are each typed by their value ({@link ColumnType#VALUE}). */
  public static <R> Column<R> value(String header, int width, Function<R, ?> value) {
    return new Column<>(header, ColumnType.VALUE, width, value, null);
  }

  /** The width in characters: the declared one, at least the header's, within the bounds. */
  int characters() {
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.max(width, header.length() + 3)));
  }
}
