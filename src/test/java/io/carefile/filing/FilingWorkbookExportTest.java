package io.carefile.filing;

import static io.carefile.support.SubmittedReturns.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.carefile.export.Exports;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
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
 * One return in full as a workbook, asked for on the return's own path: its values by section,
 * findings, explanations, score breakdown and history, each a frozen, filtered sheet of typed
 * cells; in the same scope as the JSON read.
 */
@QuarkusTest
class FilingWorkbookExportTest {

  private static final String ANALYST = "regulator-analyst";
  private static final String HOSTILE = "=HYPERLINK(\"http://evil.example\",\"Click\")";
  private static final List<String> SHEETS =
      List.of("About", "Values", "Findings", "Explanations", "Score", "History");

  @Test
  void aSubmittedAndRejectedReturnComesBackInFullWithTypedCells() throws IOException {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = submittedWithHostileExplanations(platform);
    reject(filing);

    Response answer = workbook(platform.officer(), filing);

    answer
        .then()
        .statusCode(200)
        .contentType(Exports.SPREADSHEET)
        .header("Content-Disposition", startsWith("attachment; filename=\"filing-" + filing));
    JsonPath scored =
        as(platform.officer())
            .get("/api/v1/filings/" + filing + "/versions/1/score")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    try (XSSFWorkbook book = read(answer)) {
      assertThat(sheetNames(book)).containsExactlyElementsOf(SHEETS);
      for (String name : SHEETS.subList(1, SHEETS.size())) {
        XSSFSheet sheet = book.getSheet(name);
        assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(name).startsWith("A1:");
      }

      XSSFSheet about = book.getSheet("About");
      assertThat(about.getRow(0).getCell(0).getStringCellValue()).endsWith(" return");
      assertThat(aboutValue(about, "Filing id")).isEqualTo(filing);
      assertThat(aboutValue(about, "Platform id")).isEqualTo(platform.platformId());
      assertThat(aboutValue(about, "Status")).isEqualTo("REJECTED");
      assertThat(aboutValue(about, "Values of")).startsWith("version 1 (DCR-");
      assertThat(aboutValue(about, "Band")).isEqualTo(scored.getString("effectiveBand"));
      assertThat(new BigDecimal(aboutValue(about, "Score")))
          .isEqualByComparingTo(scored.getString("total"));

      XSSFSheet values = book.getSheet("Values");
      assertThat(header(values)).containsExactly("Section", "Field", "Question", "Value", "Unit");
      XSSFRow removed = rowOf(values, 1, "items_removed");
      assertThat(removed.getCell(0).getStringCellValue()).isNotBlank();
      assertThat(removed.getCell(2).getStringCellValue()).isNotBlank();
      assertThat(removed.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(removed.getCell(3).getNumericCellValue()).isEqualTo(920d);
      assertThat(removed.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      XSSFCell median = rowOf(values, 1, "median_hours_to_removal").getCell(3);
      assertThat(median.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(median.getNumericCellValue()).isEqualTo(10d);
      XSSFCell blocking = rowOf(values, 1, "url_blocking_enabled").getCell(3);
      assertThat(blocking.getCellType()).isEqualTo(CellType.BOOLEAN);
      assertThat(blocking.getBooleanCellValue()).isTrue();
      XSSFCell hashLists = rowOf(values, 1, "hash_lists").getCell(3);
      assertThat(hashLists.getCellType()).isEqualTo(CellType.STRING);
      assertThat(hashLists.getStringCellValue()).contains("; ");

      XSSFSheet findings = book.getSheet("Findings");
      assertThat(header(findings)).containsExactly("Rule id", "Severity", "Field", "Message");
      assertThat(findings.getLastRowNum()).isPositive();
      assertThat(column(findings, 1)).containsOnly("WARNING");
      assertThat(column(findings, 0)).allMatch(rule -> rule.startsWith("CSAMQ-"));

      XSSFSheet explanations = book.getSheet("Explanations");
      assertThat(explanations.getLastRowNum()).isEqualTo(findings.getLastRowNum());
      XSSFCell explained = explanations.getRow(1).getCell(3);
      assertThat(explained.getCellType()).isEqualTo(CellType.STRING);
      assertThat(explained.getStringCellValue()).isEqualTo(HOSTILE);
      assertThat(explained.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(explanations.getRow(1).getCell(1).getStringCellValue()).startsWith("CSAMQ-");

      XSSFSheet score = book.getSheet("Score");
      assertThat(header(score))
          .containsExactly("Indicator", "Title", "Scored", "Value", "Band", "Points", "Weight");
      List<String> indicators = scored.getList("indicators.code");
      assertThat(column(score, 0)).containsExactlyElementsOf(indicators);
      XSSFRow first = score.getRow(1);
      assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.BOOLEAN);
      assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(5).getNumericCellValue())
          .isEqualTo(scored.getInt("indicators[0].points"));
      assertThat(first.getCell(6).getNumericCellValue())
          .isEqualTo(new BigDecimal(scored.getString("indicators[0].weight")).doubleValue());

      XSSFSheet history = book.getSheet("History");
      assertThat(header(history)).containsExactly("When", "Event", "Version", "By", "Detail");
      assertThat(column(history, 1)).containsExactly("Submitted", "Rejected");
      XSSFRow submitted = history.getRow(1);
      assertThat(DateUtil.isCellDateFormatted(submitted.getCell(0))).isTrue();
      assertThat(submitted.getCell(2).getNumericCellValue()).isEqualTo(1d);
      assertThat(submitted.getCell(4).getStringCellValue()).startsWith("Accession number DCR-");
      XSSFRow rejected = history.getRow(2);
      assertThat(rejected.getCell(3).getStringCellValue()).isEqualTo(ANALYST);
      assertThat(rejected.getCell(4).getStringCellValue())
          .contains("The return leaves out the figures for trusted flaggers.");
    }
  }

  @Test
  void aReturnNeverSubmittedIsItsDraftWithNoScore() throws IOException {
    TestPlatform platform = TestPlatforms.newPlatform();
    Map<String, Object> values = new HashMap<>(ReturnSamples.csamQuarter());
    values.remove("items_removed");
    String filing = started(platform, values);

    Response answer = workbook(platform.officer(), filing);

    answer.then().statusCode(200);
    try (XSSFWorkbook book = read(answer)) {
      assertThat(aboutValue(book.getSheet("About"), "Values of"))
          .isEqualTo("the draft, never submitted");
      XSSFRow blank = rowOf(book.getSheet("Values"), 1, "items_removed");
      assertThat(blank.getCell(3) == null || blank.getCell(3).getCellType() == CellType.BLANK)
          .isTrue();
      assertThat(column(book.getSheet("Findings"), 1)).contains("ERROR");
      assertThat(book.getSheet("Score").getLastRowNum()).as("the header alone").isZero();
      assertThat(column(book.getSheet("History"), 1)).containsExactly("Draft saved");
    }
  }

  @Test
  void anotherPlatformsReturnIsNotFoundAsForTheJsonRead() {
    TestPlatform own = TestPlatforms.newPlatform();
    TestPlatform other = TestPlatforms.newPlatform();
    String filing = SubmittedReturns.csamQ(other);

    workbook(own.officer(), filing).then().statusCode(404).contentType("application/problem+json");
    as(own.officer()).get("/api/v1/filings/" + filing).then().statusCode(404);
    workbook(ANALYST, filing).then().statusCode(200).contentType(Exports.SPREADSHEET);
  }

  @Test
  void aMissingReturnIsNotFound() {
    workbook(ANALYST, "00000000-0000-4000-8000-000000000000")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  private static String submittedWithHostileExplanations(TestPlatform platform) {
    // No report to the NCA of what was detected raises a warning to explain.
    Map<String, Object> unreported =
        ReturnSamples.with(
            ReturnSamples.csamQuarter(),
            "items_removed",
            920,
            "median_hours_to_removal",
            new BigDecimal("10"),
            "reports_to_nca",
            0);
    String filing = started(platform, unreported);
    List<String> warnings =
        as(platform.officer())
            .get("/api/v1/filings/" + filing)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("draft.findings.findAll { it.severity == 'WARNING' }.key");
    assertThat(warnings).as("the warnings to explain").isNotEmpty();
    Map<String, String> explanations = new HashMap<>();
    warnings.forEach(key -> explanations.put(key, HOSTILE));
    as(platform.attestor())
        .contentType(ContentType.JSON)
        .body(
            Map.of("attestation", Map.of("statementAccepted", true), "explanations", explanations))
        .post("/api/v1/filings/" + filing + "/submissions")
        .then()
        .statusCode(201);
    return filing;
  }

  private static String started(TestPlatform platform, Map<String, ?> values) {
    String obligation = platform.obligation("CSAM-Q", SubmittedReturns.currentQuarter());
    return as(platform.officer())
        .contentType(ContentType.JSON)
        .body(Map.of("obligationId", obligation, "values", values))
        .post("/api/v1/filings")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static void reject(String filing) {
    long version =
        as(ANALYST)
            .get("/api/v1/reviews/" + filing)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("version");
    as(ANALYST)
        .contentType(ContentType.JSON)
        .body(Map.of("assignee", ANALYST, "expectedVersion", version))
        .put("/api/v1/reviews/" + filing + "/assignee")
        .then()
        .statusCode(200);
    long assigned =
        as(ANALYST).get("/api/v1/reviews/" + filing).then().extract().jsonPath().getLong("version");
    as(ANALYST)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "outcome",
                "REJECT",
                "reasonCodes",
                List.of("INCOMPLETE"),
                "text",
                "The return leaves out the figures for trusted flaggers.",
                "expectedVersion",
                assigned))
        .post("/api/v1/reviews/" + filing + "/decision")
        .then()
        .statusCode(201);
  }

  private static Response workbook(String user, String filing) {
    return as(user).accept(Exports.SPREADSHEET).get("/api/v1/filings/" + filing);
  }

  private static XSSFWorkbook read(Response answer) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(answer.asByteArray()));
  }

  private static List<String> sheetNames(XSSFWorkbook book) {
    List<String> names = new ArrayList<>();
    book.forEach(sheet -> names.add(sheet.getSheetName()));
    return names;
  }

  private static List<String> header(XSSFSheet sheet) {
    List<String> header = new ArrayList<>();
    sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
    return header;
  }

  private static List<String> column(XSSFSheet sheet, int index) {
    List<String> values = new ArrayList<>();
    for (int i = 1; i <= sheet.getLastRowNum(); i++) {
      values.add(sheet.getRow(i).getCell(index).getStringCellValue());
    }
    return values;
  }

  private static XSSFRow rowOf(XSSFSheet sheet, int column, String key) {
    for (int i = 1; i <= sheet.getLastRowNum(); i++) {
      if (key.equals(sheet.getRow(i).getCell(column).getStringCellValue())) {
        return sheet.getRow(i);
      }
    }
    throw new AssertionError("No row " + key + " in " + sheet.getSheetName());
  }

  private static String aboutValue(XSSFSheet about, String label) {
    for (int i = 1; i <= about.getLastRowNum(); i++) {
      XSSFRow row = about.getRow(i);
      if (row != null && label.equals(row.getCell(0).getStringCellValue())) {
        return row.getCell(1).getStringCellValue();
      }
    }
    throw new AssertionError("No " + label + " on the About sheet");
  }
}
