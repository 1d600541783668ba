package io.carefile.export;

import io.carefile.common.text.FormulaText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The one Excel writer: every export is an "About" sheet and one data sheet of declared {@link
 * Column}s, streamed with POI's SXSSF so that only a window of rows is held in memory, the rest in
 * compressed temporary files that {@link #close()} deletes.
 *
 * <p>Cells are typed by their column: numbers, dates and instants (as Excel dates in Europe/London,
 * with a date format), booleans, and money in its currency's format. The header row is styled,
 * frozen and carries an autofilter; widths come from the declaration, never from measuring the
 * sheet. Text is always a string cell, and text a spreadsheet would take for a formula (starting
 * with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return) also gets a
 * quote-prefixed style, so that neither Excel nor LibreOffice evaluates it, even after an edit.
 *
 * @param <R> the export's row
 */
public final class ExcelWriter<R> implements AutoCloseable {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final String ABOUT_SHEET = "About";
  static final String DATE_FORMAT = "dd/mm/yyyy";
  static final String DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm:ss";

  private final SXSSFWorkbook workbook;
  private final SXSSFSheet about;
  private final SXSSFSheet data;
  private final List<Column<R>> columns;
  private final Styles styles;
  private int nextRow = 1;

  /**
   * @param dataSheet the data sheet's name (cut to Excel's 31 characters)
   * @param columns the columns, in order
   * @param rowWindow how many rows are held in memory before they are flushed to disk
   */
  public ExcelWriter(String dataSheet, List<Column<R>> columns, int rowWindow) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("An export has at least one column");
    }
    this.columns = List.copyOf(columns);
    this.workbook = new SXSSFWorkbook(rowWindow);
    workbook.setCompressTempFiles(true);
    this.styles = new Styles(workbook);
    this.about = workbook.createSheet(ABOUT_SHEET);
    this.data = workbook.createSheet(WorkbookUtil.createSafeSheetName(dataSheet));
    writeHeader();
  }

  /** Writes one row below the last. */
  public void add(R row) {
    if (nextRow >= SpreadsheetVersion.EXCEL2007.getMaxRows()) {
      throw new IllegalStateException("A sheet holds at most 1,048,575 rows below its header");
    }
    Row sheetRow = data.createRow(nextRow++);
    for (int i = 0; i < columns.size(); i++) {
      Column<R> column = columns.get(i);
      Object value = column.value().apply(row);
      if (value != null) {
        write(sheetRow.createCell(i), column, value, row);
      }
    }
  }

  /** The number of data rows written so far. */
  public long rows() {
    return nextRow - 1L;
  }

  /** Completes the workbook (its "About" sheet and the autofilter) and writes it to {@code out}. */
  public void finish(ExportAbout what, OutputStream out) {
    writeAbout(what);
    int lastColumn = columns.size() - 1;
    data.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, lastColumn));
    workbook.setActiveSheet(1);
    try {
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("The workbook could not be written", e);
    }
  }

  /** Deletes the temporary files and releases the workbook, whether or not it was finished. */
  @Override
  public void close() {
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException("The workbook could not be closed", e);
    } finally {
      workbook.dispose();
    }
  }

  private void writeHeader() {
    Row header = data.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      Column<R> column = columns.get(i);
      Cell cell = header.createCell(i);
      cell.setCellValue(column.header());
      cell.setCellStyle(styles.header);
      data.setColumnWidth(i, column.characters() * 256);
    }
    data.createFreezePane(0, 1);
  }

  private void writeAbout(ExportAbout what) {
    about.setColumnWidth(0, 24 * 256);
    about.setColumnWidth(1, 60 * 256);
    int row = 0;
    Cell title = about.createRow(row++).createCell(0);
    title.setCellValue(what.title());
    title.setCellStyle(styles.header);
    aboutText(row++, "Exported at", null).setCellValue(at(what.exportedAt()));
    about.getRow(row - 1).getCell(1).setCellStyle(styles.dateTime);
    aboutText(row++, "Exported by", what.exportedBy());
    aboutText(row++, "Rows", null).setCellValue(rows());
    aboutText(row++, "Time zone", LONDON.getId());
    if (what.filters().isEmpty()) {
      aboutText(row, "Filters", "None: every record you may see");
      return;
    }
    aboutText(row++, "Filters", null);
    for (Map.Entry<String, String> filter : what.filters().entrySet()) {
      aboutText(row++, filter.getKey(), filter.getValue());
    }
  }

  /** A row of the "About" sheet: its label, and its value cell (text, when given). */
  private Cell aboutText(int index, String label, String text) {
    Row row = about.createRow(index);
    row.createCell(0).setCellValue(label);
    Cell value = row.createCell(1);
    if (text != null) {
      writeText(value, text);
    }
    return value;
  }

  private void write(Cell cell, Column<R> column, Object value, R row) {
    switch (column.type()) {
      case TEXT -> writeText(cell, value.toString());
      case INTEGER -> {
        cell.setCellValue(number(value, column));
        cell.setCellStyle(styles.integer);
      }
      case DECIMAL -> cell.setCellValue(number(value, column));
      case DATE -> {
        cell.setCellValue((LocalDate) value);
        cell.setCellStyle(styles.date);
      }
      case DATE_TIME -> {
        cell.setCellValue(at((Instant) value));
        cell.setCellStyle(styles.dateTime);
      }
      case BOOLEAN -> cell.setCellValue((Boolean) value);
      case MONEY -> {
        cell.setCellValue(number(value, column));
        cell.setCellStyle(styles.money(column.currency().apply(row)));
      }
    }
  }

  private void writeText(Cell cell, String text) {
    // A string cell: POI never turns it into a formula. The quote prefix keeps it text when
    // someone edits the cell in Excel or LibreOffice.
    cell.setCellValue(text);
    if (FormulaText.startsLikeFormula(text)) {
      cell.setCellStyle(styles.literalText);
    }
  }

  private static double number(Object value, Column<?> column) {
    if (value instanceof BigDecimal decimal) {
      return decimal.doubleValue();
    }
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    throw new IllegalArgumentException(
        "Column " + column.header() + " holds numbers, not " + value.getClass().getSimpleName());
  }

  private static LocalDateTime at(Instant instant) {
    return LocalDateTime.ofInstant(instant, LONDON);
  }

  /** The workbook's styles, made once each: Excel allows a workbook at most 64,000. */
  private static final class Styles {

    private final SXSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle integer;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle literalText;
    private final Map<Currency, CellStyle> money = new HashMap<>();

    Styles(SXSSFWorkbook workbook) {
      this.workbook = workbook;
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      integer = formatted("#,##0");
      date = formatted(DATE_FORMAT);
      dateTime = formatted(DATE_TIME_FORMAT);
      literalText = workbook.createCellStyle();
      literalText.setQuotePrefixed(true);
    }

    CellStyle money(Currency currency) {
      return money.computeIfAbsent(currency, this::moneyStyle);
    }

    private CellStyle moneyStyle(Currency currency) {
      String decimals =
          currency.getDefaultFractionDigits() > 0
              ? "." + "0".repeat(currency.getDefaultFractionDigits())
              : "";
      String symbol =
          switch (currency.getCurrencyCode()) {
            case "GBP" -> "£";
            case "EUR" -> "€";
            case "USD" -> "$";
            default -> null;
          };
      String number = "#,##0" + decimals;
      return formatted(
          symbol == null
              ? number + " \"" + currency.getCurrencyCode() + "\""
              : "\"" + symbol + "\"" + number);
    }

    private CellStyle formatted(String format) {
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(workbook.createDataFormat().getFormat(format));
      return style;
    }
  }
}
