package io.carefile.filing.spreadsheet;

import static io.carefile.filing.spreadsheet.Workbooks.answerCell;
import static io.carefile.filing.spreadsheet.Workbooks.as;
import static io.carefile.filing.spreadsheet.Workbooks.download;
import static io.carefile.filing.spreadsheet.Workbooks.edited;
import static io.carefile.filing.spreadsheet.Workbooks.fill;
import static io.carefile.filing.spreadsheet.Workbooks.open;
import static io.carefile.filing.spreadsheet.Workbooks.upload;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.carefile.obligation.ReportingPeriod;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.support.Tokens;
import io.carefile.template.PeriodType;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The round trip a platform makes: download its obligation's workbook, fill it in, upload it, and
 * find the draft holding what it typed; a wrong value named by its cell, and the workbook sent back
 * with that cell marked.
 */
@QuarkusTest
class SpreadsheetFilingTest {

  @Test
  void theWorkbookIsTypedProtectedAndCarriesItsObligation() throws IOException {
    TestPlatform platform = TestPlatforms.newPlatform();
    String obligation = Workbooks.csamObligation(platform);

    try (XSSFWorkbook workbook = open(download(platform.officer(), obligation))) {
      assertThat(workbook.getSheetName(0)).isEqualTo("Instructions");
      XSSFSheet detection = workbook.getSheet("Detection");
      assertThat(detection).isNotNull();
      assertThat(workbook.getSheetVisibility(workbook.getSheetIndex("Choices")))
          .isEqualTo(SheetVisibility.VERY_HIDDEN);
      assertThat(workbook.getSheetVisibility(workbook.getSheetIndex("Metadata")))
          .isEqualTo(SheetVisibility.VERY_HIDDEN);
      assertThat(detection.getProtect()).isTrue();
      assertThat(detection.getCTWorksheet().getSheetProtection().getAlgorithmName())
          .isEqualTo("SHA-512");
      assertThat(detection.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
      assertThat(workbook.getSheet("Instructions").getCTWorksheet().getSheetProtection())
          .satisfies(
              first -> {
                assertThat(first.getAlgorithmName()).isEqualTo("SHA-512");
                assertThat(first.getSpinCount()).isEqualTo(100_000);
              });
      assertThat(workbook.isStructureLocked()).isTrue();
      assertThat(workbook.getCTWorkbook().getWorkbookProtection().getWorkbookAlgorithmName())
          .isEqualTo("SHA-512");
      assertThat(
              workbook
                  .getProperties()
                  .getCustomProperties()
                  .getProperty("carefile.obligation-id")
                  .getLpwstr())
          .isEqualTo(obligation);
      assertThat(
              workbook
                  .getProperties()
                  .getCustomProperties()
                  .getProperty("carefile.platform-id")
                  .getLpwstr())
          .isEqualTo(platform.platformId());

      XSSFCell total = (XSSFCell) answerCell(workbook, "items_detected_total");
      assertThat(total.getReference()).isEqualTo("C5");
      assertThat(total.getCellStyle().getLocked()).isFalse();
      DataValidation wholeNumber = validationOf(detection, total);
      assertThat(wholeNumber.getValidationConstraint().getValidationType())
          .isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
      assertThat(wholeNumber.getValidationConstraint().getFormula1()).isEqualTo("0");

      XSSFCell hashMatching = (XSSFCell) answerCell(workbook, "hash_matching_enabled");
      DataValidation yesNo = validationOf((XSSFSheet) hashMatching.getSheet(), hashMatching);
      assertThat(yesNo.getValidationConstraint().getValidationType())
          .isEqualTo(DataValidationConstraint.ValidationType.LIST);
      assertThat(yesNo.getValidationConstraint().getFormula1()).isEqualTo("'Choices'!$A$1:$A$2");
      assertThat(yesNo.getValidationConstraint().getExplicitListValues()).isNull();

      XSSFCell coverage = (XSSFCell) answerCell(workbook, "hash_matching_coverage_percent");
      DataValidation percentage = validationOf((XSSFSheet) coverage.getSheet(), coverage);
      assertThat(percentage.getValidationConstraint().getValidationType())
          .isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
      assertThat(percentage.getValidationConstraint().getFormula2()).isEqualTo("100");
    }
  }

  @Test
  void anUploadedWorkbookStartsTheDraftWithTheValuesTyped() {
    TestPlatform platform = TestPlatforms.newPlatform();
    String obligation = Workbooks.csamObligation(platform);
    Map<String, Object> sample = ReturnSamples.csamQuarter();
    byte[] filled = edited(download(platform.officer(), obligation), book -> fill(book, sample));

    JsonPath answer =
        upload(platform.officer(), obligation, filled).statusCode(200).extract().jsonPath();

    assertThat(answer.getString("filing.draft.source")).isEqualTo("SPREADSHEET");
    assertThat(answer.getList("findings")).isEmpty();
    Map<String, Object> draft =
        as(platform.officer())
            .get("/api/v1/filings/" + answer.getString("filing.id"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("draft.values");
    assertThat(draft.keySet()).isEqualTo(sample.keySet());
    sample.forEach(
        (code, value) -> {
          Object saved = draft.get(code);
          if (value instanceof BigDecimal decimal) {
            assertThat(new BigDecimal(saved.toString())).as(code).isEqualByComparingTo(decimal);
          } else {
            assertThat(saved).as(code).isEqualTo(value);
          }
        });
  }

  @Test
  void theDownloadIsPrefilledWithTheDraftAndAnOlderOneIsStale() throws IOException {
    TestPlatform platform = TestPlatforms.newPlatform();
    String obligation = Workbooks.csamObligation(platform);
    byte[] first = download(platform.officer(), obligation);
    Map<String, Object> values = new HashMap<>(ReturnSamples.csamQuarter());
    values.put("items_detected_total", 1000);
    upload(platform.officer(), obligation, edited(first, book -> fill(book, values)))
        .statusCode(200);

    byte[] prefilled = download(platform.officer(), obligation);
    try (XSSFWorkbook workbook = open(prefilled)) {
      XSSFCell total = (XSSFCell) answerCell(workbook, "items_detected_total");
      assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(total.getNumericCellValue()).isEqualTo(1000.0);
      XSSFCell lists = (XSSFCell) answerCell(workbook, "hash_lists");
      assertThat(lists.getCellType()).isEqualTo(CellType.STRING);
      assertThat(lists.getCellStyle().getQuotePrefixed()).isTrue();
    }

    upload(
            platform.officer(),
            obligation,
            edited(first, book -> answerCell(book, "items_detected_total").setCellValue(7)))
        .statusCode(409)
        .body("type", equalTo("urn:carefile:problem:workbook-stale"));
    upload(
            platform.officer(),
            obligation,
            edited(prefilled, book -> answerCell(book, "items_removed").setCellValue(980)))
        .statusCode(200)
        .body("filing.draft.values.items_removed", equalTo(980))
        .body("filing.draft.values.items_detected_total", equalTo(1000));
  }

  @Test
  void aWrongValueAndAFormulaAreNamedByTheirCellsAndNothingIsSaved() {
    TestPlatform platform = TestPlatforms.newPlatform();
    String obligation = Workbooks.csamObligation(platform);
    byte[] wrong =
        edited(
            download(platform.officer(), obligation),
            book -> {
              fill(book, ReturnSamples.csamQuarter());
              answerCell(book, "items_detected_total").setCellValue("a thousand");
              answerCell(book, "items_removed").setCellFormula("1+1");
            });

    upload(platform.officer(), obligation, wrong)
        .statusCode(400)
        .body("type", equalTo("urn:carefile:problem:invalid-values"))
        .body("findings", hasSize(2))
        .body("findings.ruleId", contains("FIELD-TYPE", "SHEET-FORMULA"))
        .body("findings[0].cells", contains("'Detection'!C5"))
        .body("findings[0].fields", contains("items_detected_total"))
        .body("findings[1].cells", contains("'Removal'!C5"));
    as(platform.officer())
        .queryParam("obligationId", obligation)
        .get("/api/v1/filings")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  @Test
  void theWorkbookComesBackWithItsFaultsMarked() throws IOException {
    TestPlatform platform = TestPlatforms.newPlatform();
    String obligation = Workbooks.csamObligation(platform);
    byte[] wrong =
        edited(
            download(platform.officer(), obligation),
            book -> {
              fill(book, ReturnSamples.csamQuarter());
              answerCell(book, "items_detected_total").setCellValue("a thousand");
            });

    byte[] marked =
        as(platform.officer())
            .multiPart("workbook", "return.xlsx", wrong, Workbooks.XLSX)
            .post("/api/v1/obligations/" + obligation + "/workbook/annotated")
            .then()
            .statusCode(200)
            .contentType(Workbooks.XLSX)
            .extract()
            .asByteArray();

    try (XSSFWorkbook workbook = open(marked)) {
      XSSFCell total = (XSSFCell) answerCell(workbook, "items_detected_total");
      assertThat(total.getStringCellValue()).isEqualTo("a thousand");
      assertThat(total.getCellStyle().getFillForegroundColorColor().getARGBHex())
          .isEqualTo("FFFF0000");
      assertThat(total.getCellComment().getString().getString()).startsWith("FIELD-TYPE: ");
      XSSFCell removed = (XSSFCell) answerCell(workbook, "items_removed");
      assertThat(removed.getCellComment()).isNull();
      XSSFSheet errors = workbook.getSheet("Errors");
      assertThat(errors).isNotNull();
      List<String> linked = List.of(errors.getRow(1).getCell(0).getHyperlink().getAddress());
      assertThat(linked).contains("'Detection'!C5");
      assertThat(errors.getRow(1).getCell(2).getStringCellValue()).isEqualTo("FIELD-TYPE");
    }
    as(platform.officer())
        .queryParam("obligationId", obligation)
        .get("/api/v1/filings")
        .then()
        .body("items", hasSize(0));
  }

  @Test
  void aRuleFindingOfASavedDraftNamesItsCells() {
    TestPlatform platform = TestPlatforms.newPlatform();
    String obligation = Workbooks.csamObligation(platform);
    Map<String, Object> values = new HashMap<>(ReturnSamples.csamQuarter());
    values.put("items_removed", 5000);

    upload(
            platform.officer(),
            obligation,
            edited(download(platform.officer(), obligation), book -> fill(book, values)))
        .statusCode(200)
        .body("findings.cells.flatten()", hasItem("'Removal'!C5"));
  }

  @Test
  void datesAreReadInTheWorkbooksOwnDateSystem() {
    TestPlatform platform = TestPlatforms.newPlatform();
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    String obligation =
        platform.obligation(
            "DOC-ANNUAL", ReportingPeriod.containing(PeriodType.ANNUAL, today).start());
    Map<String, Object> sample = ReturnSamples.dutyOfCareYear();
    byte[] mac1904 =
        edited(
            download(platform.officer(), obligation),
            book -> {
              var workbook = book.getCTWorkbook();
              (workbook.isSetWorkbookPr() ? workbook.getWorkbookPr() : workbook.addNewWorkbookPr())
                  .setDate1904(true);
              fill(book, sample);
            });

    upload(platform.officer(), obligation, mac1904)
        .statusCode(200)
        .body("filing.draft.values.risk_assessment_date", equalTo("2025-09-01"))
        .body("filing.draft.values.childrens_access_assessment_date", equalTo("2025-06-01"));
  }

  @Test
  void anUnknownTemplateVersionHasNoWorkbook() {
    TestPlatform platform = TestPlatforms.newPlatform();
    as(platform.officer())
        .get("/api/v1/templates/CSAM-Q/versions/999/workbook")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:carefile:problem:not-found"));
  }

  @Test
  void aBlankTemplateWorkbookStartsAReturnOfItsVersion() {
    TestPlatform platform = TestPlatforms.newPlatform();
    String obligation = Workbooks.csamObligation(platform);
    int version =
        as(platform.officer())
            .get("/api/v1/obligations/" + obligation)
            .then()
            .extract()
            .path("templateVersion");
    byte[] blank =
        as(platform.officer())
            .get("/api/v1/templates/CSAM-Q/versions/" + version + "/workbook")
            .then()
            .statusCode(200)
            .contentType(Workbooks.XLSX)
            .extract()
            .asByteArray();
    byte[] filled = edited(blank, book -> fill(book, ReturnSamples.csamQuarter()));

    upload(platform.officer(), obligation, filled)
        .statusCode(200)
        .body("filing.obligationId", equalTo(obligation))
        .body("filing.draft.values.items_detected_total", equalTo(1000));
    upload(platform.officer(), obligation, filled)
        .statusCode(409)
        .body("type", equalTo("urn:carefile:problem:workbook-stale"));
  }

  @Test
  void anotherPlatformCanNeitherDownloadNorUploadTheWorkbook() {
    TestPlatform owner = TestPlatforms.newPlatform();
    TestPlatform other = TestPlatforms.newPlatform();
    String obligation = Workbooks.csamObligation(owner);
    byte[] filled =
        edited(
            download(owner.officer(), obligation), book -> fill(book, ReturnSamples.csamQuarter()));

    as(other.officer())
        .get("/api/v1/obligations/" + obligation + "/workbook")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:carefile:problem:not-found"));
    upload(other.officer(), obligation, filled)
        .statusCode(404)
        .body("type", equalTo("urn:carefile:problem:not-found"));
    String own = Workbooks.csamObligation(other);
    upload(other.officer(), own, filled)
        .statusCode(422)
        .body("type", equalTo("urn:carefile:problem:workbook-other-obligation"));
    as(owner.officer())
        .queryParam("obligationId", obligation)
        .get("/api/v1/filings")
        .then()
        .body("items", hasSize(0));
    as(other.officer())
        .queryParam("obligationId", own)
        .get("/api/v1/filings")
        .then()
        .body("items", hasSize(0));
  }

  @Test
  void thePlatformsFilingSystemUploadsAndTheRegulatorOnlyReads() {
    TestPlatform platform = TestPlatforms.newPlatform();
    String obligation = Workbooks.csamObligation(platform);
    byte[] downloaded =
        given()
            .header("Authorization", Tokens.bearer(Tokens.user("regulator-analyst")))
            .get("/api/v1/obligations/" + obligation + "/workbook")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    byte[] filled = edited(downloaded, book -> fill(book, ReturnSamples.csamQuarter()));

    given()
        .header("Authorization", Tokens.bearer(Tokens.user("regulator-analyst")))
        .multiPart("workbook", "return.xlsx", filled, Workbooks.XLSX)
        .post("/api/v1/obligations/" + obligation + "/workbook")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:carefile:problem:forbidden"));
    given()
        .header("Authorization", Tokens.bearer(Tokens.serviceAccount(platform.apiClient())))
        .multiPart("workbook", "return.xlsx", filled, Workbooks.XLSX)
        .post("/api/v1/obligations/" + obligation + "/workbook")
        .then()
        .statusCode(200)
        .body("filing.draft.source", equalTo("SPREADSHEET"));
  }

  private static DataValidation validationOf(XSSFSheet sheet, XSSFCell cell) {
    return sheet.getDataValidations().stream()
        .filter(
            validation ->
                validation
                    .getRegions()
                    .getCellRangeAddresses()[0]
                    .isInRange(cell.getRowIndex(), cell.getColumnIndex()))
        .findFirst()
        .orElseThrow();
  }
}
