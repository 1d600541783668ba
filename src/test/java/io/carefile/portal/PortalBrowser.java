package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.carefile.support.CarefileTestEnvironment;
import io.carefile.support.Tokens;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A real Chromium for portal tests: one browser per test class (it takes seconds to start) and a
 * fresh context per test, so that no session or cookie leaks from one test into the next.
 */
abstract class PortalBrowser {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static Playwright playwright;
  private static Browser browser;

  private BrowserContext context;
  protected Page page;

  @BeforeAll
  static void launchBrowser() {
    playwright = Playwright.create();
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @BeforeEach
  void openContext() {
    context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
    page = context.newPage();
  }

  @AfterEach
  void closeContext() {
    context.close();
  }

  static String url(String path) {
    return CarefileTestEnvironment.applicationUrl() + path;
  }

  /** Opens the portal, signs in on Keycloak's own login page and waits to land on a home page. */
  void signIn(String username, String expectedHome) {
    page.navigate(url("/portal"));
    assertThat(page.locator("#kc-login")).isVisible();
    page.locator("#username").fill(username);
    page.locator("#password").fill(Tokens.PASSWORD);
    page.locator("#kc-login").click();
    page.waitForURL(url(expectedHome));
  }

  /** Saves the page as target/screenshots/{name}.png, for a person to look at. */
  void screenshot(String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }
}
