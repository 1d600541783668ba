package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * People sign in through Keycloak from the portal and land on the home page of their audience:
 * platform people see their own platform and no other, regulator staff see the overview.
 */
@QuarkusTest
class PortalSignInBrowserTest extends PortalBrowser {

  @Test
  void startPageLeadsToSignIn() {
    page.navigate(url("/"));

    assertThat(page.locator("h1")).hasText("File duty-of-care compliance returns");
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")))
        .hasAttribute("href", "/portal");
    assertThat(page.getByText("Sign out")).hasCount(0);
    screenshot("start-page");
  }

  @Test
  void signInPageCarriesTheServicesLook() {
    page.navigate(url("/portal"));

    assertThat(page.locator("#kc-header-wrapper")).hasText("Carefile");
    assertThat(page.locator("link[href$='/login/carefile/css/carefile.css']")).hasCount(1);
    // GOV.UK's black header and green button, from the theme's own stylesheet.
    assertThat(page.locator("#kc-header")).hasCSS("background-color", "rgb(11, 12, 12)");
    assertThat(page.locator("#kc-login")).hasCSS("background-color", "rgb(0, 112, 60)");
    screenshot("sign-in");
  }

  @Test
  void platformOfficerLandsOnTheirPlatform() {
    signIn("northwind-officer", "/portal/platform");

    assertThat(page.locator("h1")).hasText("Your platform");
    assertThat(page.locator(".govuk-summary-list")).containsText("Northwind Social Ltd");
    assertThat(page.locator(".govuk-summary-list")).containsText("Northwind");
    assertThat(page.locator(".govuk-summary-list .govuk-tag")).hasText("Active");
    assertThat(page.locator(".govuk-header")).containsText("Signed in as Nadia Okafor");
    assertThat(page).hasTitle("Your platform – Carefile");
    screenshot("platform-home");
  }

  @Test
  void anotherPlatformsOfficerSeesOnlyTheirOwnPlatform() {
    signIn("brightsearch-officer", "/portal/platform");

    assertThat(page.locator(".govuk-summary-list")).containsText("Bright Search Ltd");
    assertThat(page.locator("body")).not().containsText("Northwind");
  }

  @Test
  void regulatorLandsOnTheOverview() {
    signIn("regulator-analyst", "/portal/regulator");

    assertThat(page.locator("h1")).hasText("Hello, Alice Mensah");
    assertThat(page.locator("#roles")).hasText("Analyst");
    assertThat(
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Review returns")))
        .isVisible();
    assertThat(page.locator("main a")).hasCount(6);
    org.assertj.core.api.Assertions.assertThat(
            page.locator("main a").all().stream().map(link -> link.getAttribute("href")))
        .containsExactly(
            "/portal/reviews",
            "/portal/queries",
            "/portal/enforcement-cases",
            "/portal/penalties",
            "/portal/benchmarks",
            "/portal/benchmarks/indicators");
    screenshot("regulator-home");
  }
}
