package io.carefile.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one Excel writer, read back with POI: what Excel and LibreOffice would open. */
class ExcelWriterTest {

  record Line(
      String name,
      Long count,
      BigDecimal ratio,
      LocalDate due,
      Instant at,
      Boolean late,
      BigDecimal amount,
      Currency currency) {}

  static final List<Column<Line>> COLUMNS =
      List.of(
          Column.text("Name", 30, Line::name),
          Column.integer("Count", Line::count),
          Column.decimal("Ratio", Line::ratio),
          Column.date("Due", Line::due),
          Column.dateTime("At", Line::at),
          Column.bool("Late", Line::late),
          Column.money("Amount", Line::amount, Line::currency));

  static final Currency GBP = Currency.getInstance("GBP");
  static final ExportAbout ABOUT =
      new ExportAbout(
          "Filings register",
          Instant.parse("2026-07-01T09:30:00Z"),
          "Ada Analyst (ada)",
          Map.of("status", "SUBMITTED", "templateCode", "=CMD()"));

  @Test
  void cellsAreTypedByTheirColumn() throws IOException {
    Line line =
        new Line(
            "Example",
            1234567L,
            new BigDecimal("0.25"),
            LocalDate.of(2026, 3, 31),
            Instant.parse("2026-07-01T09:30:00Z"),
            true,
            new BigDecimal("18000000.00"),
            GBP);

    try (XSSFWorkbook book = written(List.of(line))) {
      XSSFRow row = book.getSheetAt(1).getRow(1);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Example");
      assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1234567d);
      assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(0.25d);
      assertThat(DateUtil.isCellDateFormatted(row.getCell(3))).isTrue();
      assertThat(row.getCell(3).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 3, 31, 0, 0));
      assertThat(DateUtil.isCellDateFormatted(row.getCell(4))).isTrue();
      // 09:30 UTC in July is 10:30 in London (BST).
      assertThat(row.getCell(4).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 7, 1, 10, 30));
      assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.BOOLEAN);
      assertThat(row.getCell(5).getBooleanCellValue()).isTrue();
      assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(18_000_000d);
      assertThat(row.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("\"£\"#,##0.00");
    }
  }

  @Test
  void moneyOfOtherCurrenciesNamesTheCurrency() throws IOException {
    Line yen =
        new Line(
            "Y", null, null, null, null, null, new BigDecimal("5000"), Currency.getInstance("JPY"));

    try (XSSFWorkbook book = written(List.of(yen))) {
      assertThat(book.getSheetAt(1).getRow(1).getCell(6).getCellStyle().getDataFormatString())
          .isEqualTo("#,##0 \"JPY\"");
    }
  }

  @Test
  void anAbsentValueIsAnEmptyCell() throws IOException {
    Line empty = new Line(null, null, null, null, null, null, null, GBP);

    try (XSSFWorkbook book = written(List.of(empty))) {
      XSSFRow row = book.getSheetAt(1).getRow(1);
      for (int i = 0; i < COLUMNS.size(); i++) {
        XSSFCell cell = row == null ? null : row.getCell(i);
        assertThat(cell == null || cell.getCellType() == CellType.BLANK).isTrue();
      }
    }
  }

  @Test
  void theHeaderIsStyledFrozenAndFilteredWithDeclaredWidths() throws IOException {
    try (XSSFWorkbook book = written(List.of(lineNamed("a"), lineNamed("b")))) {
      XSSFSheet data = book.getSheetAt(1);
      assertThat(data.getSheetName()).isEqualTo("Filings register");
      XSSFRow header = data.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Name");
      assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Amount");
      assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      PaneInformation pane = data.getPaneInformation();
      assertThat(pane.isFreezePane()).isTrue();
      assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
      assertThat(data.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G3");
      assertThat(data.getColumnWidth(0)).isEqualTo(30 * 256);
      assertThat(data.getColumnWidth(1)).isEqualTo(Column.MIN_WIDTH * 256);
    }
  }

  @Test
  void theFirstSheetSaysWhatWasExportedWhenByWhomAndHow() throws IOException {
    try (XSSFWorkbook book = written(List.of(lineNamed("a"), lineNamed("b"), lineNamed("c")))) {
      XSSFSheet about = book.getSheetAt(0);
      assertThat(about.getSheetName()).isEqualTo("About");
      assertThat(about.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Filings register");
      assertThat(about.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Exported at");
      assertThat(about.getRow(1).getCell(1).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2026, 7, 1, 10, 30));
      assertThat(about.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Ada Analyst (ada)");
      assertThat(about.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(3d);
      assertThat(about.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Filters");
      assertThat(about.getRow(6).getCell(0).getStringCellValue()).isEqualTo("status");
      assertThat(about.getRow(6).getCell(1).getStringCellValue()).isEqualTo("SUBMITTED");
      XSSFCell hostileFilter = about.getRow(7).getCell(1);
      assertThat(hostileFilter.getCellType()).isEqualTo(CellType.STRING);
      assertThat(hostileFilter.getStringCellValue()).isEqualTo("=CMD()");
      assertThat(hostileFilter.getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://evil.example\",\"Click\")",
        "+1+2",
        "-2+3",
        "@SUM(A1)",
        "\t=1+1",
        "\r=1+1"
      })
  void textAFormulaWouldStartWithStaysLiteralText(String hostile) throws IOException {
    try (XSSFWorkbook book = written(List.of(lineNamed(hostile)))) {
      XSSFCell cell = book.getSheetAt(1).getRow(1).getCell(0);
      assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
      assertThat(cell.getStringCellValue()).isEqualTo(hostile);
      assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void textInAnyScriptComesBackAsWritten() throws IOException {
    String text = "Ofcom’s £ café — Ελληνικά 日本語 😀 & <tags> \"quoted\"";
    try (XSSFWorkbook book = written(List.of(lineNamed(text)))) {
      assertThat(book.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo(text);
    }
  }

  @Test
  void ordinaryTextIsNotQuotePrefixed() throws IOException {
    try (XSSFWorkbook book = written(List.of(lineNamed("Plain 2+2")))) {
      XSSFCell cell = book.getSheetAt(1).getRow(1).getCell(0);
      assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
      assertThat(cell.getCellStyle().getQuotePrefixed()).isFalse();
    }
  }

  @Test
  void rowsBeyondTheWindowAreFlushedAndAllComeBack() throws IOException {
    List<Line> lines =
        java.util.stream.IntStream.range(0, 250).mapToObj(i -> lineNamed("row " + i)).toList();

    try (XSSFWorkbook book = written(lines)) {
      XSSFSheet data = book.getSheetAt(1);
      assertThat(data.getLastRowNum()).isEqualTo(250);
      assertThat(data.getRow(250).getCell(0).getStringCellValue()).isEqualTo("row 249");
    }
  }

  record Answer(String field, Object value) {}

  static final List<Column<Answer>> ANSWERS =
      List.of(Column.text("Field", 20, Answer::field), Column.value("Value", 20, Answer::value));

  @Test
  void aWorkbookHoldsSeveralDataSheetsEachFrozenAndFiltered() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportAbout about =
        new ExportAbout(
            "A return",
            Instant.parse("2026-07-01T09:30:00Z"),
            "Ada Analyst (ada)",
            Map.of(),
            Map.of("Filing id", "f-1"));
    try (ExcelWriter writer = new ExcelWriter(10)) {
      ExcelWriter.DataSheet<Line> lines = writer.sheet("Lines", COLUMNS);
      ExcelWriter.DataSheet<Answer> answers = writer.sheet("Answers", ANSWERS);
      lines.add(lineNamed("a"));
      answers.add(new Answer("count", 1200L));
      answers.add(new Answer("ratio", new BigDecimal("0.25")));
      answers.add(new Answer("whole", new BigDecimal("12.00")));
      answers.add(new Answer("due", LocalDate.of(2026, 3, 31)));
      answers.add(new Answer("enabled", true));
      answers.add(new Answer("formula", "=1+1"));
      answers.add(new Answer("blank", null));
      writer.finish(about, out);
    }

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(3);
      assertThat(book.getSheetName(1)).isEqualTo("Lines");
      XSSFSheet answers = book.getSheet("Answers");
      assertThat(answers.getPaneInformation().isFreezePane()).isTrue();
      assertThat(answers.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B8");
      assertThat(book.getSheet("Lines").getCTWorksheet().getAutoFilter().getRef())
          .isEqualTo("A1:G2");
      XSSFCell count = answers.getRow(1).getCell(1);
      assertThat(count.getNumericCellValue()).isEqualTo(1200d);
      assertThat(count.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      XSSFCell ratio = answers.getRow(2).getCell(1);
      assertThat(ratio.getNumericCellValue()).isEqualTo(0.25d);
      assertThat(ratio.getCellStyle().getDataFormatString()).isEqualTo("General");
      assertThat(answers.getRow(3).getCell(1).getCellStyle().getDataFormatString())
          .isEqualTo("#,##0");
      XSSFCell due = answers.getRow(4).getCell(1);
      assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
      assertThat(due.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 31, 0, 0));
      assertThat(answers.getRow(5).getCell(1).getCellType()).isEqualTo(CellType.BOOLEAN);
      XSSFCell formula = answers.getRow(6).getCell(1);
      assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
      assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(answers.getRow(7).getCell(1)).isNull();

      XSSFSheet first = book.getSheetAt(0);
      assertThat(first.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Rows in Lines");
      assertThat(first.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(1d);
      assertThat(first.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Rows in Answers");
      assertThat(first.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(7d);
      assertThat(first.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Filing id");
      assertThat(first.getRow(6).getCell(1).getStringCellValue()).isEqualTo("f-1");
      assertThat(first.getLastRowNum()).as("no filters listed").isEqualTo(6);
    }
  }

  @Test
  void twoSheetsCannotShareAName() {
    try (ExcelWriter writer = new ExcelWriter(10)) {
      writer.sheet("Lines", COLUMNS);
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> writer.sheet("lines", COLUMNS));
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> writer.sheet("about", COLUMNS));
    }
  }

  @Test
  void datesBeforeMarch1900KeepExcelsOwnSerials() throws IOException {
    Line early =
        new Line(
            "early",
            null,
            null,
            LocalDate.of(1900, 2, 28),
            Instant.parse("1900-01-01T12:00:00Z"),
            null,
            null,
            GBP);
    try (XSSFWorkbook book = written(List.of(early))) {
      XSSFRow row = book.getSheetAt(1).getRow(1);
      assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(59d);
      assertThat(row.getCell(3).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(1900, 2, 28, 0, 0));
      assertThat(row.getCell(4).getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(1900, 1, 1, 12, 0));
    }
  }

  private static Line lineNamed(String name) {
    return new Line(name, 1L, null, null, null, false, BigDecimal.ONE, GBP);
  }

  private static XSSFWorkbook written(List<Line> lines) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExcelWriter writer = new ExcelWriter(10)) {
      ExcelWriter.DataSheet<Line> sheet = writer.sheet("Filings register", COLUMNS);
      lines.forEach(sheet::add);
      assertThat(sheet.rows()).isEqualTo(lines.size());
      writer.finish(ABOUT, out);
    }
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }
}
