package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The regulator administrator publishes a template version and generates a period's obligations
 * from the portal, each form refusing what the service refuses, in words chosen by problem code.
 */
@QuarkusTest
class AdministrationBrowserTest extends PortalBrowser {

  @Test
  void adminPublishesATemplateThenGeneratesItsObligations() {
    String code = "PORTAL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    signIn("regulator-admin", "/portal/regulator");
    page.locator("#publish-template").click();
    page.waitForURL(url("/portal/templates/publication"));

    page.locator("#publish").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: Publish a template version"));
    assertThat(page.locator("#error-summary a[href='#document']"))
        .hasText("Select a template file that is not empty");

    upload(
        template(code, 1)
            .replace("periodType: QUARTERLY", "periodType: FORTNIGHTLY")
            .replace("code: removed", "code: detected"));
    var problems = page.locator("#error-summary a[href='#document']");
    assertThat(problems).hasCount(2);
    assertThat(problems.first()).containsText("In the file, at periodType:");
    assertThat(problems.nth(1)).containsText("In the file, at sections[0].fields[1].code:");
    problems.first().click();
    assertThat(page.locator("#document")).isFocused();
    assertThat(page.locator("#document"))
        .hasAttribute("aria-describedby", "document-hint document-error");
    screenshot("template-publication-errors");

    upload(template(code, 1));
    assertThat(page.locator("#published"))
        .hasText(code + " version 1 is published. Obligations generated from now on use it.");

    page.navigate(url("/portal/templates/publication"));
    upload(template(code, 1));
    assertThat(page.locator("#error-summary a[href='#document']"))
        .hasText(
            "That version of the template is already published, and published versions never"
                + " change. Give the file a higher version number");

    page.navigate(url("/portal/regulator"));
    page.locator("#generate-obligations").click();
    page.waitForURL(url("/portal/obligations/generation"));
    page.locator("#generate").click();
    assertThat(page.locator("#error-summary a[href='#templateCode']"))
        .hasText("Select a return template");
    assertThat(page.locator("#error-summary a[href='#periodStart']"))
        .hasText("Enter the first day of the period");

    page.selectOption("#templateCode", code);
    fillPeriodStart("31", "2", "2790");
    page.locator("#generate").click();
    assertThat(page.locator("#error-summary a[href='#periodStart']"))
        .hasText("First day of the period must be a real date, for example 1 1 2027");
    assertThat(page.locator("#templateCode")).hasValue(code);

    fillPeriodStart("1", "2", "2790");
    page.locator("#generate").click();
    var notAPeriod = page.locator("#error-summary a[href='#periodStart']");
    assertThat(notAPeriod)
        .containsText("The date does not start a reporting period of that template");
    notAPeriod.click();
    assertThat(page.locator("#periodStart")).isFocused();

    fillPeriodStart("1", "4", "2790");
    page.locator("#generate").click();
    page.waitForURL(Pattern.compile(".*/portal/obligations\\?from=2790-04-01&to=2790-06-30"));
    var generated = page.locator("#obligations tbody tr:has-text('" + code + "')");
    assertThat(generated.filter(new Locator.FilterOptions().setHasText("BrightSearch")))
        .hasCount(1);
    assertThat(generated.first()).containsText("1 April 2790 to 30 June 2790");
    screenshot("obligations-generated");
  }

  @Test
  void onlyAdministratorsSeeOrOpenTheAdministrationPages() {
    signIn("regulator-analyst", "/portal/regulator");
    assertThat(page.locator("#administration")).hasCount(0);
    page.navigate(url("/portal/obligations/generation"));
    assertThat(page.locator("h1")).hasText("You cannot view this page");
    page.navigate(url("/portal/templates/publication"));
    assertThat(page.locator("h1")).hasText("You cannot view this page");
  }

  private void fillPeriodStart(String day, String month, String year) {
    page.locator("#periodStart").fill(day);
    page.locator("#periodStart-month").fill(month);
    page.locator("#periodStart-year").fill(year);
  }

  private void upload(String yaml) {
    page.locator("#document")
        .setInputFiles(
            new FilePayload(
                "template.yaml", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    page.locator("#publish").click();
  }

  /**
   * A small valid template for category 2A only, which of the demo platforms is BrightSearch's, so
   * that generation has a known platform to create an obligation for.
   */
  private static String template(String code, int version) {
    return """
        code: %s
        version: %d
        title: Portal test return
        periodType: QUARTERLY
        dueOffsetDays: 30
        categories: [CATEGORY_2A]
        sections:
          - code: main
            title: Main
            fields:
              - code: detected
                label: Items detected
                type: integer
                min: 0
              - code: removed
                label: Items removed
                type: integer
                min: 0
        """
        .formatted(code, version);
  }
}
