package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Each audience's home is closed to the other: a signed-in person gets a GOV.UK 403 page. */
@QuarkusTest
class PortalAccessBrowserTest extends PortalBrowser {

  @Test
  void platformOfficerCannotOpenTheRegulatorsOverview() {
    signIn("northwind-officer", "/portal/platform");

    Response response = page.navigate(url("/portal/regulator"));

    assertThat(response.status()).isEqualTo(403);
    assertThat(page.locator("h1")).hasText("You cannot view this page");
    assertThat(page.locator("main a")).hasAttribute("href", "/portal/platform");
    screenshot("forbidden");
  }

  @Test
  void regulatorCannotOpenAPlatformHome() {
    signIn("regulator-enforcement", "/portal/regulator");

    Response response = page.navigate(url("/portal/platform"));

    assertThat(response.status()).isEqualTo(403);
    assertThat(page.locator("h1")).hasText("You cannot view this page");
  }
}
