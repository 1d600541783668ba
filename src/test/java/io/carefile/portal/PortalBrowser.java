package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import io.carefile.support.CarefileTestEnvironment;
import io.carefile.support.Tokens;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A real Chromium for portal tests: one browser per test class (it takes seconds to start) and a
 * fresh context per test, so that no session or cookie leaks from one test into the next.
 *
 * <p>Every HTML page any tab loads is audited with axe-core against WCAG 2.2 A and AA as it loads,
 * Keycloak's sign-in page included; a test that reached a page with a violation fails after it has
 * run, with the page, rule, impact and elements of each violation.
 */
abstract class PortalBrowser {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  /** Quarters far from any other test's, one per call, so that each test has its own return. */
  private static final AtomicInteger NEXT_QUARTER_YEAR = new AtomicInteger(2600);

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** A CSAM-Q quarter and its period as the pages write it. */
  protected record Quarter(LocalDate start, String period) {}

  private static Playwright playwright;
  private static Browser browser;

  private BrowserContext context;
  private final List<String> violations = new ArrayList<>();
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
    violations.clear();
    context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
    context.onPage(tab -> tab.onLoad(this::audit));
    page = context.newPage();
  }

  @AfterEach
  void closeContext() {
    context.close();
    if (!violations.isEmpty()) {
      throw new AssertionError(
          "Pages this test reached break WCAG 2.2 A/AA:\n" + String.join("\n", violations));
    }
  }

  /** The violations found so far, which then no longer fail the test: for testing the audit. */
  List<String> takeViolations() {
    List<String> taken = List.copyOf(violations);
    violations.clear();
    return taken;
  }

  /**
   * Audits the page that has just loaded. Only HTML documents are pages: JSON answers and downloads
   * are not. A page that navigated on by itself before the audit finished (Keycloak's hand-overs)
   * was never a state a person saw, so it is not audited.
   */
  private void audit(Page loaded) {
    AxeResults results;
    try {
      if (!"text/html".equals(loaded.evaluate("document.contentType"))) {
        return;
      }
      results = new AxeBuilder(loaded).withTags(WCAG_22_AA).analyze();
    } catch (PlaywrightException navigatedAway) {
      return;
    } catch (RuntimeException e) {
      // axe wraps the same navigation ("execution context was destroyed") in its own exception.
      if (e.getCause() instanceof PlaywrightException) {
        return;
      }
      throw e;
    }
    for (Rule rule : results.getViolations()) {
      violations.add(
          String.format(
              "%s (%s): %s [%s] at %s",
              loaded.url(),
              rule.getId(),
              rule.getHelp(),
              rule.getImpact(),
              rule.getNodes().stream()
                  .map(CheckedNode::getTarget)
                  .map(String::valueOf)
                  .collect(Collectors.joining(", "))));
    }
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

  /** A CSAM-Q quarter no other test uses, its obligations generated for the demo platforms. */
  protected static Quarter newCsamQuarter() {
    LocalDate start = LocalDate.of(NEXT_QUARTER_YEAR.getAndIncrement(), 1, 1);
    given()
        .header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")))
        .contentType(ContentType.JSON)
        .body(Map.of("templateCode", "CSAM-Q", "periodStart", start.toString()))
        .post("/api/v1/obligations/generation")
        .then()
        .statusCode(200);
    return new Quarter(
        start, DAY.format(start) + " to " + DAY.format(start.plusMonths(3).minusDays(1)));
  }
}
