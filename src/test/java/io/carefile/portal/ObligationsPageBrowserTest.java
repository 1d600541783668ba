package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import io.carefile.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The obligations calendar in the portal: own obligations for platforms, all for regulators. */
@QuarkusTest
class ObligationsPageBrowserTest extends PortalBrowser {

  @BeforeEach
  void generateAQuarter() {
    given()
        .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
        .contentType("application/json")
        .body("{\"templateCode\": \"CSAM-Q\", \"periodStart\": \"2033-01-01\"}")
        .post("/api/v1/obligations/generation")
        .then()
        .statusCode(200);
  }

  @Test
  void platformOfficerSeesTheirObligationsWithStatusAndDueDate() {
    signIn("northwind-officer", "/portal/platform");
    page.locator("nav a:has-text('Obligations')").click();
    page.waitForURL(url("/portal/obligations"));

    var row = page.locator("#obligations tbody tr:has-text('1 January 2033 to 31 March 2033')");
    assertThat(row).hasCount(1);
    assertThat(row.locator(".govuk-tag")).hasText("Open");
    assertThat(row.locator(".govuk-tag")).hasClass("govuk-tag govuk-tag--blue");
    assertThat(page.locator("#obligations thead")).not().containsText("Platform");
    assertThat(page.locator("nav [aria-current=page]")).hasText("Obligations");
    screenshot("platform-obligations");
  }

  @Test
  void regulatorSeesEveryPlatformsObligationsAndFiltersByStatus() {
    signIn("regulator-analyst", "/portal/regulator");
    // Every other test's platform has this quarter too, so the demo platforms' rows may be on any
    // page of it: count them on all its pages.
    String openInQuarter = "/portal/obligations?status=OPEN&from=2033-01-01&to=2033-03-31";
    int northwind = 0;
    int brightsearch = 0;
    for (int number = 1; ; number++) {
      page.navigate(url(openInQuarter + "&page=" + number));
      var quarter =
          page.locator("#obligations tbody tr:has-text('1 January 2033 to 31 March 2033')");
      if (quarter.count() == 0) {
        break;
      }
      northwind +=
          quarter
              .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Northwind"))
              .count();
      brightsearch +=
          quarter
              .filter(
                  new com.microsoft.playwright.Locator.FilterOptions().setHasText("BrightSearch"))
              .count();
    }
    org.assertj.core.api.Assertions.assertThat(northwind).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThat(brightsearch).isEqualTo(1);
    page.navigate(url(openInQuarter));
    assertThat(page.locator("#status")).hasValue("OPEN");

    page.selectOption("#status", "WAIVED");
    page.locator("button:has-text('Apply filter')").click();
    page.waitForURL(url("/portal/obligations?from=2033-01-01&to=2033-03-31&status=WAIVED"));
    assertThat(page.locator("#obligations tbody tr:has-text('1 January 2033')")).hasCount(0);
    screenshot("regulator-obligations");
  }
}
