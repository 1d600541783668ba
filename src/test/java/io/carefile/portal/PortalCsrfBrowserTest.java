package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * One CSRF token per browser session: a form from a tab opened before other pages were viewed still
 * submits, and a form whose token is not the session's gets a GOV.UK page saying what to do.
 */
@QuarkusTest
class PortalCsrfBrowserTest extends PortalBrowser {

  @Test
  void formFromAnOlderTabStillSubmitsAfterOtherPagesWereViewed() {
    signIn("northwind-officer", "/portal/platform");
    Page tabA = page;

    Page tabB = page.context().newPage();
    tabB.navigate(url("/portal/obligations"));
    assertThat(tabB.locator("h1")).hasText("Obligations");
    tabB.navigate(url("/portal/platform"));
    assertThat(tabB.locator("h1")).hasText("Your platform");

    signOutButton(tabA).click();

    assertThat(tabA.locator("h1")).hasText("File duty-of-care compliance returns");
    assertThat(URI.create(tabA.url()).getPath()).isEqualTo("/");
    tabB.navigate(url("/portal"));
    assertThat(tabB.locator("#kc-login")).isVisible();
  }

  @Test
  void formWithAForgedTokenGetsAPageSayingWhatToDo() {
    signIn("northwind-officer", "/portal/platform");
    page.locator("input[name='csrf-token']").evaluate("input => input.value = 'forged'");

    Response refused =
        page.waitForResponse(
            response -> response.url().endsWith("/portal/sign-out-request"),
            () -> signOutButton(page).click());

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.headers().get("content-type")).startsWith("text/html");
    assertThat(page).hasTitle("Your form could not be sent – Carefile");
    assertThat(page.locator("h1")).hasText("Your form could not be sent");
    assertThat(page.locator("main")).containsText("Go back, reload the page and try again.");
    assertThat(page.locator("main a")).hasAttribute("href", "/portal/platform");
    screenshot("form-refused");

    // Still signed in, and the refusal page's own sign-out form carries the session's token.
    assertThat(page.locator(".govuk-header")).containsText("Signed in as Nadia Okafor");
    signOutButton(page).click();
    assertThat(URI.create(page.url()).getPath()).isEqualTo("/");
  }

  private static Locator signOutButton(Page tab) {
    return tab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"));
  }
}
