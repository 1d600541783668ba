package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * When Keycloak will not create the officer's account (here: it refuses the service's admin
 * credentials, as {@code PlatformOnboardingKeycloakDownTest} does for the API), the onboarding form
 * says that nothing was onboarded and to try again later, about the form as a whole rather than
 * against any input, and keeps what was typed.
 */
@QuarkusTest
@TestProfile(PlatformOnboardingKeycloakDownBrowserTest.AdminClientRefused.class)
class PlatformOnboardingKeycloakDownBrowserTest extends PortalBrowser {

  public static class AdminClientRefused implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.keycloak.admin-client.client-secret", "not-the-secret");
    }
  }

  @Test
  void aKeycloakFailureIsReportedForTheWholeFormAndNothingIsOnboarded() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    signIn("regulator-admin", "/portal/regulator");
    page.navigate(url("/portal/platforms/new"));
    page.locator("#legalName").fill("Lantern Video " + suffix + " Ltd");
    page.locator("#slug").fill("lantern-" + suffix);
    page.getByLabel("User-to-user").check();
    page.locator("#ukMonthlyActiveUsers").fill("120000");
    page.locator("#revenueAmount").fill("1000000");
    page.locator("#yearEnd").fill("31");
    page.locator("#yearEndMonth").fill("12");
    page.locator("#yearEndYear").fill("2025");
    page.locator("#officerEmail").fill("officer-" + suffix + "@lantern.example");
    page.locator("#officerFirstName").fill("Lena");
    page.locator("#officerLastName").fill("Marsh");
    page.locator("#submit-platform").click();

    assertThat(page).hasTitle(Pattern.compile("^Error: Onboard a platform"));
    assertThat(page.locator("#error-summary"))
        .containsText(
            "Nothing was onboarded: the identity service that creates the officer’s account could"
                + " not be reached. Try again later.");
    // Not blamed on any input: no link in the summary, no input marked as wrong.
    assertThat(page.locator("#error-summary a")).hasCount(0);
    assertThat(page.locator(".govuk-error-message")).hasCount(0);
    assertThat(page.locator("#slug")).hasValue("lantern-" + suffix);
    screenshot("platform-onboarding-identity-service-down");

    page.navigate(url("/portal/platforms?q=lantern-" + suffix));
    assertThat(page.locator("#no-platforms")).isVisible();
  }
}
