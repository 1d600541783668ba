package io.carefile.scoring;

import static io.carefile.scoring.ScoreExportTest.file;
import static io.carefile.scoring.ScoreExportTest.group;
import static io.carefile.scoring.ScoreExportTest.header;
import static io.carefile.scoring.ScoreExportTest.workbook;
import static io.carefile.support.SubmittedReturns.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.carefile.export.Exports;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A peer group's benchmark as a spreadsheet (GET /api/v1/benchmarks): one row per measure, as the
 * JSON answers the caller. A group of two platforms, in a quarter of {@link ScoreExportTest#YEAR}
 * no other test files in, is below k (5): a platform user's export says it is withheld and holds no
 * figure, a regulator's holds every measure (more than two rows: written in the background).
 */
@QuarkusTest
class BenchmarkExportTest {

  private static final LocalDate QUARTER = LocalDate.of(ScoreExportTest.YEAR, 10, 1);
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static TestPlatform own;
  private static TestPlatform peer;

  private static synchronized void twoPlatformsFiled() {
    if (own == null) {
      own = TestPlatforms.newPlatform();
      peer = TestPlatforms.newPlatform();
      file(own, QUARTER);
      file(peer, QUARTER);
    }
  }

  @Test
  void aPlatformsExportOfASmallGroupSaysItIsWithheldAndHoldsNoFigure() throws IOException {
    twoPlatformsFiled();

    Response answer = spreadsheet(group(as(own.officer()), QUARTER));

    answer.then().statusCode(200).contentType(Exports.SPREADSHEET);
    try (XSSFWorkbook book = workbook(answer)) {
      XSSFSheet data = book.getSheet("Benchmark");
      assertThat(header(data))
          .containsExactly(
              "Measure",
              "Title",
              "Platforms",
              "Withheld",
              "Withheld because",
              "P5",
              "P25",
              "Median",
              "P75",
              "P95",
              "Lower fence",
              "Upper fence",
              "Outliers",
              "Outlier returns");
      assertThat(data.getPaneInformation().isFreezePane()).isTrue();
      assertThat(data.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:N2");
      assertThat(data.getLastRowNum()).as("the total alone").isEqualTo(1);
      XSSFRow total = data.getRow(1);
      assertThat(total.getCell(0).getStringCellValue()).isEqualTo("total");
      assertThat(total.getCell(3).getCellType()).isEqualTo(CellType.BOOLEAN);
      assertThat(total.getCell(3).getBooleanCellValue()).isTrue();
      assertThat(total.getCell(4).getStringCellValue()).contains("fewer than 5 platforms");
      for (int figure = 5; figure <= 12; figure++) {
        assertThat(empty(total.getCell(figure))).as("no figure of the group").isTrue();
      }
      assertThat(empty(total.getCell(2))).as("not even how many they are").isTrue();
      data.forEach(
          row ->
              row.forEach(cell -> assertThat(cell.toString()).doesNotContain(peer.platformId())));
    }
  }

  @Test
  void aRegulatorsExportHoldsEveryMeasureWithTypedFiguresWrittenInTheBackground() throws Exception {
    twoPlatformsFiled();
    JsonPath json =
        group(as("regulator-analyst"), QUARTER)
            .get("/api/v1/benchmarks")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    int measures = 1 + json.getList("indicators").size();

    Response queued = spreadsheet(group(as("regulator-analyst"), QUARTER));

    queued.then().statusCode(202).body("rowsTotal", equalTo(measures));
    JsonPath done = awaitDone("regulator-analyst", queued.header("Location"));
    Response file =
        as("regulator-analyst").accept(Exports.SPREADSHEET).get(done.getString("download"));
    file.then().statusCode(200).contentType(Exports.SPREADSHEET);
    try (XSSFWorkbook book = workbook(file)) {
      XSSFSheet data = book.getSheet("Benchmark");
      assertThat(data.getLastRowNum()).isEqualTo(measures);
      XSSFRow total = data.getRow(1);
      assertThat(total.getCell(0).getStringCellValue()).isEqualTo("total");
      assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(2d);
      assertThat(total.getCell(3).getBooleanCellValue()).isFalse();
      assertThat(total.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(total.getCell(7).getNumericCellValue())
          .isEqualTo(json.getDouble("total.distribution.median"));
      assertThat(total.getCell(12).getNumericCellValue())
          .isEqualTo(json.getDouble("total.outlierCount"));
      assertThat(data.getRow(2).getCell(0).getStringCellValue())
          .isEqualTo(json.getString("indicators[0].code"));
      assertThat(data.getRow(2).getCell(1).getStringCellValue())
          .isEqualTo(json.getString("indicators[0].title"));
    }
  }

  @Test
  void aGroupTheJsonRefusesIsRefusedTheSameWay() {
    for (String accept : new String[] {Exports.SPREADSHEET, "application/json"}) {
      group(as("regulator-analyst"), QUARTER)
          .queryParam("sizeBand", "enormous")
          .accept(accept)
          .get("/api/v1/benchmarks")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:carefile:problem:unknown-size-band"));
      as("regulator-analyst")
          .queryParam("templateCode", "NO-SUCH")
          .queryParam("periodStart", QUARTER.toString())
          .accept(accept)
          .get("/api/v1/benchmarks")
          .then()
          .statusCode(400)
          .body("type", equalTo("urn:carefile:problem:unknown-template-code"));
    }
  }

  private static boolean empty(XSSFCell cell) {
    return cell == null || cell.getCellType() == CellType.BLANK;
  }

  private static Response spreadsheet(RequestSpecification request) {
    return request.accept(Exports.SPREADSHEET).get("/api/v1/benchmarks");
  }

  private static JsonPath awaitDone(String user, String status) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      JsonPath now = as(user).get(status).then().statusCode(200).extract().jsonPath();
      if (now.getString("state").equals("DONE")) {
        return now;
      }
      assertThat(now.getString("state")).isIn("QUEUED", "RUNNING");
      Thread.sleep(200);
    }
    throw new AssertionError("The export " + status + " was not written");
  }
}
