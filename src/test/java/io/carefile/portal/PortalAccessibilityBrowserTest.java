package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Keyboard and screen-reader basics of the shared layout, on a public and a signed-in page, and the
 * WCAG audit every browser test runs on every page it reaches (PortalBrowser).
 */
@QuarkusTest
class PortalAccessibilityBrowserTest extends PortalBrowser {

  @Test
  void skipLinkIsTheFirstStopAndJumpsToTheMainContent() {
    page.navigate(url("/"));

    assertThat(page.locator("html")).hasAttribute("lang", "en-GB");
    page.keyboard().press("Tab");
    assertThat(page.locator(".govuk-skip-link")).isFocused();
    page.keyboard().press("Enter");
    assertThat(page.locator("#main-content")).isFocused();
  }

  @Test
  void auditNamesEachViolationWithItsPageRuleImpactAndElement() {
    page.route(
        url("/audit-probe"),
        route ->
            route.fulfill(
                new Route.FulfillOptions()
                    .setContentType("text/html")
                    .setBody(
                        "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Probe</title></head>"
                            + "<body><main><h1>Probe</h1><a id=\"nameless\" href=\"/\"></a>"
                            + "</main></body></html>")));

    page.navigate(url("/audit-probe"));

    assertThat(takeViolations())
        .singleElement()
        .asString()
        .contains("/audit-probe", "(link-name)", "[serious]", "#nameless");
  }

  @Test
  void signedInPagesNameTheirNavigationAndCurrentPage() {
    signIn("northwind-attestor", "/portal/platform");

    assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu")))
        .isVisible();
    assertThat(page.locator("a[aria-current=page]")).hasText("Your platform");
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")))
        .isVisible();
    assertThat(page.locator("h1")).hasCount(1);
  }
}
