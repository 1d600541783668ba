package io.carefile.filing.spreadsheet;

import static io.restassured.RestAssured.given;

import io.carefile.obligation.ReportingPeriod;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.support.Tokens;
import io.carefile.template.PeriodType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks downloaded, filled in with POI and uploaded back, as a platform would. */
public final class Workbooks {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Workbooks() {}

  public static RequestSpecification as(String username) {
    return given().header("Authorization", Tokens.bearer(Tokens.user(username)));
  }

  /** The platform's CSAM-Q obligation for the quarter running today. */
  public static String csamObligation(TestPlatform platform) {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    return platform.obligation(
        "CSAM-Q", ReportingPeriod.containing(PeriodType.QUARTERLY, today).start());
  }

  public static byte[] download(String username, String obligationId) {
    return as(username)
        .get("/api/v1/obligations/" + obligationId + "/workbook")
        .then()
        .statusCode(200)
        .contentType(XLSX)
        .extract()
        .asByteArray();
  }

  public static ValidatableResponse upload(String username, String obligationId, byte[] workbook) {
    return as(username)
        .multiPart("workbook", "return.xlsx", workbook, XLSX)
        .post("/api/v1/obligations/" + obligationId + "/workbook")
        .then();
  }

  public static XSSFWorkbook open(byte[] bytes) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] bytes(XSSFWorkbook workbook) {
    try (workbook) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The workbook changed by {@code change}, as a person saving it in Excel would. */
  public static byte[] edited(byte[] workbook, Consumer<XSSFWorkbook> change) {
    XSSFWorkbook opened = open(workbook);
    change.accept(opened);
    return bytes(opened);
  }

  /** The answer cell (column C) of the field whose code column A names. */
  public static Cell answerCell(XSSFWorkbook workbook, String fieldCode) {
    for (Sheet sheet : workbook) {
      for (Row row : sheet) {
        Cell code = row.getCell(0);
        if (code != null
            && code.getCellType() == CellType.STRING
            && fieldCode.equals(code.getStringCellValue())
            && row.getRowNum() >= 4) {
          return row.getCell(2) == null ? row.createCell(2) : row.getCell(2);
        }
      }
    }
    throw new IllegalArgumentException("No row for field " + fieldCode);
  }

  /** Types each value into its field's answer cell: numbers, dates, Yes or No, codes. */
  public static void fill(XSSFWorkbook workbook, Map<String, ?> values) {
    values.forEach(
        (code, value) -> {
          Cell cell = answerCell(workbook, code);
          switch (value) {
            case Integer number -> cell.setCellValue(number);
            case Long number -> cell.setCellValue(number);
            case BigDecimal number -> cell.setCellValue(number.doubleValue());
            case Boolean yes -> cell.setCellValue(yes ? "Yes" : "No");
            case LocalDate date -> cell.setCellValue(date);
            case Collection<?> codes ->
                cell.setCellValue(
                    codes.stream().map(Object::toString).collect(Collectors.joining("; ")));
            default -> cell.setCellValue(value.toString());
          }
        });
  }

  /** The zip's entries, by name, in order. */
  public static Map<String, byte[]> entries(byte[] zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  public static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The workbook with one part's bytes rewritten, as a hand-made hostile file would be. */
  public static byte[] withPart(byte[] workbook, String name, UnaryOperator<byte[]> rewrite) {
    Map<String, byte[]> entries = entries(workbook);
    entries.put(name, rewrite.apply(entries.get(name)));
    return zip(entries);
  }
}
