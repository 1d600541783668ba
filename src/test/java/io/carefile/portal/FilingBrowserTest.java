package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import io.carefile.support.Tokens;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Filing a return in the portal: starting it from the obligations page, answering section by
 * section with errors shown as GOV.UK asks, checking and submitting it as the attestor, the
 * receipt, and an amendment compared with the original.
 */
@QuarkusTest
class FilingBrowserTest extends PortalBrowser {

  private LocalDate quarterStart;
  private String period;

  @BeforeEach
  void generateAQuarter() {
    Quarter quarter = newCsamQuarter();
    quarterStart = quarter.start();
    period = quarter.period();
  }

  @Test
  void attestorFilesAReturnSectionBySectionThenAmendsIt() throws Exception {
    signIn("northwind-attestor", "/portal/platform");
    openThisQuartersObligation().locator("button:has-text('Start return')").click();
    page.waitForURL(Pattern.compile(".*/portal/filings/[0-9a-f-]{36}/sections/detection"));
    assertThat(page.locator("h1")).hasText("Detection");
    assertThat(page.locator(".govuk-caption-l"))
        .hasText("Child sexual abuse material – quarterly return – section 1 of 6");

    // Text where a whole number belongs: nothing is saved, and the summary leads to the field.
    page.locator("#items_detected_total").fill("abc");
    page.locator("#save").click();
    Locator typeError = page.locator("#error-summary a[href='#items_detected_total']");
    assertThat(typeError).hasText("‘Items of CSAM detected’ must be a whole number, like 250");
    assertThat(page.locator("#items_detected_total")).hasValue("abc");
    assertThat(page.locator("#items_detected_total-error")).containsText("must be a whole number");
    typeError.click();
    assertThat(page.locator("#items_detected_total")).isFocused();
    assertThat(page.evaluate("document.activeElement.id")).isEqualTo("items_detected_total");
    screenshot("filing-section-type-error");

    Map<String, Object> sample = ReturnSamples.csamQuarter();
    fillThisPage(sample);
    page.locator("#items_detected_total").fill("1,000");
    page.locator("#save-and-continue").click();
    page.waitForURL(Pattern.compile(".*/sections/removal"));

    // More removed than detected breaks rule CSAMQ-R001, shown against the field on this page.
    fillThisPage(ReturnSamples.with(sample, "items_removed", 2000));
    page.locator("#save").click();
    page.waitForURL(Pattern.compile(".*/sections/removal"));
    Locator ruleError = page.locator("#error-summary a[href='#items_removed']");
    assertThat(ruleError).containsText("Items removed cannot be more than items detected");
    assertThat(page.locator("#items_removed-error"))
        .containsText("Items removed cannot be more than items detected");
    assertThat(page.locator("#items_removed")).hasValue("2000");
    ruleError.click();
    assertThat(page.locator("#items_removed")).isFocused();

    page.locator("#items_removed").fill("990");
    page.locator("#save-and-continue").click();
    for (String section : List.of("reporting", "technology", "user_reports", "resources")) {
      page.waitForURL(Pattern.compile(".*/sections/" + section));
      assertThat(page.locator("#error-summary")).hasCount(0);
      fillThisPage(sample);
      page.locator("#save-and-continue").click();
    }

    page.waitForURL(Pattern.compile(".*/submit"));
    assertThat(page.locator("h1")).hasText("Check your answers before submitting your return");
    assertThat(page.locator("#blocking-errors")).hasCount(0);
    assertThat(page.locator("#answers-detection")).containsText("1,000 items");
    assertThat(page.locator("#answers-removal")).containsText("2.5 hours");
    assertThat(page.locator("#answers-technology")).containsText("98.5%");
    assertThat(page.locator("#answers-technology"))
        .containsText("Internet Watch Foundation hash list");
    assertThat(page.locator("#statement")).containsText("true, accurate and complete");

    page.locator("#submit-return").click();
    Locator agreement = page.locator("#error-summary a[href='#agreed']");
    assertThat(agreement).hasText("Confirm that you agree to the statement");
    agreement.click();
    assertThat(page.locator("#agreed")).isFocused();

    page.locator("#agreed").check();
    page.locator("#submit-return").click();
    page.waitForURL(Pattern.compile(".*/versions/1"));
    assertThat(page.locator(".govuk-panel__title")).hasText("Return submitted");
    assertThat(page.locator("#accession-number")).hasText(Pattern.compile("DCR-\\d{4}-\\d{6}-01"));
    assertThat(page.locator("#submitted-at"))
        .hasText(Pattern.compile("\\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{2}:\\d{2}"));
    assertThat(page.locator("#attested-by")).hasText("Tom Hargreaves");
    assertThat(page.locator("#filed-reporting")).containsText("950 reports");
    screenshot("filing-receipt");

    String sha256 = page.locator("#sha256").textContent();
    String receiptPath = page.locator("#receipt-download").getAttribute("href");
    APIResponse download = page.request().get(url(receiptPath));
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.headers().get("content-type")).startsWith("application/json");
    assertThat(download.headers().get("content-disposition")).startsWith("attachment;");
    JsonNode receipt = new ObjectMapper().readTree(download.body());
    assertThat(receipt.get("sha256").asText()).isEqualTo(sha256);
    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest(receipt.get("canonicalPayload").asText().getBytes(StandardCharsets.UTF_8));
    assertThat(HexFormat.of().formatHex(digest)).isEqualTo(sha256);

    // An amendment that makes no report to the NCA: submitted only with the warning explained.
    page.locator(".govuk-back-link").click();
    page.locator("#start-amendment").click();
    assertThat(page.locator("#amendment-open")).isVisible();
    page.locator("#sections a:has-text('Reports to authorities')").click();
    assertThat(page.locator("#reports_to_nca")).hasValue("950");
    page.locator("#reports_to_nca").fill("0");
    page.locator("#save").click();
    assertThat(page.locator(".govuk-warning-text"))
        .containsText("made no reports to the National Crime Agency");
    page.locator(".govuk-back-link").click();
    page.locator("#check-and-submit").click();

    String explanation = "#explanation-CSAMQ-W001";
    page.locator("#agreed").check();
    page.locator("#submit-return").click();
    Locator unexplained = page.locator("#error-summary a[href='" + explanation + "']");
    assertThat(unexplained)
        .hasText("Explain the warning about ‘Reports made to the National Crime Agency’");
    unexplained.click();
    assertThat(page.locator(explanation)).isFocused();
    page.locator(explanation)
        .fill("Every item was reported to NCMEC, which shares them with the NCA.");
    page.locator("#agreed").check();
    page.locator("#submit-return").click();
    page.waitForURL(Pattern.compile(".*/versions/2"));
    assertThat(page.locator("#accession-number")).hasText(Pattern.compile("DCR-\\d{4}-\\d{6}-02"));
    assertThat(page.locator("#explanations")).containsText("shares them with the NCA");

    page.locator(".govuk-back-link").click();
    assertThat(page.locator("#versions tbody tr")).hasCount(2);
    assertThat(page.locator("#start-amendment")).isVisible();
    page.locator("#version-2 a.compare").click();
    page.waitForURL(Pattern.compile(".*/diff\\?from=1&to=2"));
    assertThat(page.locator("#changes tbody tr")).hasCount(1);
    Locator change = page.locator("#changes tbody tr").first();
    assertThat(change.locator("th")).hasText("Reports made to the National Crime Agency");
    assertThat(change.locator("td").nth(0)).hasText("950 reports");
    assertThat(change.locator("td").nth(1)).hasText("0 reports");
    screenshot("filing-diff");

    openThisQuartersObligation();
    assertThat(obligationRow().locator("a:has-text('View return')")).isVisible();
  }

  @Test
  void complianceOfficerPreparesAReturnButOnlyAnAttestorMaySubmitIt() {
    String filingId = startNorthwindReturn();

    signIn("northwind-officer", "/portal/platform");
    openThisQuartersObligation().locator("a:has-text('Continue return')").click();
    assertThat(page.locator("#sections .govuk-task-list__status")).hasCount(6);
    assertThat(page.locator("#sections .govuk-task-list__status").first()).hasText("Completed");
    assertThat(page.locator("#findings-summary")).hasText("No problems found so far.");
    screenshot("filing-overview");

    // A colleague saves the draft while the officer has a section open: nothing is overwritten
    // unseen, and saving again, knowingly, works.
    page.locator("#sections a:has-text('Resources')").click();
    given()
        .header("Authorization", Tokens.bearer(Tokens.user("northwind-attestor")))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "values",
                Map.of("appeals_upheld", 4),
                "expectedVersion",
                Long.parseLong(page.locator("[name=expectedVersion]").inputValue())))
        .patch("/api/v1/filings/" + filingId + "/draft")
        .then()
        .statusCode(200);
    page.locator("#moderation_staff_fte").fill("13");
    page.locator("#save").click();
    assertThat(page.locator("#error-summary")).containsText("Someone else saved this return");
    assertThat(page.locator("#moderation_staff_fte")).hasValue("13");
    page.locator("#save-and-continue").click();
    page.waitForURL(Pattern.compile(".*/submit"));

    assertThat(page.locator("#answers-resources")).containsText("13 FTE");
    assertThat(page.locator("#answers-user_reports")).containsText("4 appeals");
    assertThat(page.locator("#attestor-needed")).containsText("Only an attestor");
    assertThat(page.locator("#submit-return")).hasCount(0);
    assertThat(page.locator("#agreed")).hasCount(0);
  }

  @Test
  void regulatorStaffSeeASubmittedReturnButCannotChangeIt() {
    String filingId = startNorthwindReturn();
    given()
        .header("Authorization", Tokens.bearer(Tokens.user("northwind-attestor")))
        .contentType(ContentType.JSON)
        .body(Map.of("attestation", Map.of("statementAccepted", true)))
        .post("/api/v1/filings/" + filingId + "/submissions")
        .then()
        .statusCode(201);

    signIn("regulator-analyst", "/portal/regulator");
    page.navigate(url("/portal/filings/" + filingId));
    assertThat(page.locator("h1")).hasText("Child sexual abuse material – quarterly return");
    assertThat(page.locator("#filing-status")).hasText("Submitted");
    assertThat(page.locator("#versions tbody tr")).hasCount(1);
    assertThat(page.locator("#start-amendment")).hasCount(0);
    page.locator("#version-1 a:has-text('View receipt')").click();
    assertThat(page.locator("#accession-number")).hasText(Pattern.compile("DCR-\\d{4}-\\d{6}-01"));

    page.navigate(url("/portal/filings/" + filingId + "/sections/detection"));
    assertThat(page.locator("h1")).hasText("You cannot view this page");
  }

  /** Starts this quarter's Northwind return through the API, with a complete, valid draft. */
  private String startNorthwindReturn() {
    return given()
        .header("Authorization", Tokens.bearer(Tokens.user("northwind-officer")))
        .contentType(ContentType.JSON)
        .body(Map.of("obligationId", northwindObligation(), "values", ReturnSamples.csamQuarter()))
        .post("/api/v1/filings")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** Opens the obligations page on this test's quarter; answers its row. */
  private Locator openThisQuartersObligation() {
    page.navigate(
        url(
            "/portal/obligations?from="
                + quarterStart
                + "&to="
                + quarterStart.plusMonths(3).minusDays(1)));
    assertThat(obligationRow()).hasCount(1);
    return obligationRow();
  }

  private Locator obligationRow() {
    return page.locator("#obligations tbody tr:has-text('" + period + "')");
  }

  /** Answers every question on the current section page with the sample's value. */
  private void fillThisPage(Map<String, Object> values) {
    values.forEach(
        (code, value) -> {
          Locator inputs = page.locator("[name='" + code + "']");
          if (inputs.count() == 0) {
            return;
          }
          switch (value) {
            case Boolean yes -> page.locator("#" + code + (yes ? "" : "-2")).check();
            case List<?> choices ->
                choices.forEach(
                    choice ->
                        page.locator("[name='" + code + "'][value='" + choice + "']").check());
            default -> inputs.fill(value.toString());
          }
        });
  }

  private String northwindObligation() {
    return given()
        .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
        .queryParam("platformId", Tokens.NORTHWIND_ID)
        .queryParam("templateCode", "CSAM-Q")
        .queryParam("from", quarterStart.toString())
        .queryParam("to", quarterStart.plusMonths(2).toString())
        .get("/api/v1/obligations")
        .then()
        .statusCode(200)
        .extract()
        .path("items[0].id");
  }
}
