package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import io.carefile.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When someone changes a platform after its page was opened, saving the profile or changing the
 * status says so about the form as a whole ({@code stale-version}), instead of blaming the legal
 * name, and nothing is overwritten.
 */
@QuarkusTest
class PlatformChangedMeanwhileBrowserTest extends PortalBrowser {

  private String suffix;
  private String platformId;

  @BeforeEach
  void onboardAPlatform() {
    suffix = UUID.randomUUID().toString().substring(0, 8);
    signIn("regulator-admin", "/portal/regulator");
    page.navigate(url("/portal/platforms/new"));
    page.locator("#legalName").fill("Kestrel Chat " + suffix + " Ltd");
    page.locator("#slug").fill("kestrel-" + suffix);
    page.getByLabel("User-to-user").check();
    page.locator("#ukMonthlyActiveUsers").fill("90000");
    page.locator("#revenueAmount").fill("500000");
    page.locator("#yearEnd").fill("31");
    page.locator("#yearEndMonth").fill("3");
    page.locator("#yearEndYear").fill("2026");
    page.locator("#officerEmail").fill("officer-" + suffix + "@kestrel.example");
    page.locator("#officerFirstName").fill("Kit");
    page.locator("#officerLastName").fill("Moss");
    page.locator("#submit-platform").click();
    page.waitForURL(Pattern.compile(".*/portal/platforms/[0-9a-f-]{36}"));
    platformId = page.url().replaceAll(".*/portal/platforms/", "");
  }

  @Test
  void savingAProfileChangedMeanwhileAsksToCheckItAgain() {
    page.locator("#edit").click();
    page.locator("#tradingName").fill("Kestrel");
    suspendThroughTheApi();
    page.locator("#submit-platform").click();

    assertThat(page).hasTitle(Pattern.compile("^Error: Edit platform"));
    assertThat(page.locator("#error-summary"))
        .containsText(
            "Someone changed this platform after you opened this page. Check the details and save"
                + " again");
    assertThat(page.locator("#error-summary a")).hasCount(0);
    assertThat(page.locator("#legalName-error")).hasCount(0);
    assertThat(page.locator("#tradingName")).hasValue("Kestrel");
  }

  @Test
  void changingAStatusChangedMeanwhileIsReportedOnTheNewStatus() {
    suspendThroughTheApi();
    page.selectOption("#new-status", "EXITED");
    page.locator("#reason").fill("Stopped trading");
    page.locator("button:has-text('Change status')").click();

    assertThat(page.locator("#error-summary a[href='#new-status']"))
        .hasText(
            "Someone changed this platform after you opened this page. Check its status and try"
                + " again");
    assertThat(page.locator("#new-status")).hasAttribute("aria-describedby", "new-status-error");
    assertThat(page.locator("#status")).hasText("Suspended");
  }

  @Test
  void choosingTheStatusThePlatformHasIsReportedOnTheNewStatus() {
    // The list never offers the current status; a hand-made request still can.
    page.evaluate("document.querySelector('#new-status').add(new Option('Active', 'ACTIVE'))");
    page.selectOption("#new-status", "ACTIVE");
    page.locator("#reason").fill("No change meant");
    page.locator("button:has-text('Change status')").click();

    assertThat(page.locator("#error-summary a[href='#new-status']"))
        .hasText("The platform already has that status. Choose a different status");
    assertThat(page.locator("#status")).hasText("Active");
  }

  private void suspendThroughTheApi() {
    long version =
        given()
            .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
            .get("/api/v1/platforms/{id}", platformId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("version");
    given()
        .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
        .contentType(ContentType.JSON)
        .body(Map.of("status", "SUSPENDED", "reason", "Fee unpaid", "expectedVersion", version))
        .put("/api/v1/platforms/{id}/status", platformId)
        .then()
        .statusCode(200);
  }
}
