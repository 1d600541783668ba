package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.FilePayload;
import io.carefile.filing.spreadsheet.Workbooks;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The return's page offers its workbook: downloaded prefilled, uploaded back with a wrong cell
 * (listed by its cell, nothing saved), sent back marked, and uploaded corrected.
 */
@QuarkusTest
class SpreadsheetUploadBrowserTest extends PortalBrowser {

  @Test
  void aPlatformFillsInTheReturnAsAWorkbook() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    String obligation = Workbooks.csamObligation(platform);
    String filing =
        Workbooks.as(platform.officer())
            .contentType(ContentType.JSON)
            .body(Map.of("obligationId", obligation, "values", Map.of()))
            .post("/api/v1/filings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    signIn(platform.officer(), "/portal/platform");
    page.navigate(url("/portal/filings/" + filing));
    assertThat(page.locator("#workbook-heading")).hasText("Fill in a spreadsheet instead");

    byte[] downloaded =
        page.request().get(url(page.locator("#workbook-download").getAttribute("href"))).body();
    byte[] wrong =
        Workbooks.edited(
            downloaded,
            book -> {
              Workbooks.fill(book, ReturnSamples.csamQuarter());
              Workbooks.answerCell(book, "items_detected_total").setCellValue("a thousand");
            });
    page.locator("#workbook").setInputFiles(new FilePayload("return.xlsx", Workbooks.XLSX, wrong));
    page.locator("#workbook-upload").click();
    assertThat(page.locator("h1")).hasText("Upload a workbook");
    assertThat(page.locator("#error-summary a[href='#workbook']"))
        .containsText("1 cell cannot be read as its answer");
    assertThat(page.locator("#workbook-error")).containsText("nothing was saved");
    assertThat(page.locator("#cell-findings tbody tr")).hasCount(1);
    assertThat(page.locator("#cell-findings tbody tr").first()).containsText("'Detection'!C5");
    assertThat(page.locator("#cell-findings tbody tr").first())
        .containsText("‘Items of CSAM detected’ must be a whole number");
    page.locator("#error-summary a[href='#workbook']").click();
    assertThat(page.locator("#workbook")).isFocused();
    screenshot("workbook-upload-cell-error");

    page.locator("#workbook").setInputFiles(new FilePayload("return.xlsx", Workbooks.XLSX, wrong));
    Download marked = page.waitForDownload(() -> page.locator("#workbook-check").click());
    try (XSSFWorkbook workbook = Workbooks.open(Files.readAllBytes(marked.path()))) {
      XSSFCell total = (XSSFCell) Workbooks.answerCell(workbook, "items_detected_total");
      assertThat(total.getCellStyle().getFillForegroundColorColor().getARGBHex())
          .isEqualTo("FFFF0000");
      assertThat(total.getCellComment()).isNotNull();
      assertThat(workbook.getSheet("Errors")).isNotNull();
    }

    byte[] corrected =
        Workbooks.edited(downloaded, book -> Workbooks.fill(book, ReturnSamples.csamQuarter()));
    page.locator("#workbook")
        .setInputFiles(new FilePayload("return.xlsx", Workbooks.XLSX, corrected));
    page.locator("#workbook-upload").click();
    assertThat(page.locator("h1")).hasText("Workbook uploaded");
    assertThat(page.locator("#done")).containsText("saved as the return's draft");
    assertThat(page.locator("#no-findings")).isVisible();
    screenshot("workbook-uploaded");

    Workbooks.as(platform.officer())
        .get("/api/v1/filings/" + filing)
        .then()
        .statusCode(200)
        .body("draft.source", equalTo("SPREADSHEET"))
        .body("draft.values.items_detected_total", equalTo(1000));
  }
}
