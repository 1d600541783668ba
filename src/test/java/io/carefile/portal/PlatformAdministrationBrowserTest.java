package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Regulator administrators onboard, find and suspend platforms in the portal. */
@QuarkusTest
class PlatformAdministrationBrowserTest extends PortalBrowser {

  @Test
  void adminOnboardsAPlatformAfterFixingTheFormAndSuspendsIt() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    signIn("regulator-admin", "/portal/regulator");
    page.locator("nav a:has-text('Platforms')").click();
    page.locator("#onboard").click();
    page.waitForURL(url("/portal/platforms/new"));

    page.locator("button:has-text('Onboard platform')").click();
    assertThat(page.locator("#error-summary")).isVisible();
    assertThat(page.locator("#error-summary a").first()).hasText("Enter the legal name");
    assertThat(page.locator("#error-summary a[href='#serviceKinds']"))
        .hasText("Select at least one service");
    assertThat(page.locator("#error-summary a[href='#slug']")).isVisible();
    assertThat(page.locator("#error-summary a[href='#officerEmail']")).isVisible();
    page.locator("#error-summary a[href='#legalName']").click();
    assertThat(page.locator("#legalName")).isFocused();
    screenshot("platform-onboarding-errors");

    page.locator("#legalName").fill("Lantern Video " + suffix + " Ltd");
    page.locator("#slug").fill("lantern-" + suffix);
    page.getByLabel("User-to-user").check();
    page.getByLabel("Content recommender").check();
    page.getByLabel("Re-sharing").check();
    page.locator("#ukMonthlyActiveUsers").fill("8,000,000");
    page.locator("#revenueAmount").fill("250000000.00");
    page.locator("#yearEnd").fill("31");
    page.locator("#yearEndMonth").fill("12");
    page.locator("#yearEndYear").fill("2025");
    page.locator("#officerEmail").fill("officer-" + suffix + "@lantern.example");
    page.locator("#officerFirstName").fill("Lena");
    page.locator("#officerLastName").fill("Marsh");
    page.locator("button:has-text('Onboard platform')").click();

    assertThat(page.locator("h1")).hasText("Lantern Video " + suffix + " Ltd");
    assertThat(page.locator("#category")).hasText("Category 1");
    assertThat(page.locator("#status")).hasText("Active");

    page.locator("#edit").click();
    page.locator("#ukMonthlyActiveUsers").fill("six million");
    page.locator("button:has-text('Save changes')").click();
    assertThat(page.locator("#error-summary a[href='#ukMonthlyActiveUsers']"))
        .hasText("UK monthly active users must be a number");
    page.locator("#ukMonthlyActiveUsers").fill("6000000");
    page.locator("button:has-text('Save changes')").click();
    assertThat(page.locator("#category")).hasText("Core");

    page.selectOption("#new-status", "SUSPENDED");
    page.locator("button:has-text('Change status')").click();
    assertThat(page.locator("#reason-error")).containsText("Enter the reason");
    page.selectOption("#new-status", "SUSPENDED");
    page.locator("#reason").fill("Failed to pay the fee");
    page.locator("button:has-text('Change status')").click();
    assertThat(page.locator("#status")).hasText("Suspended");

    page.navigate(url("/portal/platforms?q=lantern-" + suffix));
    assertThat(page.locator("#platforms tbody tr")).hasCount(1);
    screenshot("platforms-list");
  }

  @Test
  void platformPeopleCannotOpenTheRegister() {
    signIn("northwind-officer", "/portal/platform");
    page.navigate(url("/portal/platforms"));
    assertThat(page.locator("h1")).hasText("You cannot view this page");
    assertThat(page.locator("nav a:has-text('Platforms')")).hasCount(0);
  }
}
