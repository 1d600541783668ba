package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * "Download as spreadsheet" on the portal's lists: a small list downloads at once; a large one
 * (more than two rows, in tests) goes to its export's page, whose progress bar moves to done
 * without the page reloading, and then offers the download.
 */
@QuarkusTest
class ExportPagesBrowserTest extends PortalBrowser {

  @Test
  void aSmallListDownloadsAtOnce() throws IOException {
    TestPlatform platform = TestPlatforms.newPlatform();
    String obligation = platform.obligation("CSAM-Q", SubmittedReturns.currentQuarter());
    signIn(platform.officer(), "/portal/platform");
    page.navigate(url("/portal/obligations"));

    Download download = page.waitForDownload(() -> page.locator("#download-spreadsheet").click());

    assertThat(download.suggestedFilename()).startsWith("obligations-").endsWith(".xlsx");
    assertThat(obligationIds(download)).containsExactly(obligation);
  }

  @Test
  void aLargeListIsWrittenInTheBackgroundWithItsProgressShownThenDownloaded() throws IOException {
    TestPlatform platform = TestPlatforms.newPlatform();
    LocalDate quarter = SubmittedReturns.currentQuarter();
    List<String> obligations =
        List.of(
            platform.obligation("CSAM-Q", quarter),
            platform.obligation("CSAM-Q", quarter.minusMonths(3)),
            platform.obligation("CSAM-Q", quarter.minusMonths(6)));
    signIn(platform.officer(), "/portal/platform");
    page.navigate(url("/portal/obligations"));

    page.locator("#download-spreadsheet").click();
    page.waitForURL(url -> url.contains("/portal/exports/"));
    assertThat(page.locator("h1")).hasText("Obligations");
    assertThat(page.locator("#export-progress-bar")).isVisible();
    page.evaluate("window.carefileNotReloaded = true");
    screenshot("export-progress");

    assertThat(page.locator("#export-download")).isVisible();
    assertThat(page.locator("#export-progress-bar")).hasAttribute("aria-valuenow", "100");
    assertThat(page.evaluate("window.carefileNotReloaded === true")).isEqualTo(true);
    screenshot("export-ready");
    Download download = page.waitForDownload(() -> page.locator("#export-download").click());

    assertThat(obligationIds(download)).containsExactlyInAnyOrderElementsOf(obligations);
  }

  @Test
  void aPlatformDownloadsItsReturns() throws IOException {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = SubmittedReturns.csamQ(platform);
    signIn(platform.officer(), "/portal/platform");
    page.navigate(url("/portal/returns"));

    Download download = page.waitForDownload(() -> page.locator("#download-spreadsheet").click());

    assertThat(firstColumn(download, "Filings register")).containsExactly(filing);
  }

  @Test
  void aPlatformDownloadsOneReturnInFullFromItsPage() throws IOException {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = SubmittedReturns.csamQ(platform);
    signIn(platform.officer(), "/portal/platform");
    page.navigate(url("/portal/filings/" + filing));

    Download download =
        page.waitForDownload(() -> page.locator("#download-return-spreadsheet").click());

    assertThat(download.suggestedFilename()).startsWith("filing-" + filing).endsWith(".xlsx");
    try (InputStream in = Files.newInputStream(download.path());
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      List<String> about = new ArrayList<>();
      book.getSheet("About").forEach(row -> about.add(row.getCell(0).getStringCellValue()));
      assertThat(about).contains("Filing id", "Rows in Values", "Values of");
      assertThat(book.getSheet("Values").getLastRowNum()).isPositive();
      assertThat(book.getSheet("History").getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("Submitted");
    }
  }

  @Test
  void anOfficerDownloadsTheCasesTheListIsFilteredTo() throws IOException {
    TestPlatform platform = TestPlatforms.newPlatform();
    String opened =
        SubmittedReturns.as("regulator-enforcement")
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "platformId",
                    platform.platformId(),
                    "grounds",
                    List.of(Map.of("kind", "OFFICER_DECISION", "finding", "Systemic failings")),
                    "reason",
                    "Opened for a test"))
            .post("/api/v1/enforcement-cases")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    signIn("regulator-enforcement", "/portal/regulator");
    page.navigate(url("/portal/enforcement-cases?platformId=" + platform.platformId()));

    Download download = page.waitForDownload(() -> page.locator("#download-spreadsheet").click());

    try (InputStream in = Files.newInputStream(download.path());
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      XSSFSheet data = book.getSheet("Enforcement cases");
      assertThat(data.getLastRowNum()).isEqualTo(1);
      assertThat(data.getRow(1).getCell(1).getStringCellValue()).isEqualTo(opened);
    }
  }

  @Test
  void anAnalystDownloadsTheHeatMapsScores() throws IOException {
    // A period no other test files in: this platform is the whole group.
    LocalDate quarter = LocalDate.of(2794, 1, 1);
    TestPlatform platform = TestPlatforms.newPlatform();
    SubmittedReturns.csamQ(platform, quarter, ReturnSamples.csamQuarter());
    signIn("regulator-analyst", "/portal/regulator");
    page.navigate(url("/portal/benchmarks/indicators?templateCode=CSAM-Q&periodStart=" + quarter));

    Download download = page.waitForDownload(() -> page.locator("#download-spreadsheet").click());

    assertThat(download.suggestedFilename()).startsWith("scores-").endsWith(".xlsx");
    assertThat(firstColumn(download, "Scores")).containsExactly(platform.platformId());
  }

  @Test
  void aPlatformDownloadsItsBenchmarkWithheldBelowK() throws IOException {
    LocalDate quarter = LocalDate.of(2794, 4, 1);
    TestPlatform platform = TestPlatforms.newPlatform();
    SubmittedReturns.csamQ(platform, quarter, ReturnSamples.csamQuarter());
    signIn(platform.officer(), "/portal/platform");
    page.navigate(url("/portal/benchmarks?templateCode=CSAM-Q&periodStart=" + quarter));

    Download download = page.waitForDownload(() -> page.locator("#download-spreadsheet").click());

    assertThat(download.suggestedFilename()).startsWith("benchmark-");
    assertThat(firstColumn(download, "Benchmark")).as("the total alone").containsExactly("total");

    // A period the page would refuse downloads nothing: the page shows why.
    page.navigate(
        url(
            "/portal/benchmarks/spreadsheet?templateCode=CSAM-Q&periodStart="
                + quarter.plusMonths(1)));

    assertThat(page.url()).contains("/portal/benchmarks?");
    assertThat(page.locator("#error-summary")).isVisible();
  }

  private static List<String> obligationIds(Download download) throws IOException {
    return firstColumn(download, "Obligations");
  }

  private static List<String> firstColumn(Download download, String sheet) throws IOException {
    try (InputStream in = Files.newInputStream(download.path());
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      XSSFSheet data = book.getSheet(sheet);
      List<String> ids = new ArrayList<>();
      for (int i = 1; i <= data.getLastRowNum(); i++) {
        ids.add(data.getRow(i).getCell(0).getStringCellValue());
      }
      return ids;
    }
  }
}
