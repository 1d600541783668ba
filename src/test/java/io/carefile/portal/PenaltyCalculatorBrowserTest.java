package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The officers' penalty calculator: the worked example of docs/penalties.md (SERIOUS, 10%) gives
 * the same eight steps and amount a confirmation would store; what cannot be a number is refused on
 * its input before calculating, and what the calculator refuses is placed on the input its field
 * path names; a platform's people may not use it. Every page is audited with axe (PortalBrowser).
 */
@QuarkusTest
class PenaltyCalculatorBrowserTest extends PortalBrowser {

  @Test
  void theOfficerCalculatesTheWorkedExampleStepByStepAndIsToldWhatToMend() {
    signIn("regulator-enforcement", "/portal/regulator");
    page.navigate(url("/portal/penalties"));
    page.locator("#penalty-calculator").click();
    page.waitForURL(url("/portal/penalty-calculator"));
    assertThat(page.locator("#worldwide-months")).hasValue("12");

    fillTheWorkedExample();
    page.locator("#calculate").click();
    assertThat(page.locator("#result-amount")).hasText("The penalty would be £5,670,000.00");
    assertThat(page.locator("#result-cap")).containsText("£18,000,000.00");
    assertThat(page.locator("#calculation tbody tr")).hasCount(8);
    assertThat(page.locator("#step-1 .step-figure")).hasText("£5,000,000.00");
    assertThat(page.locator("#step-2 .step-subject")).hasText("CHILDREN_AFFECTED");
    assertThat(page.locator("#step-8 .step-figure")).hasText("£5,670,000.00");
    assertThat(page.locator("input[name=aggravating][value=CHILDREN_AFFECTED]")).isChecked();

    page.locator("#relevant-revenue").fill("fifty million");
    page.locator("#calculate").click();
    assertThat(page.locator(".govuk-error-summary a[href='#relevant-revenue']"))
        .hasText("Enter the amount as a number, like 50000000.00");
    assertThat(page.locator("#relevant-revenue")).hasValue("fifty million");
    assertThat(page.locator("#result")).hasCount(0);
    assertThat(page).hasTitle(Pattern.compile("^Error: .*"));

    page.locator("#relevant-revenue").fill("50,000,000.00");
    page.locator("#uplift").fill("500");
    page.locator("#calculate").click();
    assertThat(page.locator(".govuk-error-summary a[href='#uplift']")).containsText("Check this:");
    assertThat(page.locator(".govuk-error-summary a")).hasCount(1);
    assertThat(page.locator("#uplift-error")).isVisible();
    assertThat(page.locator("#result")).hasCount(0);

    page.locator("#uplift").fill("20");
    page.locator("#relevant-revenue").fill("50000000.001");
    page.locator("#calculate").click();
    assertThat(page.locator(".govuk-error-summary a[href='#relevant-revenue']"))
        .containsText("Check this:");
  }

  @Test
  void aPlatformsPeopleMayNotUseTheCalculator() {
    TestPlatform platform = TestPlatforms.newPlatform();
    signIn(platform.officer(), "/portal/platform");
    Response answer = page.navigate(url("/portal/penalty-calculator"));
    assertThat(answer.status()).isEqualTo(403);
    page.navigate(url("/portal/penalties"));
    assertThat(page.locator("#penalty-calculator")).hasCount(0);
  }

  private void fillTheWorkedExample() {
    page.locator("input[name=seriousness][value=SERIOUS]").check();
    page.locator("#relevant-revenue").fill("50000000.00");
    page.locator("#worldwide-revenue").fill("100000000.00");
    page.locator("#worldwide-months").fill("12");
    page.locator("input[name=aggravating][value=CHILDREN_AFFECTED]").check();
    page.locator("input[name=mitigating][value=PROMPT_REMEDIATION]").check();
    page.locator("#uplift").fill("20");
    page.locator("#discount").fill("10");
  }
}
