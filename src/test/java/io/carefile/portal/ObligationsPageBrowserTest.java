package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import io.carefile.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
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
    // Narrowed to the quarter and to one platform at a time: the many platforms other tests make
    // have obligations of the same quarter, which fill the first page.
    for (var demo :
        List.of(
            Map.entry("Northwind", Tokens.NORTHWIND_ID),
            Map.entry("BrightSearch", Tokens.BRIGHTSEARCH_ID))) {
      page.navigate(
          url(
              "/portal/obligations?status=OPEN&from=2033-01-01&to=2033-03-31&platformId="
                  + demo.getValue()));
      var quarter =
          page.locator("#obligations tbody tr:has-text('1 January 2033 to 31 March 2033')");
      assertThat(quarter).hasCount(1);
      assertThat(quarter).containsText(demo.getKey());
      assertThat(page.locator("#obligations thead")).containsText("Platform");
    }
    assertThat(page.locator("#status")).hasValue("OPEN");

    page.selectOption("#status", "WAIVED");
    page.locator("button:has-text('Apply filter')").click();
    page.waitForURL(
        url(
            "/portal/obligations?from=2033-01-01&to=2033-03-31&platformId="
                + Tokens.BRIGHTSEARCH_ID
                + "&status=WAIVED"));
    assertThat(page.locator("#obligations tbody tr:has-text('1 January 2033')")).hasCount(0);
    screenshot("regulator-obligations");
  }
}
