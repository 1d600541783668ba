package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.microsoft.playwright.Locator;
import io.carefile.support.Tokens;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When the regulator waives an obligation while its page is open, starting or submitting its return
 * says in plain words that there is nothing to file, instead of an error page or a message about
 * someone else's change.
 */
@QuarkusTest
class WaivedObligationBrowserTest extends PortalBrowser {

  private LocalDate quarterStart;
  private String period;

  @BeforeEach
  void generateAQuarter() {
    Quarter quarter = newCsamQuarter();
    quarterStart = quarter.start();
    period = quarter.period();
  }

  @Test
  void startingAReturnForAnObligationWaivedMeanwhileSaysThereIsNothingToFile() {
    signIn("northwind-officer", "/portal/platform");
    openThisQuartersObligations();
    var start = obligationRow().locator("button:has-text('Start return')");
    assertThat(start).isVisible();

    waive(northwindObligation());
    start.click();

    assertThat(page.locator("h1")).hasText("There is nothing to file for this obligation");
    assertThat(page.locator("#obligation-waived"))
        .hasText(
            "The regulator has waived this obligation, so a return cannot be started for it."
                + " Nothing was filed.");
    page.locator("a:has-text('Back to your obligations')").click();
    page.waitForURL(url("/portal/obligations"));
    openThisQuartersObligations();
    assertThat(obligationRow().locator(".govuk-tag")).hasText("Waived");
    assertThat(obligationRow().locator("button:has-text('Start return')")).hasCount(0);
    screenshot("obligation-waived-start");
  }

  @Test
  void submittingAReturnWhoseObligationWasWaivedSaysNothingWasFiled() {
    signIn("northwind-attestor", "/portal/platform");
    openThisQuartersObligations();
    obligationRow().locator("button:has-text('Start return')").click();
    page.waitForURL(Pattern.compile(".*/portal/filings/[0-9a-f-]{36}/sections/detection"));
    String filing = page.url().replaceAll(".*/portal/filings/([0-9a-f-]{36})/.*", "$1");
    saveDraft(filing, ReturnSamples.csamQuarter());

    page.navigate(url("/portal/filings/" + filing + "/submit"));
    assertThat(page.locator("#blocking-errors")).hasCount(0);
    waive(northwindObligation());
    page.locator("#agreed").check();
    page.locator("#submit-return").click();

    assertThat(page.locator("#error-summary"))
        .containsText(
            "The regulator has waived this obligation, so this return cannot be submitted."
                + " Nothing was filed.");
    assertThat(page.locator("#error-summary")).not().containsText("Someone changed");
    assertThat(page).hasTitle(Pattern.compile("^Error: .*"));
    screenshot("obligation-waived-submit");
  }

  /**
   * The calendar narrowed to this test's quarter, which other tests' obligations cannot crowd out.
   */
  private void openThisQuartersObligations() {
    page.navigate(
        url(
            "/portal/obligations?from="
                + quarterStart
                + "&to="
                + quarterStart.plusMonths(3).minusDays(1)));
  }

  private Locator obligationRow() {
    return page.locator("#obligations tbody tr:has-text('" + period + "')");
  }

  private void saveDraft(String filing, Map<String, Object> values) {
    long version =
        given()
            .header("Authorization", Tokens.bearer(Tokens.user("northwind-attestor")))
            .get("/api/v1/filings/{id}", filing)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("version");
    given()
        .header("Authorization", Tokens.bearer(Tokens.user("northwind-attestor")))
        .contentType(ContentType.JSON)
        .body(Map.of("values", values, "expectedVersion", version))
        .patch("/api/v1/filings/{id}/draft", filing)
        .then()
        .statusCode(200);
  }

  private void waive(String obligation) {
    long version =
        given()
            .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
            .get("/api/v1/obligations/{id}", obligation)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("version");
    given()
        .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "reason",
                "The service closed before the quarter began",
                "expectedVersion",
                version))
        .post("/api/v1/obligations/{id}/waiver", obligation)
        .then()
        .statusCode(200);
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
