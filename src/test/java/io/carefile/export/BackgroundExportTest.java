package io.carefile.export;

import static io.carefile.export.SpreadsheetExportTest.column;
import static io.carefile.export.SpreadsheetExportTest.spreadsheet;
import static io.carefile.export.SpreadsheetExportTest.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.carefile.common.jobs.RecurringJob;
import io.carefile.common.tenancy.SystemWork;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestClock;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.arc.All;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An export above {@code carefile.export.background-above} rows (two, in tests) is a background
 * job: 202 with its status, progress to DONE, then the download; only its requester reaches it, and
 * its file is deleted once it expires.
 */
@QuarkusTest
class BackgroundExportTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Inject TestClock clock;
  @Inject @All List<RecurringJob> recurringJobs;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void aLargeExportRunsInTheBackgroundAndIsDownloadedWithTheRequestersRowsAlone() throws Exception {
    TestPlatform platform = platformWithThreeObligations();
    platformWithThreeObligations();

    Response queued = spreadsheet(SubmittedReturns.as(platform.officer()), "/api/v1/obligations");

    queued
        .then()
        .statusCode(202)
        .contentType("application/json")
        .body("state", equalTo("QUEUED"))
        .body("rowsTotal", equalTo(3))
        .body("rowsDone", equalTo(0));
    String status = queued.header("Location");
    assertThat(status).contains("/api/v1/exports/" + queued.path("id"));
    JsonPath done = awaitDone(platform.officer(), status);
    assertThat(done.getInt("rowsDone")).isEqualTo(3);
    assertThat(done.getInt("rowsTotal")).isEqualTo(3);
    assertThat(status + "/file").endsWith(done.getString("download"));

    Response file =
        SubmittedReturns.as(platform.officer())
            .accept(Exports.SPREADSHEET)
            .get(done.getString("download"));
    file.then().statusCode(200).contentType(Exports.SPREADSHEET);
    try (XSSFWorkbook book = workbook(file)) {
      assertThat(column(book.getSheet("Obligations"), 1))
          .as("the job ran in the requester's scope, not the job's own")
          .hasSize(3)
          .containsOnly(platform.platformId());
      assertThat(book.getSheetAt(0).getRow(3).getCell(1).getNumericCellValue()).isEqualTo(3d);
    }
  }

  @Test
  void nobodyButTheRequesterReachesABackgroundExport() throws Exception {
    TestPlatform platform = platformWithThreeObligations();
    TestPlatform other = TestPlatforms.newPlatform();
    String status =
        spreadsheet(SubmittedReturns.as(platform.officer()), "/api/v1/obligations")
            .then()
            .statusCode(202)
            .extract()
            .header("Location");
    awaitDone(platform.officer(), status);

    for (String stranger :
        List.of(other.officer(), platform.attestor(), "regulator-analyst", "regulator-admin")) {
      SubmittedReturns.as(stranger)
          .get(status)
          .then()
          .statusCode(404)
          .body("type", equalTo("urn:carefile:problem:not-found"));
      SubmittedReturns.as(stranger)
          .accept(Exports.SPREADSHEET)
          .get(status + "/file")
          .then()
          .statusCode(404);
    }
    SubmittedReturns.as(platform.officer()).get(status).then().statusCode(200);
  }

  @Test
  void aRegulatorsBackgroundExportIsTheirsAlone() throws Exception {
    TestPlatform platform = platformWithThreeObligations();
    String status =
        spreadsheet(
                SubmittedReturns.as("regulator-analyst")
                    .queryParam("platformId", platform.platformId()),
                "/api/v1/obligations")
            .then()
            .statusCode(202)
            .extract()
            .header("Location");

    awaitDone("regulator-analyst", status);

    SubmittedReturns.as("regulator-admin").get(status).then().statusCode(404);
    SubmittedReturns.as(platform.officer()).get(status).then().statusCode(404);
  }

  @Test
  void anExpiredExportsFileIsDeletedAndNoLongerServed() throws Exception {
    TestPlatform platform = platformWithThreeObligations();
    String status =
        spreadsheet(SubmittedReturns.as(platform.officer()), "/api/v1/obligations")
            .then()
            .statusCode(202)
            .extract()
            .header("Location");
    awaitDone(platform.officer(), status);

    clock.set(Instant.now().plus(Duration.ofHours(24)).plusSeconds(60));
    SubmittedReturns.as(platform.officer())
        .accept(Exports.SPREADSHEET)
        .get(status + "/file")
        .then()
        .statusCode(410)
        .body("type", equalTo("urn:carefile:problem:export-expired"));
    RecurringJob expiry =
        recurringJobs.stream()
            .filter(job -> job.name().equals("export-expiry"))
            .findFirst()
            .orElseThrow();
    SystemWork.run(expiry::run);

    SubmittedReturns.as(platform.officer())
        .get(status)
        .then()
        .statusCode(200)
        .body("state", equalTo("EXPIRED"))
        .body("download", equalTo(null));
    SubmittedReturns.as(platform.officer())
        .accept(Exports.SPREADSHEET)
        .get(status + "/file")
        .then()
        .statusCode(410)
        .body("type", equalTo("urn:carefile:problem:export-expired"));
  }

  private static TestPlatform platformWithThreeObligations() {
    TestPlatform platform = TestPlatforms.newPlatform();
    LocalDate quarter = SubmittedReturns.currentQuarter();
    platform.obligation("CSAM-Q", quarter);
    platform.obligation("CSAM-Q", quarter.minusMonths(3));
    platform.obligation("CSAM-Q", quarter.minusMonths(6));
    return platform;
  }

  /** The export's status once DONE, polled as a client would; fails if it never gets there. */
  private static JsonPath awaitDone(String user, String status) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      JsonPath now =
          SubmittedReturns.as(user).get(status).then().statusCode(200).extract().jsonPath();
      if (now.getString("state").equals("DONE")) {
        return now;
      }
      assertThat(now.getString("state")).isIn("QUEUED", "RUNNING");
      Thread.sleep(200);
    }
    throw new AssertionError("The export " + status + " was not written");
  }
}
