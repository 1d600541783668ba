package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import io.carefile.common.json.CanonicalJson;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.carefile.template.definition.TemplateFiles;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A platform's returns with their scores: the list of its returns with status, version, score and
 * band; a return's score, explained indicator by indicator with the figures worked by hand in
 * {@code ScoreCalculatorTest}; and its scores across periods as a trend and a heat map, each an SVG
 * image with a table of every figure beside it. Every page is audited with axe.
 */
@QuarkusTest
class ReturnScoresBrowserTest extends PortalBrowser {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /**
   * The sample with fewer items removed, slower removal, no URL blocking and no user reports: (75x3
   * + 75x2 + 20x2 + 100x2 + 0x1) / 10 = 615 / 10 = 61.50, AMBER, the user-report indicator not
   * scored (a share of no reports) and its weight of 2 left out.
   */
  private static Map<String, Object> amberReturn() {
    Map<String, Object> values = new HashMap<>(ReturnSamples.csamQuarter());
    values.put("items_removed", 950);
    values.put("median_hours_to_removal", 30);
    values.put("p90_hours_to_removal", 48);
    values.put("url_blocking_enabled", false);
    values.put("user_reports_received", 0);
    values.put("user_reports_actioned_24h", 0);
    return values;
  }

  private static String period(LocalDate start) {
    return DAY.format(start) + " to " + DAY.format(start.plusMonths(3).minusDays(1));
  }

  @Test
  void theOfficerSeesEachReturnsScoreItsBreakdownAndItsTrend() {
    TestPlatform platform = TestPlatforms.newPlatform();
    LocalDate previous = SubmittedReturns.previousQuarter();
    LocalDate current = SubmittedReturns.currentQuarter();
    String earlier = SubmittedReturns.csamQ(platform, previous, amberReturn());
    String latest = SubmittedReturns.csamQ(platform, current, ReturnSamples.csamQuarter());

    signIn(platform.officer(), "/portal/platform");
    page.locator("#your-returns").click();
    page.waitForURL(url("/portal/returns"));
    assertThat(page.locator("nav [aria-current=page]")).hasText("Returns");
    assertThat(page.locator("#returns tbody tr")).hasCount(2);
    Locator latestRow = page.locator("#return-" + latest);
    assertThat(latestRow.locator(".return-status")).hasText("Submitted");
    assertThat(latestRow.locator(".return-version")).hasText("1");
    assertThat(latestRow.locator(".return-score")).hasText("89.58 Green");
    assertThat(page.locator("#return-" + earlier + " .return-score")).hasText("61.50 Amber");
    screenshot("returns-with-scores");

    latestRow.locator("a").click();
    page.waitForURL(url("/portal/filings/" + latest));
    assertThat(page.locator("#filing-score-total")).hasText("89.58");
    assertThat(page.locator("#filing-score .govuk-tag")).hasText("Green");
    assertThat(page.locator("#version-1 .version-score")).hasText("89.58 Green");

    // The trend: one SVG image, named by its title and described in words, a point per period.
    Locator trend = page.locator("#score-trend svg[role=img]");
    assertThat(trend).hasCount(1);
    assertThat(trend).hasAttribute("aria-labelledby", "score-trend-title");
    assertThat(page.locator("#score-trend-title")).hasText("Total score by period");
    assertThat(page.locator("#score-trend-desc"))
        .hasText(
            "Scores of 2 periods, from 61.50 to 89.58. The latest, for "
                + period(current)
                + ", is 89.58, Green.");
    assertThat(page.locator("#score-trend path.carefile-chart__mark")).hasCount(2);
    assertThat(page.locator("#score-trend polyline.carefile-chart__line")).hasCount(1);
    assertThat(page.locator("#score-trend line.carefile-chart__reference")).hasCount(2);
    assertThat(page.locator("#score-trend svg text"))
        .containsText(new String[] {"Green from 75", "Amber from 50"});

    // Its table alternative holds every number, and opens from its summary.
    Locator figures = page.locator("#score-trend-table");
    assertThat(figures).not().isVisible();
    page.locator("#score-trend-figures summary").click();
    assertThat(figures).isVisible();
    assertThat(rowsOf(figures))
        .containsExactly(
            List.of(period(previous), "61.50", "Amber"),
            List.of(period(current) + " (this return)", "89.58", "Green"));

    // The heat map of indicator points, period by period; its table has every cell.
    assertThat(page.locator("#indicator-points svg[role=img]")).hasCount(1);
    assertThat(page.locator("#indicator-points rect.carefile-chart__cell")).hasCount(12);
    page.locator("#indicator-points-figures summary").click();
    assertThat(rowsOf(page.locator("#indicator-points-table")))
        .containsExactly(
            List.of("Proactive detection rate", "75", "75"),
            List.of("Removal rate", "75", "100"),
            List.of("Removal speed", "20", "75"),
            List.of("User reports actioned within 24 hours", "Not scored", "100"),
            List.of("Hash matching in use", "100", "100"),
            List.of("URL-list blocking in use", "0", "100"));
    screenshot("return-score-history");

    page.locator("#score-explained").click();
    page.waitForURL(url("/portal/filings/" + latest + "/versions/1#score"));
    assertThat(page.locator("#score-total")).hasText("89.58");
    assertThat(page.locator("#score-band")).hasText("Green");
    assertThat(page.locator("#score-method")).containsText("a total weight of 12");
    assertThat(page.locator("#score-thresholds"))
        .hasText("Green from 75, amber from 50, red below 50");
    assertThat(page.locator("#score-template")).hasText("The indicators of CSAM-Q version 2");
    assertThat(page.locator("#score-indicators-sha256")).hasText(csamIndicatorsSha256());
    // ReturnSamples.csamQuarter(): (75x3 + 100x2 + 75x2 + 100x2 + 100x2 + 100x1) / 12 = 89.58
    assertIndicator("proactive_detection_rate", "0.8", "75% to 90%", "75", "3");
    assertIndicator("removal_rate", "0.99", "99% or more", "100", "2");
    assertIndicator("removal_speed", "2.5", "1 to 6 hours", "75", "2");
    assertIndicator("user_report_24h_action_rate", "0.9", "90% or more", "100", "2");
    assertIndicator("hash_matching_in_use", "1", "in use", "100", "2");
    assertIndicator("url_blocking_in_use", "1", "in use", "100", "1");
    assertThat(page.locator("#indicator-proactive_detection_rate td").first())
        .containsText("Items of CSAM detected: 1,000 items");
    assertThat(page.locator("#indicator-proactive_detection_rate td").first())
        .containsText("Items detected proactively by hash matching: 600 items");
    screenshot("return-score-breakdown");

    // The earlier return: an indicator its answers give no value is shown as not scored, and why.
    page.navigate(url("/portal/filings/" + earlier + "/versions/1"));
    assertThat(page.locator("#score-total")).hasText("61.50");
    assertThat(page.locator("#score-band")).hasText("Amber");
    assertThat(page.locator("#score-method")).containsText("a total weight of 10");
    Locator notScored =
        page.locator("#indicator-user_report_24h_action_rate .indicator-not-scored");
    assertThat(notScored).containsText("Not scored");
    assertThat(notScored)
        .containsText("These answers give it no value (for example, a share of nothing)");
    assertThat(page.locator("#indicator-user_report_24h_action_rate .indicator-weight"))
        .hasText("2");
    assertIndicator("removal_speed", "30", "1 to 3 days", "20", "2");
  }

  @Test
  void anIndicatorWhoseInputWasLeftBlankSaysWhichOne() {
    TestPlatform platform = TestPlatforms.newPlatform();
    Map<String, Object> nothingRemoved = new HashMap<>(ReturnSamples.csamQuarter());
    nothingRemoved.put("items_removed", 0);
    nothingRemoved.remove("median_hours_to_removal");
    nothingRemoved.remove("p90_hours_to_removal");
    String filing =
        SubmittedReturns.csamQ(platform, SubmittedReturns.currentQuarter(), nothingRemoved);

    signIn(platform.officer(), "/portal/platform");
    page.navigate(url("/portal/filings/" + filing + "/versions/1"));

    // (75x3 + 0x2 + 100x2 + 100x2 + 100x1) / 10 = 725 / 10 = 72.50, AMBER; removal speed unscored.
    assertThat(page.locator("#score-total")).hasText("72.50");
    assertThat(page.locator("#score-band")).hasText("Amber");
    Locator removalSpeed = page.locator("#indicator-removal_speed");
    assertThat(removalSpeed.locator("td").first())
        .hasText("Median time from detection to removal: Not answered");
    assertThat(removalSpeed.locator(".indicator-not-scored"))
        .containsText(
            "‘Median time from detection to removal’ was not answered, so it has no value. Its"
                + " weight is left out of the total.");
    assertIndicator("removal_rate", "0", "under 90%", "0", "2");

    // One period only: the trend is a single point, and says so.
    page.locator(".govuk-back-link").click();
    assertThat(page.locator("#score-trend path.carefile-chart__mark")).hasCount(1);
    assertThat(page.locator("#score-trend polyline")).hasCount(0);
    assertThat(page.locator("#score-trend-desc"))
        .hasText(
            "The score of 1 period: 72.50, Amber, for "
                + period(SubmittedReturns.currentQuarter())
                + ".");
  }

  @Test
  void aPlatformSeesNeitherAnotherPlatformsReturnNorItsScore() {
    TestPlatform owner = TestPlatforms.newPlatform();
    TestPlatform other = TestPlatforms.newPlatform();
    String filing = SubmittedReturns.csamQ(owner);

    signIn(other.officer(), "/portal/platform");
    page.navigate(url("/portal/returns"));
    assertThat(page.locator("#no-returns")).isVisible();
    assertThat(page.locator("body")).not().containsText("89.58");
    page.navigate(url("/portal/filings/" + filing));
    assertThat(page.locator("h1")).hasText("Page not found");
    page.navigate(url("/portal/filings/" + filing + "/versions/1"));
    assertThat(page.locator("h1")).hasText("Page not found");
    assertThat(page.locator("body")).not().containsText("89.58");
  }

  @Test
  void theRegulatorSeesAPlatformsReturnWithItsScoreAndTrend() {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = SubmittedReturns.csamQ(platform);

    signIn("regulator-analyst", "/portal/regulator");
    page.navigate(url("/portal/filings/" + filing));

    assertThat(page.locator("#filing-score-total")).hasText("89.58");
    assertThat(page.locator("#score-trend svg[role=img]")).hasCount(1);
    assertThat(page.locator("#navigation")).not().containsText("Returns");
    page.navigate(url("/portal/returns"));
    assertThat(page.locator("h1")).hasText("You cannot view this page");
  }

  private void assertIndicator(
      String code, String value, String band, String points, String weight) {
    Locator row = page.locator("#indicator-" + code);
    assertThat(row.locator(".indicator-value")).hasText(value);
    assertThat(row.locator(".indicator-band")).hasText(band);
    assertThat(row.locator(".indicator-points")).hasText(points);
    assertThat(row.locator(".indicator-weight")).hasText(weight);
  }

  /** The table's body, row by row, each row's header and cells as text. */
  private static List<List<String>> rowsOf(Locator table) {
    return table.locator("tbody tr").all().stream()
        .map(row -> row.locator("th, td").allTextContents().stream().map(String::strip).toList())
        .toList();
  }

  private static String csamIndicatorsSha256() {
    return TemplateFiles.load(Path.of("config/templates")).stream()
        .map(TemplateFiles.TemplateFile::template)
        .filter(template -> template.code().equals("CSAM-Q") && template.version() == 2)
        .map(template -> CanonicalJson.sha256(template.definition().indicators()))
        .findFirst()
        .orElseThrow();
  }
}
