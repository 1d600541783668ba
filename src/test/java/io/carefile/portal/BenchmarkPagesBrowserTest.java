package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import io.carefile.portal.shared.NumberFormats;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The benchmark pages over five platforms of this class alone, filing CSAM-Q in quarters of the
 * year {@value #YEAR}, which no other test uses (as {@code scoring.BenchmarkPeers} does for the
 * API's tests): there these platforms are the whole cohort. Every platform of {@link TestPlatforms}
 * is Category 1 with 40 million UK users, so the groups differ by period:
 *
 * <pre>
 * quarter  filed by                     totals (see BenchmarkApiTest for the working)
 * Q1       all five                     93.75 89.58 89.58 82.50 77.08 (peer 1 is the viewer: 89.58)
 * Q2       peers 0, 2, 3 and the viewer 80.42 80.42 80.42 and the viewer's 89.58: four, below k = 5
 * </pre>
 *
 * 80.42: the sample with 30 hours to removal, whose removal_speed earns 20 points: (225 + 200 + 40
 * + 200 + 200 + 100) / 12. Figures on the pages are compared with the API's for the same group.
 */
@QuarkusTest
class BenchmarkPagesBrowserTest extends PortalBrowser {

  private static final int YEAR = 2857;
  private static final LocalDate FIVE_FILED = LocalDate.of(YEAR, 1, 1);
  private static final LocalDate FOUR_FILED = LocalDate.of(YEAR, 4, 1);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final int VIEWER = 1;

  private static List<TestPlatform> peers;
  private static List<String> names;
  private static List<String> filings;
  private static String viewersLaterFiling;

  @BeforeEach
  void peersHaveFiled() {
    if (peers != null) {
      return;
    }
    List<TestPlatform> made = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      made.add(TestPlatforms.newPlatform());
    }
    List<Map<String, Object>> values =
        List.of(
            medianHours("0.5"),
            medianHours("2"),
            medianHours("2"),
            withoutUserReports(medianHours("8")),
            medianHours("100"));
    List<String> filed = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      filed.add(SubmittedReturns.csamQ(made.get(i), FIVE_FILED, values.get(i)));
    }
    for (int i : new int[] {0, 2, 3}) {
      SubmittedReturns.csamQ(made.get(i), FOUR_FILED, medianHours("30"));
    }
    viewersLaterFiling =
        SubmittedReturns.csamQ(made.get(VIEWER), FOUR_FILED, ReturnSamples.csamQuarter());
    names =
        made.stream()
            .map(
                platform ->
                    SubmittedReturns.as("regulator-analyst")
                        .get("/api/v1/platforms/" + platform.platformId())
                        .then()
                        .statusCode(200)
                        .extract()
                        .<String>path("tradingName"))
            .toList();
    filings = List.copyOf(filed);
    peers = List.copyOf(made);
  }

  @Test
  void theRegulatorSeesEveryCategorysBoxPlotWithTheApisFiguresAndTheOutliersNamed()
      throws IOException {
    JsonNode categoryOne = benchmark("regulator-analyst", FIVE_FILED, "CATEGORY_1");
    JsonNode everyone = benchmark("regulator-analyst", FIVE_FILED, null);
    assertThat(categoryOne.get("cohortSize").asInt()).as("only these five filed").isEqualTo(5);

    signIn("regulator-analyst", "/portal/regulator");
    page.locator("#benchmarks-link").click();
    assertThat(page.locator("h1")).hasText("Peer benchmarks");
    page.navigate(url(benchmarksOf(FIVE_FILED)));

    assertThat(page.locator("#benchmark-caption")).containsText("CSAM-Q: ");
    assertThat(page.locator("#benchmark-caption")).containsText(" for " + period(FIVE_FILED));
    // One box (Category 1), whiskers and median drawn; the other categories have no returns.
    Locator plot = page.locator("#category-totals svg[role=img]");
    assertThat(plot).hasCount(1);
    assertThat(plot).hasAttribute("aria-labelledby", "category-totals-title");
    assertThat(page.locator("#category-totals-title")).hasText("Total scores by category");
    assertThat(page.locator("#category-totals-desc")).containsText("3 categories are not shown");
    assertThat(page.locator("#category-totals g.carefile-chart__box")).hasCount(1);
    assertThat(page.locator("#category-totals g.carefile-chart__box rect")).hasCount(1);
    assertThat(page.locator("#category-totals g.carefile-chart__box line")).hasCount(4);
    assertThat(page.locator("#category-totals path.carefile-chart__highlight")).hasCount(0);
    page.locator("#category-totals-figures summary").click();
    assertThat(rowsOf(page.locator("#category-totals-table")))
        .containsExactly(
            figures("Category 1 (5 platforms)", categoryOne.at("/total/distribution"), "None"),
            List.of("Category 2A", "No scored returns"),
            List.of("Category 2B", "No scored returns"),
            List.of("Core", "No scored returns"));
    assertThat(rowsOf(page.locator("#category-totals-table")).getFirst())
        .as("worked by hand in BenchmarkApiTest")
        .containsExactly(
            "Category 1 (5 platforms)", "78.164", "82.5", "89.58", "89.58", "92.916", "None");

    // The whole group, measure by measure, as the API gives it; the outlier named.
    assertThat(cells(page.locator("#measure-total")))
        .isEqualTo(measureRow("Total score", everyone.get("total")));
    JsonNode speed = indicator(everyone, "removal_speed");
    assertThat(cells(page.locator("#measure-removal_speed")))
        .isEqualTo(measureRow("Removal speed", speed));
    assertThat(cells(page.locator("#measure-user_report_24h_action_rate")).get(1))
        .as("four values: shown to regulators")
        .isEqualTo("4");
    assertThat(rowsOf(page.locator("#outliers")))
        .containsExactly(List.of("Removal speed", names.get(4), "100", "High"));
    assertThat(page.locator("#outliers a"))
        .hasAttribute("href", "/portal/reviews/" + filings.get(4));
    screenshot("benchmarks-regulator");

    // A group below k is still shown to regulators, marked.
    page.navigate(url(benchmarksOf(FOUR_FILED)));
    assertThat(page.locator("#small-cohort"))
        .containsText("This group has 4 platforms, fewer than 5: platforms do not see it.");
    page.locator("#category-totals-figures summary").click();
    assertThat(rowsOf(page.locator("#category-totals-table")).getFirst())
        .startsWith("Category 1 (4 platforms, fewer than 5)", "80.42");
  }

  @Test
  void aPlatformSeesItsPositionInAGroupOfKOrMoreButNothingOfItsPeers() throws IOException {
    TestPlatform viewer = peers.get(VIEWER);
    JsonNode categoryOne = benchmark(viewer.officer(), FIVE_FILED, "CATEGORY_1");
    JsonNode everyone = benchmark(viewer.officer(), FIVE_FILED, null);
    JsonNode panel =
        JSON.readTree(
            SubmittedReturns.as(viewer.officer())
                .get("/api/v1/filings/" + filings.get(VIEWER) + "/benchmark")
                .then()
                .statusCode(200)
                .extract()
                .asString());

    signIn(viewer.officer(), "/portal/platform");
    page.locator("#benchmarks-link").click();
    assertThat(page.locator("h1")).hasText("Peer benchmarks");
    page.navigate(url(benchmarksOf(FIVE_FILED)));

    // The periods to choose from are those the platform's own scores are in.
    assertThat(page.locator("#periodStart option"))
        .hasText(new String[] {period(FOUR_FILED), period(FIVE_FILED)});
    assertThat(page.locator("#own-total")).hasText("89.58");
    // (2 below + half of 2 equal) / 5 x 100 = 60, in its category and among everyone.
    assertThat(page.locator(".own-percentile dt"))
        .hasText(
            new String[] {
              "Percentile among Category 1 platforms", "Percentile among All platforms"
            });
    assertThat(page.locator(".own-percentile__value")).hasText(new String[] {"60.00", "60.00"});
    assertThat(panel.at("/groups/0/total/percentile").decimalValue()).isEqualByComparingTo("60.00");

    // Its category's box, with its own return marked; the categories below k withheld.
    assertThat(page.locator("#category-totals g.carefile-chart__box")).hasCount(1);
    assertThat(page.locator("#category-totals path.carefile-chart__highlight")).hasCount(1);
    page.locator("#category-totals-figures summary").click();
    List<String> withOwn =
        new ArrayList<>(
            figures("Category 1 (5 platforms)", categoryOne.at("/total/distribution"), "None"));
    withOwn.add("89.58");
    assertThat(rowsOf(page.locator("#category-totals-table")))
        .containsExactly(
            withOwn,
            List.of("Category 2A", "Fewer than 5 platforms: not shown", ""),
            List.of("Category 2B", "Fewer than 5 platforms: not shown", ""),
            List.of("Core", "Fewer than 5 platforms: not shown", ""));

    // Each measure with its own value and percentile; the one fewer than k could be scored on is
    // withheld, though the viewer's own value stays the viewer's.
    List<String> total = new ArrayList<>(measureRow("Total score", everyone.get("total")));
    total.addAll(List.of("89.58", "60.00"));
    assertThat(cells(page.locator("#measure-total"))).isEqualTo(total);
    // Its 2 hours among 0.5 2 2 8 100: (1 below + half of 2 equal) / 5 x 100 = 40.
    assertThat(cells(page.locator("#measure-removal_speed"))).endsWith("2", "40.00");
    assertThat(panel.at("/groups/0/indicators/2/code").asText()).isEqualTo("removal_speed");
    assertThat(panel.at("/groups/0/indicators/2/percentile").decimalValue())
        .isEqualByComparingTo("40");
    assertThat(cells(page.locator("#measure-user_report_24h_action_rate")))
        .containsExactly(
            "User reports actioned within 24 hours",
            "",
            "Fewer than 5 platforms have a value: not shown",
            "0.9",
            "Not shown");

    // No peer's name, return or value: the highest and lowest totals are peers' own values.
    String html = page.content();
    for (int i = 0; i < 5; i++) {
      if (i != VIEWER) {
        assertThat(html).doesNotContain(names.get(i), filings.get(i), peers.get(i).platformId());
      }
    }
    assertThat(html).doesNotContain("93.75", "77.08");
    assertThat(page.locator("#heat-map-link")).hasCount(0);
    screenshot("benchmarks-platform");

    // The return's own page shows the same standing beside its score.
    page.navigate(url("/portal/filings/" + filings.get(VIEWER)));
    assertThat(page.locator(".peer-standing dt"))
        .hasText(
            new String[] {
              "Percentile among Category 1 platforms",
              "Percentile among platforms with 34,000,000 or more UK users"
            });
    assertThat(page.locator(".peer-percentile")).hasText(new String[] {"60.00", "60.00"});
  }

  @Test
  void aGroupOfFewerThanKPlatformsShowsAPlatformNothingOfItsPeers() {
    TestPlatform viewer = peers.get(VIEWER);

    signIn(viewer.officer(), "/portal/platform");
    page.navigate(url(benchmarksOf(FOUR_FILED)));

    assertThat(page.locator("#own-total")).hasText("89.58");
    assertThat(page.locator(".own-percentile dd"))
        .hasText(
            new String[] {
              "Fewer than 5 platforms: not shown", "Fewer than 5 platforms: not shown"
            });
    assertThat(page.locator("#category-totals")).hasCount(0);
    assertThat(page.locator("#category-totals-withheld li"))
        .hasText(
            new String[] {
              "Category 1: Fewer than 5 platforms: not shown",
              "Category 2A: Fewer than 5 platforms: not shown",
              "Category 2B: Fewer than 5 platforms: not shown",
              "Core: Fewer than 5 platforms: not shown"
            });
    assertThat(page.locator("#group-withheld"))
        .hasText("Fewer than 5 platforms filed in this group, so nothing about it is shown.");
    assertThat(page.locator("#measures")).hasCount(0);
    String html = page.content();
    assertThat(html).doesNotContain("80.42", "80.4", "4 platforms");
    for (int i : new int[] {0, 2, 3}) {
      assertThat(html).doesNotContain(names.get(i), peers.get(i).platformId());
    }

    page.navigate(url("/portal/filings/" + viewersLaterFiling));
    assertThat(page.locator(".peer-withheld"))
        .hasText(
            new String[] {
              "Not shown: fewer than 5 platforms", "Not shown: fewer than 5 platforms"
            });
  }

  @Test
  void theRegulatorsHeatMapHasARowPerPlatformLeadingToItsReturn() {
    signIn("regulator-analyst", "/portal/regulator");
    page.locator("#heat-map-link").click();
    assertThat(page.locator("h1")).hasText("Points by platform and indicator");
    page.navigate(
        url("/portal/benchmarks/indicators?templateCode=CSAM-Q&periodStart=" + FIVE_FILED));

    assertThat(page.locator("#showing")).hasText("Showing 1 to 5 of 5 returns");
    assertThat(page.locator("#platform-points svg[role=img]")).hasCount(1);
    assertThat(page.locator("#platform-points rect.carefile-chart__cell")).hasCount(30);
    page.locator("#platform-points-figures summary").click();
    List<List<String>> rows = rowsOf(page.locator("#platform-points-table"));
    // Lowest total first: peer 4 (77.08), peer 3 (82.50), peers 1 and 2 (89.58), peer 0 (93.75).
    assertThat(rows.get(0)).containsExactly(names.get(4), "75", "100", "0", "100", "100", "100");
    assertThat(rows.get(1))
        .containsExactly(names.get(3), "75", "100", "50", "Not scored", "100", "100");
    assertThat(rows.subList(2, 4).stream().map(List::getFirst))
        .containsExactlyInAnyOrder(names.get(1), names.get(2));
    assertThat(rows.get(4)).containsExactly(names.get(0), "75", "100", "100", "100", "100", "100");
    for (int i = 0; i < 5; i++) {
      Locator row = page.locator("#return-" + filings.get(i));
      assertThat(row.locator("a")).hasText(names.get(i));
      assertThat(row.locator("a")).hasAttribute("href", "/portal/reviews/" + filings.get(i));
    }
    assertThat(page.locator("#return-" + filings.get(4) + " td").nth(1)).hasText("77.08");
    screenshot("benchmarks-heat-map");

    page.locator("#return-" + filings.get(4) + " a").click();
    page.waitForURL(url("/portal/reviews/" + filings.get(4)));
    assertThat(page.locator("#score-total")).containsText("77.08");
  }

  @Test
  void aPlatformIsRefusedTheHeatMapAndItsReadsSeeOnlyItsOwnReturns() {
    TestPlatform viewer = peers.get(VIEWER);
    Map<String, List<String>> own = reads(viewer.officer());
    assertThat(own.get("periods")).containsExactly(FOUR_FILED.toString(), FIVE_FILED.toString());
    assertThat(own.get("platforms")).containsExactly(viewer.platformId());
    assertThat(reads("regulator-analyst").get("platforms"))
        .containsExactlyInAnyOrderElementsOf(peers.stream().map(TestPlatform::platformId).toList());

    signIn(viewer.officer(), "/portal/platform");
    page.navigate(
        url("/portal/benchmarks/indicators?templateCode=CSAM-Q&periodStart=" + FIVE_FILED));

    assertThat(page.locator("h1")).hasText("You cannot view this page");
    assertThat(page.locator("body")).not().containsText(names.get(0));
  }

  @Test
  void badChoicesAreNamedInTheErrorSummaryByTheirInput() {
    signIn("regulator-analyst", "/portal/regulator");

    page.navigate(url("/portal/benchmarks?templateCode=NO-SUCH&periodStart=" + FIVE_FILED));
    assertError("templateCode", "Choose a return template from the list");

    page.navigate(url(benchmarksOf(FIVE_FILED) + "&sizeBand=giant"));
    assertError("sizeBand", "Choose a size of platform from the list");

    page.navigate(url("/portal/benchmarks?templateCode=CSAM-Q&periodStart=" + YEAR + "-02-01"));
    assertError("periodStart", "Choose a period of this return template from the list");

    page.navigate(url("/portal/benchmarks?templateCode=CSAM-Q&periodStart=someday"));
    assertError("periodStart", "Choose a period from the list");

    page.navigate(
        url(
            "/portal/benchmarks/indicators?templateCode=CSAM-Q&periodStart="
                + FIVE_FILED
                + "&category=HUGE"));
    assertError("category", "Choose a category from the list");
  }

  private void assertError(String input, String message) {
    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    Locator link = page.locator(".govuk-error-summary a");
    assertThat(link).hasCount(1);
    assertThat(link).hasText(message);
    assertThat(link).hasAttribute("href", "#" + input);
    assertThat(page.locator("#" + input + "-error")).containsText(message);
    assertThat(page.locator("#category-totals")).hasCount(0);
    assertThat(page.locator("#platform-points")).hasCount(0);
  }

  private static String benchmarksOf(LocalDate period) {
    return "/portal/benchmarks?templateCode=CSAM-Q&periodStart=" + period;
  }

  /** GET /api/v1/benchmarks for the group, as the user. */
  private static JsonNode benchmark(String user, LocalDate period, String category)
      throws IOException {
    var request =
        SubmittedReturns.as(user)
            .queryParam("templateCode", "CSAM-Q")
            .queryParam("periodStart", period.toString());
    if (category != null) {
      request.queryParam("category", category);
    }
    return JSON.readTree(
        request.get("/api/v1/benchmarks").then().statusCode(200).extract().asString());
  }

  private static Map<String, List<String>> reads(String user) {
    return SubmittedReturns.as(user)
        .get("/api/v1/test-support/benchmark-reads/" + FIVE_FILED)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("$");
  }

  private static JsonNode indicator(JsonNode benchmark, String code) {
    for (JsonNode indicator : benchmark.get("indicators")) {
      if (indicator.get("code").asText().equals(code)) {
        return indicator;
      }
    }
    throw new AssertionError("No indicator " + code + " in " + benchmark);
  }

  /** A box plot table's row: the group, its five figures as the page writes them, the rest. */
  private static List<String> figures(String group, JsonNode distribution, String outliers) {
    List<String> row = new ArrayList<>(List.of(group));
    for (String figure : List.of("p5", "p25", "median", "p75", "p95")) {
      row.add(written(distribution.get(figure)));
    }
    row.add(outliers);
    return row;
  }

  /** A row of the measures table from the API's measure: platforms, figures, outlier count. */
  private static List<String> measureRow(String title, JsonNode measure) {
    List<String> row = new ArrayList<>(List.of(title, measure.get("cohortSize").asText()));
    row.addAll(
        figures("", measure.get("distribution"), measure.get("outlierCount").asText())
            .subList(1, 7));
    return row;
  }

  private static String written(JsonNode number) {
    return NumberFormats.formatted(new BigDecimal(number.asText()));
  }

  private static String period(LocalDate start) {
    return DAY.format(start) + " to " + DAY.format(start.plusMonths(3).minusDays(1));
  }

  private static Map<String, Object> medianHours(String hours) {
    Map<String, Object> values =
        ReturnSamples.with(
            ReturnSamples.csamQuarter(), "median_hours_to_removal", new BigDecimal(hours));
    if (new BigDecimal(hours).compareTo(new BigDecimal("12")) > 0) {
      values.put("p90_hours_to_removal", new BigDecimal(hours).multiply(BigDecimal.TWO));
    }
    return values;
  }

  private static Map<String, Object> withoutUserReports(Map<String, Object> values) {
    return ReturnSamples.with(values, "user_reports_received", 0, "user_reports_actioned_24h", 0);
  }

  private static List<String> cells(Locator row) {
    return row.locator("th, td").allTextContents().stream().map(String::strip).toList();
  }

  private static List<List<String>> rowsOf(Locator table) {
    return table.locator("tbody tr").all().stream().map(BenchmarkPagesBrowserTest::cells).toList();
  }
}
