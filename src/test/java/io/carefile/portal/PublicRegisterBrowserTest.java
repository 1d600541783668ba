package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.carefile.register.RegisterFixtures;
import io.carefile.register.RegisterFixtures.TestCase;
import io.carefile.support.TestClock;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Someone who never signs in reads the public register: from the footer to the published decisions,
 * one decision's page and the figures; a confirmed decision not yet published is "Page not found",
 * as if it did not exist.
 */
@QuarkusTest
class PublicRegisterBrowserTest extends PortalBrowser {

  @Inject TestClock clock;

  @Test
  void theRegisterShowsAPublishedDecisionAndNotAnUnpublishedOneWithoutSigningIn() {
    TestPlatform platform = TestPlatforms.newPlatform();
    TestCase published = RegisterFixtures.confirmedCase(platform, clock, 1);
    RegisterFixtures.publish(published, "The platform left reported material up for weeks.");
    TestCase unpublished = RegisterFixtures.confirmedCase(platform, clock, 0);

    page.navigate(url("/"));
    page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Public register of enforcement"))
        .click();
    assertThat(page.locator("h1")).hasText("Public register of enforcement");
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")))
        .hasCount(0);

    page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Published enforcement decisions"))
        .click();
    assertThat(page.locator("h1")).hasText("Published enforcement decisions");
    Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(published.reference()));
    assertThat(row).containsText("The platform left reported material up for weeks.");
    assertThat(row).containsText("In force");
    assertThat(page.locator("main")).not().containsText(unpublished.reference());
    screenshot("register-decisions");

    row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(published.reference()))
        .click();
    assertThat(page.locator("h1")).hasText("Enforcement decision " + published.reference());
    assertThat(page.locator("main"))
        .containsText("The platform left reported material up for weeks.");

    Response hidden = page.navigate(url("/register/decisions/" + unpublished.reference()));
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(page.locator("h1")).hasText("Page not found");
    assertThat(page.locator("main a")).hasAttribute("href", "/register");

    page.navigate(url("/register/statistics"));
    assertThat(page.locator("h1")).hasText("Compliance and enforcement figures");
    assertThat(page.locator("main")).containsText("fewer than 5 platforms");
    screenshot("register-statistics");
  }
}
