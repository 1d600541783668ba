package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Keyboard and screen-reader basics of the shared layout, on a public and a signed-in page. */
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
