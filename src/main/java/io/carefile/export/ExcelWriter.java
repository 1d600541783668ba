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
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The one Excel writer: every export is an "About" sheet and one or more data sheets of declared
 * {@link Column}s, streamed with POI's SXSSF so that only a window of rows of each sheet is held in
 * memory, the rest in compressed temporary files that {@link #close()} deletes.
 *
 * <p>Cells are typed by their column: numbers, dates and instants (as Excel dates in Europe/London,
 * with a date format), booleans, and money in its currency's format; a {@link ColumnType#VALUE}
 * column types each cell by its value. Each data sheet's header row is styled, frozen and carries
 * an autofilter; widths come from the declaration, never from measuring the sheet. Text is always a
 * string cell, and text a spreadsheet would take for a formula (starting with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return) also gets a quote-prefixed style, so that neither
 * Excel nor LibreOffice evaluates it, even after an edit.
 */
public final class ExcelWriter implements AutoCloseable {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final String ABOUT_SHEET = "About";
  static final String DATE_FORMAT = "dd/mm/yyyy";
  static final String DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm:ss";

  private static final ZoneRules LONDON_RULES = LONDON.getRules();

  /** Excel's serial number of 1970-01-01 (its day 0 is 1899-12-30, in the 1900 date system). */
  private static final long EXCEL_EPOCH_DAY = 25_569;

  /** Before this day Excel's serials count its phantom 29 February 1900; POI converts those. */
  private static final LocalDate FIRST_PLAIN_SERIAL_DAY = LocalDate.of(1900, 3, 1);

  private static final double SECONDS_PER_DAY = 86_400d;

  private final StreamingWorkbook workbook;
  private final SXSSFSheet about;
  private final Styles styles;
  private final List<DataSheet<?>> sheets = new ArrayList<>();
  private final Set<String> sheetNames = new HashSet<>();

  /**
   * @param rowWindow how many rows of each sheet are held in memory before they are flushed to disk
   */
  public ExcelWriter(int rowWindow) {
    this.workbook = new StreamingWorkbook(rowWindow);
    this.styles = new Styles(workbook);
    this.about = workbook.createSheet(ABOUT_SHEET);
    sheetNames.add(ABOUT_SHEET.toLowerCase(Locale.ROOT));
  }

  /**
   * Adds a data sheet after the last, with its header row.
   *
   * @param name the sheet's name (cut to Excel's 31 characters; unique in the workbook)
   * @param columns the columns, in order
   */
  public <R> DataSheet<R> sheet(String name, List<Column<R>> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("A data sheet has at least one column");
    }
    String safeName = WorkbookUtil.createSafeSheetName(name);
    if (!sheetNames.add(safeName.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("A workbook has one sheet named " + safeName);
    }
    DataSheet<R> sheet = new DataSheet<>(workbook.createSheet(safeName), columns);
    sheets.add(sheet);
    return sheet;
  }

  /**
   * Completes the workbook (its "About" sheet and each data sheet's autofilter) and writes it to
   * {@code out}.
   */
  public void finish(ExportAbout what, OutputStream out) {
    if (sheets.isEmpty()) {
      throw new IllegalStateException("An export has at least one data sheet");
    }
    writeAbout(what);
    sheets.forEach(DataSheet::filter);
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

  /**
   * One data sheet of the workbook: its declared columns, and the rows written so far.
   *
   * @param <R> the sheet's row
   */
  public final class DataSheet<R> {

    private final SXSSFSheet sheet;
    private final List<Column<R>> columns;
    private int nextRow = 1;

    private DataSheet(SXSSFSheet sheet, List<Column<R>> columns) {
      this.sheet = sheet;
      this.columns = List.copyOf(columns);
      writeHeader();
    }

    /** Writes one row below the last. */
    public void add(R row) {
      if (nextRow >= SpreadsheetVersion.EXCEL2007.getMaxRows()) {
        throw new IllegalStateException("A sheet holds at most 1,048,575 rows below its header");
      }
      Row sheetRow = sheet.createRow(nextRow++);
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

    String name() {
      return sheet.getSheetName();
    }

    private void writeHeader() {
      Row header = sheet.createRow(0);
      for (int i = 0; i < columns.size(); i++) {
        Column<R> column = columns.get(i);
        Cell cell = header.createCell(i);
        cell.setCellValue(column.header());
        cell.setCellStyle(styles.header);
        sheet.setColumnWidth(i, column.characters() * 256);
      }
      sheet.createFreezePane(0, 1);
    }

    private void filter() {
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns.size() - 1));
    }
  }

  private void writeAbout(ExportAbout what) {
    about.setColumnWidth(0, 24 * 256);
    about.setColumnWidth(1, 60 * 256);
    int row = 0;
    Cell title = about.createRow(row++).createCell(0);
    title.setCellValue(what.title());
    title.setCellStyle(styles.header);
    Cell exportedAt = aboutText(row++, "Exported at", null);
    exportedAt.setCellValue(serial(what.exportedAt()));
    exportedAt.setCellStyle(styles.dateTime);
    aboutText(row++, "Exported by", what.exportedBy());
    if (sheets.size() == 1) {
      aboutText(row++, "Rows", null).setCellValue(sheets.getFirst().rows());
    } else {
      for (DataSheet<?> sheet : sheets) {
        aboutText(row++, "Rows in " + sheet.name(), null).setCellValue(sheet.rows());
      }
    }
    aboutText(row++, "Time zone", LONDON.getId());
    for (Map.Entry<String, String> detail : what.details().entrySet()) {
      aboutText(row++, detail.getKey(), detail.getValue());
    }
    if (what.filters().isEmpty() && !what.details().isEmpty()) {
      return;
    }
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

  private <R> void write(Cell cell, Column<R> column, Object value, R row) {
    switch (column.type()) {
      case TEXT -> writeText(cell, value.toString());
      case INTEGER -> writeInteger(cell, number(value, column));
      case DECIMAL -> writeDecimal(cell, number(value, column));
      case DATE -> writeDate(cell, (LocalDate) value);
      case DATE_TIME -> writeInstant(cell, (Instant) value);
      case BOOLEAN -> writeBoolean(cell, (Boolean) value);
      case MONEY -> {
        cell.setCellValue(number(value, column));
        cell.setCellStyle(styles.money(column.currency().apply(row)));
      }
      case VALUE -> writeValue(cell, value);
    }
  }

  /** A cell typed by its value: whole numbers, other numbers, dates, instants, booleans, text. */
  private void writeValue(Cell cell, Object value) {
    switch (value) {
      case Long whole -> writeInteger(cell, whole);
      case Integer whole -> writeInteger(cell, whole);
      case BigDecimal decimal when decimal.stripTrailingZeros().scale() <= 0 ->
          writeInteger(cell, decimal.doubleValue());
      case Number number -> writeDecimal(cell, number.doubleValue());
      case LocalDate date -> writeDate(cell, date);
      case Instant instant -> writeInstant(cell, instant);
      case Boolean bool -> writeBoolean(cell, bool);
      default -> writeText(cell, value.toString());
    }
  }

  private void writeDecimal(Cell cell, double value) {
    cell.setCellValue(value);
    cell.setCellStyle(styles.plain);
  }

  private void writeBoolean(Cell cell, boolean value) {
    cell.setCellValue(value);
    cell.setCellStyle(styles.plain);
  }

  private void writeInteger(Cell cell, double value) {
    cell.setCellValue(value);
    cell.setCellStyle(styles.integer);
  }

  private void writeDate(Cell cell, LocalDate date) {
    // The serial number directly: POI's conversion goes through a Calendar for every cell.
    if (date.isBefore(FIRST_PLAIN_SERIAL_DAY)) {
      cell.setCellValue(DateUtil.getExcelDate(date));
    } else {
      cell.setCellValue((double) (date.toEpochDay() + EXCEL_EPOCH_DAY));
    }
    cell.setCellStyle(styles.date);
  }

  private void writeInstant(Cell cell, Instant instant) {
    cell.setCellValue(serial(instant));
    cell.setCellStyle(styles.dateTime);
  }

  private void writeText(Cell cell, String text) {
    // A string cell: POI never turns it into a formula. The quote prefix keeps it text when
    // someone edits the cell in Excel or LibreOffice.
    cell.setCellValue(text);
    cell.setCellStyle(FormulaText.startsLikeFormula(text) ? styles.literalText : styles.plain);
  }

  /** An instant as Excel's serial number of its date and time in Europe/London. */
  private static double serial(Instant instant) {
    long local = instant.getEpochSecond() + LONDON_RULES.getOffset(instant).getTotalSeconds();
    double days = Math.floorDiv(local, 86_400L) + EXCEL_EPOCH_DAY;
    if (days < FIRST_PLAIN_SERIAL_DAY.toEpochDay() + EXCEL_EPOCH_DAY) {
      return DateUtil.getExcelDate(LocalDateTime.ofInstant(instant, LONDON));
    }
    double seconds = Math.floorMod(local, 86_400L) + instant.getNano() / 1e9;
    return days + seconds / SECONDS_PER_DAY;
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

  /** The workbook's styles, made once each: Excel allows a workbook at most 64,000. */
  private static final class Styles {

    private final StreamingWorkbook workbook;

    /**
     * The workbook's default style, set on every cell that has no other: a cell without one is
     * written with its column's default style, which POI looks up in the sheet's column definitions
     * for every cell, the greater part of the writer's time.
     */
    private final CellStyle plain;

    private final CellStyle header;
    private final CellStyle integer;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle literalText;
    private final Map<Currency, CellStyle> money = new HashMap<>();

    Styles(StreamingWorkbook workbook) {
      this.workbook = workbook;
      plain = workbook.getCellStyleAt(0);
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
