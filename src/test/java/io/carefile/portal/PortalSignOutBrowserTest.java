package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * "Sign out" ends the session here and in Keycloak; a sign-out POST another site could send
 * (without the CSRF token, or not as a form) is refused and leaves the person signed in.
 */
@QuarkusTest
class PortalSignOutBrowserTest extends PortalBrowser {

  @Test
  void signOutEndsTheSession() {
    signIn("northwind-officer", "/portal/platform");

    signOutButton().click();

    // Keycloak sends the browser back to the start page (with its own state parameter).
    assertThat(page.locator("h1")).hasText("File duty-of-care compliance returns");
    assertThat(URI.create(page.url()).getPath()).isEqualTo("/");
    page.navigate(url("/portal"));
    assertThat(page.locator("#kc-login")).isVisible();
  }

  @Test
  void signOutWithoutTheCsrfTokenIsRefused() {
    signIn("northwind-officer", "/portal/platform");
    page.evaluate("document.querySelector('input[name=\"csrf-token\"]').remove()");

    Response refused =
        page.waitForResponse(
            response -> response.url().endsWith("/portal/sign-out-request"),
            () -> signOutButton().click());

    assertThat(refused.status()).isEqualTo(400);
    // A new tab: the refusal is a page of its own (PortalCsrfBrowserTest), not the platform's.
    Page anotherTab = page.context().newPage();
    anotherTab.navigate(url("/portal/platform"));
    assertThat(anotherTab.locator(".govuk-summary-list")).containsText("Northwind Social Ltd");
  }

  @Test
  void signOutPostedAsPlainTextIsRefused() {
    // Forms may post text/plain across sites, and the CSRF filter only checks form bodies.
    signIn("northwind-officer", "/portal/platform");

    APIResponse refused =
        page.request()
            .post(
                url("/portal/sign-out-request"),
                RequestOptions.create()
                    .setHeader("Content-Type", "text/plain")
                    .setData("csrf-token=forged")
                    .setMaxRedirects(0));

    assertThat(refused.status()).isEqualTo(415);
    page.reload();
    assertThat(page.locator(".govuk-summary-list")).containsText("Northwind Social Ltd");
  }

  private Locator signOutButton() {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"));
  }
}
