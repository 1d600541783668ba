package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The onboarding form puts each error on the input it is about, chosen by the problem's code and
 * field path: a taken slug on the slug, a taken e-mail address on the officer's e-mail, a broken
 * rule on its own input; each error and hint is linked to its input for screen readers.
 */
@QuarkusTest
class PlatformOnboardingErrorsBrowserTest extends PortalBrowser {

  private String suffix;

  @BeforeEach
  void openTheForm() {
    suffix = UUID.randomUUID().toString().substring(0, 8);
    signIn("regulator-admin", "/portal/regulator");
    page.navigate(url("/portal/platforms/new"));
  }

  @Test
  void anEmptyFormNamesEveryMissingAnswerAndLinksEachToAFocusableInput() {
    page.locator("#submit-platform").click();

    assertThat(page).hasTitle(Pattern.compile("^Error: Onboard a platform – Carefile$"));
    var summary = page.locator("#error-summary a");
    assertThat(summary.first()).hasText("Enter the legal name");
    assertThat(page.locator("#error-summary a[href='#slug']")).hasText("Enter a slug");
    assertThat(page.locator("#error-summary a[href='#serviceKinds']"))
        .hasText("Select at least one service");
    assertThat(page.locator("#error-summary a[href='#yearEnd']"))
        .hasText("Enter the financial year end");
    assertThat(page.locator("#error-summary a[href='#officerEmail']"))
        .hasText("Enter the officer’s email address");

    // Every link leads to an input that takes the focus, checkboxes and dates included.
    for (String field : new String[] {"serviceKinds", "yearEnd", "slug", "officerEmail"}) {
      page.locator("#error-summary a[href='#" + field + "']").click();
      assertThat(page.locator("#" + field)).isFocused();
    }
    assertThat(page.locator("#slug")).hasAttribute("aria-describedby", "slug-hint slug-error");
    assertThat(page.locator("#slug-error")).hasText("Error: Enter a slug");
    assertThat(page.locator("#legalName")).hasAttribute("aria-describedby", "legalName-error");
    assertThat(page.locator("#serviceKinds-error")).containsText("Select at least one service");
    assertThat(page.locator("fieldset:has(#yearEnd)"))
        .hasAttribute("aria-describedby", "yearEnd-hint yearEnd-error");
    screenshot("platform-onboarding-empty");
  }

  @Test
  void theFormWithoutErrorsLinksHintsToTheirInputsAndHasAPlainTitle() {
    assertThat(page).hasTitle("Onboard a platform – Carefile");
    assertThat(page.locator("#error-summary")).hasCount(0);
    assertThat(page.locator("#slug")).hasAttribute("aria-describedby", "slug-hint");
    assertThat(page.locator("#country")).hasAttribute("aria-describedby", "country-hint");
    assertThat(page.locator("#legalName"))
        .not()
        .hasAttribute("aria-describedby", Pattern.compile(".*"));
  }

  @Test
  void aBrokenRuleIsReportedOnItsOwnInput() {
    fillAValidPlatform("lantern-" + suffix, "officer-" + suffix + "@lantern.example");
    page.locator("#slug").fill("Not A Slug");
    page.locator("#officerEmail").fill("not-an-address");
    page.locator("#country").fill("Britain");
    page.locator("#submit-platform").click();

    assertThat(page.locator("#error-summary a")).hasCount(3);
    assertThat(page.locator("#error-summary a[href='#country']"))
        .hasText("Enter the country as a two-letter code in capitals, for example GB");
    assertThat(page.locator("#error-summary a[href='#slug']"))
        .hasText(
            "Slug must be lower-case letters and digits in words joined by single hyphens, 63"
                + " characters or fewer");
    assertThat(page.locator("#error-summary a[href='#officerEmail']"))
        .hasText("Enter an email address in the correct format, like name@example.com");
    assertThat(page.locator("#legalName")).hasValue("Lantern Video " + suffix + " Ltd");
  }

  @Test
  void aTakenSlugIsReportedOnTheSlug() {
    fillAValidPlatform("northwind-social", "officer-" + suffix + "@lantern.example");
    page.locator("#submit-platform").click();

    assertThat(page.locator("#error-summary a")).hasCount(1);
    assertThat(page.locator("#error-summary a[href='#slug']"))
        .hasText("That slug is already taken. Enter a different slug");
    assertThat(page.locator("#slug-error")).containsText("That slug is already taken");
    assertThat(page.locator("#officerEmail-error")).hasCount(0);
  }

  @Test
  void aTakenEmailAddressIsReportedOnTheOfficersEmail() {
    fillAValidPlatform("lantern-" + suffix, "nadia.okafor@northwind.example");
    page.locator("#submit-platform").click();

    assertThat(page.locator("#error-summary a")).hasCount(1);
    assertThat(page.locator("#error-summary a[href='#officerEmail']"))
        .hasText(
            "That email address already has a Carefile account. Enter a different email address");
    assertThat(page.locator("#officerEmail"))
        .hasAttribute("aria-describedby", "officerEmail-error");
    assertThat(page.locator("#slug-error")).hasCount(0);
    assertThat(page.locator("#slug")).hasValue("lantern-" + suffix);
  }

  private void fillAValidPlatform(String slug, String email) {
    page.locator("#legalName").fill("Lantern Video " + suffix + " Ltd");
    page.locator("#slug").fill(slug);
    page.getByLabel("User-to-user").check();
    page.locator("#ukMonthlyActiveUsers").fill("120000");
    page.locator("#revenueAmount").fill("1000000");
    page.locator("#yearEnd").fill("31");
    page.locator("#yearEndMonth").fill("12");
    page.locator("#yearEndYear").fill("2025");
    page.locator("#officerEmail").fill(email);
    page.locator("#officerFirstName").fill("Lena");
    page.locator("#officerLastName").fill("Marsh");
  }
}
