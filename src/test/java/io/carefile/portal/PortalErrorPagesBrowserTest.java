package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Under /portal, "not found" and "not allowed" are GOV.UK pages in the layout, with a way home and
 * a working sign-out button, whichever way the request was refused.
 */
@QuarkusTest
class PortalErrorPagesBrowserTest extends PortalBrowser {

  @Test
  void unknownPortalPathIsAGovukPageNotFound() {
    signIn("northwind-officer", "/portal/platform");

    Response response = page.navigate(url("/portal/no-such-page"));

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.headers().get("content-type")).startsWith("text/html");
    assertThat(page).hasTitle("Page not found – Carefile");
    assertThat(page.locator("h1")).hasText("Page not found");
    assertThat(page.locator("main a")).hasAttribute("href", "/portal/platform");
    screenshot("page-not-found");
    signOut();
  }

  @Test
  void aRecordThatIsNotThereIsAGovukPageNotFound() {
    signIn("regulator-analyst", "/portal/regulator");

    Response response = page.navigate(url("/portal/filings/" + UUID.randomUUID()));

    assertThat(response.status()).isEqualTo(404);
    assertThat(page.locator("h1")).hasText("Page not found");
    assertThat(page.locator("main a")).hasAttribute("href", "/portal/regulator");
  }

  @Test
  void forbiddenPageSignsOutEvenBeforeAnyFormTokenWasIssued() {
    signIn("northwind-officer", "/portal/platform");
    BrowserContext context = page.context();
    context.clearCookies(new BrowserContext.ClearCookiesOptions().setName("carefile-csrf"));

    Response response = page.navigate(url("/portal/regulator"));

    assertThat(response.status()).isEqualTo(403);
    assertThat(page).hasTitle("You cannot view this page – Carefile");
    signOut();
  }

  private void signOut() {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
    assertThat(page.locator("h1")).hasText("File duty-of-care compliance returns");
    assertThat(URI.create(page.url()).getPath()).isEqualTo("/");
  }
}
