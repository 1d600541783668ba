package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.carefile.support.SubmittedReturns.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The analyst's review pages: the risk-ordered queue with its filters, one return's review page
 * (its values beside the previous period's and its peers', its score and override, versions,
 * queries and decisions) and every step taken from it, each redirecting with a success banner; a
 * refusal shown in the error summary, linked to its input, with nothing changed (checked through
 * the API); and no way in for a platform's people. Every page is audited with axe.
 */
@QuarkusTest
class ReviewPagesBrowserTest extends PortalBrowser {

  private static final String ANALYST = "regulator-analyst";

  /** The sample made RED: (75x3 + 0x2 + 0x2 + 0x2 + 100x2 + 0x1) / 12 = 425 / 12 = 35.42. */
  private static Map<String, Object> redValues() {
    return ReturnSamples.with(
        ReturnSamples.csamQuarter(),
        "items_removed",
        800,
        "median_hours_to_removal",
        new BigDecimal("80"),
        "p90_hours_to_removal",
        new BigDecimal("100"),
        "user_reports_actioned_24h",
        200,
        "url_blocking_enabled",
        false);
  }

  @Test
  void anAnalystFindsAReturnReviewsItOverridesItsBandAndAcceptsItWithFindings() {
    TestPlatform platform = TestPlatforms.newPlatform();
    String previous =
        SubmittedReturns.csamQ(
            platform, SubmittedReturns.previousQuarter(), ReturnSamples.csamQuarter());
    acceptThroughTheApi(previous);
    String filing =
        SubmittedReturns.csamQ(platform, SubmittedReturns.currentQuarter(), redValues());

    signIn(ANALYST, "/portal/regulator");
    page.locator("#review-queue").click();
    page.waitForURL(url("/portal/reviews"));
    assertThat(page.locator("h1")).hasText("Review queue");

    page.selectOption("#band", "RED");
    page.locator("#apply-filters").click();
    page.waitForURL(Pattern.compile(".*/portal/reviews\\?.*band=RED.*"));
    assertThat(page.locator("#band")).hasValue("RED");
    Locator row = findInQueue(filing);
    assertThat(page.locator("#reviews tbody .review-band .govuk-tag").allTextContents())
        .isNotEmpty()
        .allMatch("Red"::equals);
    assertThat(row.locator(".review-status")).hasText("Submitted");
    assertThat(row.locator(".review-assignee")).hasText("No one");
    assertThat(row.locator(".review-late")).hasText("On time");
    // RED 40, the total 54.16 points below the previous period's (at most 25), Category 1 20.
    assertThat(row.locator(".review-priority strong")).hasText("85");
    assertThat(row.locator(".review-priority li")).hasCount(3);
    assertThat(row.locator("button")).containsText("Assign to me");
    screenshot("review-queue");

    row.locator(".review-platform a").click();
    page.waitForURL(url("/portal/reviews/" + filing));
    assertThat(page.locator("#summary-status")).hasText("Submitted");
    assertThat(page.locator("#summary-assignee")).hasText("No one");
    assertThat(page.locator("#summary-priority strong")).hasText("85 points");

    // Each value beside the previous period's accepted one; fields have no peer median.
    assertThat(page.locator("#values-removal thead")).containsText("version 1, accepted");
    Locator removed = page.locator("#value-items_removed");
    assertThat(removed.locator(".value-current")).hasText("800 items");
    assertThat(removed.locator(".value-previous")).hasText("990 items");
    assertThat(removed.locator(".value-peer")).hasText("Not available");
    assertThat(page.locator("#value-items_detected_total .value-previous")).hasText("1,000 items");
    Locator removalRate = page.locator("#indicator-removal_rate");
    assertThat(removalRate.locator(".indicator-current")).hasText("0.8 (under 90%)");
    assertThat(removalRate.locator(".indicator-previous")).hasText("0.99 (99% or more)");
    assertThat(removalRate.locator(".indicator-peer")).containsText("platforms");
    assertThat(page.locator("#indicator-total .indicator-current")).hasText("35.42 (Red)");
    assertThat(page.locator("#indicator-total .indicator-previous")).hasText("89.58 (Green)");
    assertThat(page.locator("#no-findings")).isVisible();
    assertThat(page.locator("#no-queries")).isVisible();
    assertThat(page.locator("#raise-query")).hasCount(0);
    assertThat(page.locator("#version-1 .version-link"))
        .hasAttribute("href", "/portal/filings/" + filing + "/versions/1");

    page.locator("#assign-to-me").click();
    page.waitForURL(url("/portal/reviews/" + filing + "?done=ASSIGNED_TO_YOU"));
    assertThat(page.locator("#success")).containsText("You are assigned this return");
    assertThat(page.locator("#summary-status")).hasText("Under review");
    assertThat(page.locator("#summary-assignee")).containsText(ANALYST);
    assertThat(page.locator("#raise-query"))
        .hasAttribute("href", "/portal/reviews/" + filing + "/queries/new");

    assertThat(page.locator("#computed-band")).hasText("Red");
    assertThat(page.locator("#effective-band")).hasText("Red");
    assertThat(page.locator("#override-form input[name=band]")).hasCount(2);
    page.locator("#override-form").getByLabel("Amber").check();
    page.selectOption("#override-reason", "KNOWN_INCIDENT");
    page.locator("#override-comment").fill("A take-down backlog cleared in the first week after.");
    page.locator("#override-submit").click();
    page.waitForURL(url("/portal/reviews/" + filing + "?done=OVERRIDDEN"));
    assertThat(page.locator("#success")).containsText("The band was overridden");
    assertThat(page.locator("#computed-band")).hasText("Red");
    assertThat(page.locator("#effective-band")).hasText("Amber");
    assertThat(page.locator("#override-state")).hasText("Active");
    assertThat(page.locator("#override-reason-value")).hasText("A known incident in the period");
    assertThat(page.locator("#withdraw")).isVisible();
    assertThat(page.locator("#reconfirm")).hasCount(0);
    screenshot("review-overridden");

    page.locator("#finding-text").fill("Removal took over three days: publish the backlog plan.");
    page.locator("#findings-form input[value=items_removed]").check();
    page.locator("#accept-with-findings").click();
    page.waitForURL(url("/portal/reviews/" + filing + "?done=ACCEPTED_WITH_FINDINGS"));
    assertThat(page.locator("#success")).containsText("The return was accepted with findings");
    assertThat(page.locator("#summary-status")).hasText("Accepted");
    assertThat(page.locator("#decisions .decision-outcome")).hasText("Accepted with findings");
    assertThat(page.locator("#decisions .decision-findings"))
        .hasText(
            "Removal took over three days: publish the backlog plan. (About: Items removed or made"
                + " inaccessible)");
    assertThat(page.locator("#decide")).hasCount(0);
    assertThat(page.locator("#assign-to-me")).hasCount(0);

    JsonPath decided = returnReview(filing);
    assertThat(decided.getString("status")).isEqualTo("ACCEPTED");
    assertThat(decided.getList("decisions.outcome")).containsExactly("ACCEPT_WITH_FINDINGS");
    assertThat(decided.getList("decisions[0].findings[0].fields")).containsExactly("items_removed");
    assertThat(decided.getString("queue.band")).isEqualTo("AMBER");
  }

  @Test
  void anAnalystRejectsAReturnWithReasonCodes() {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = SubmittedReturns.csamQ(platform);

    signIn(ANALYST, "/portal/regulator");
    page.navigate(url("/portal/reviews/" + filing));
    assertThat(page.locator("#values-removal thead")).containsText("Previous period");
    assertThat(page.locator("#value-items_removed .value-previous")).hasText("No earlier period");
    page.locator("#assign-to-me").click();
    page.waitForURL(url("/portal/reviews/" + filing + "?done=ASSIGNED_TO_YOU"));

    page.locator("#reject-form input[value=INCOMPLETE]").check();
    page.locator("#reject-form input[value=IMPLAUSIBLE_FIGURES]").check();
    page.locator("#reject-text").fill("The trusted-flagger figures are missing and implausible.");
    page.locator("#reject").click();
    page.waitForURL(url("/portal/reviews/" + filing + "?done=REJECTED"));
    assertThat(page.locator("#success")).containsText("The return was rejected");
    assertThat(page.locator("#summary-status")).hasText("Rejected");
    assertThat(page.locator("#decisions .decision-reasons li"))
        .hasText(
            new String[] {
              "The return is incomplete: figures the template asks for are missing",
              "Figures in the return are not plausible for the service"
            });
    assertThat(page.locator("#decisions .decision-text"))
        .hasText("The trusted-flagger figures are missing and implausible.");
    assertThat(page.locator("#reject")).hasCount(0);
    assertThat(page.locator("#reassign")).hasCount(0);

    JsonPath decided = returnReview(filing);
    assertThat(decided.getString("status")).isEqualTo("REJECTED");
    assertThat(decided.getList("decisions[0].reasons.code"))
        .containsExactly("INCOMPLETE", "IMPLAUSIBLE_FIGURES");
    assertThat(decided.getString("decisions[0].text"))
        .isEqualTo("The trusted-flagger figures are missing and implausible.");
  }

  @Test
  void refusedStepsAreShownInTheErrorSummaryAndChangeNothing() {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = SubmittedReturns.csamQ(platform);
    assignThroughTheApi(filing);
    long version = review(filing).getLong("version");

    signIn(ANALYST, "/portal/regulator");
    page.navigate(url("/portal/reviews/" + filing));

    // A rejection with a reason but no text: the policy's refusal, on the text.
    page.locator("#reject-form input[value=INCOMPLETE]").check();
    page.locator("#reject").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: "));
    assertThat(page.locator("#error-summary a[href='#reject-text']"))
        .hasText("Enter why the return is rejected");
    assertThat(page.locator("#reject-text-error")).containsText("Enter why the return is rejected");
    assertThat(page.locator("#reject-text"))
        .hasAttribute("aria-describedby", "reject-text-hint reject-text-error");
    assertThat(page.locator("#reject-form input[value=INCOMPLETE]")).isChecked();
    assertThat(page.locator("#success")).hasCount(0);

    // Text that cannot be kept is named on its input, before the service sees it.
    page.waitForResponse(
        response -> "POST".equals(response.request().method()),
        () ->
            page.evaluate(
                "() => { const text = document.getElementById('reject-text');"
                    + " text.value = 'Figures\\u0000missing'; text.form.requestSubmit(); }"));
    assertThat(page.locator("#error-summary a[href='#reject-text']"))
        .hasText(
            "Why the return is rejected must not contain control characters or invisible"
                + " characters");

    // Reassigning to someone who is not an analyst.
    page.locator("#reassign-assignee").fill(platform.officer());
    page.locator("#reassign").click();
    assertThat(page.locator("#error-summary a[href='#reassign-assignee']"))
        .hasText("Enter the username of an enabled regulator analyst");
    assertThat(page.locator("#reassign-assignee")).hasValue(platform.officer());

    // Someone releases the return meanwhile: the page says so about the form as a whole.
    page.navigate(url("/portal/reviews/" + filing));
    releaseThroughTheApi(filing);
    page.locator("#finding-text").fill("A finding typed before the return was released.");
    page.locator("#accept-with-findings").click();
    assertThat(page.locator("#error-summary"))
        .containsText("Someone changed this review after you opened this page");
    assertThat(page.locator("#error-summary a")).hasCount(0);
    assertThat(page.locator("#finding-text"))
        .hasValue("A finding typed before the return was released.");
    assertThat(page.locator("#summary-assignee")).hasText("No one");

    JsonPath unchanged = returnReview(filing);
    assertThat(unchanged.getString("status")).isEqualTo("UNDER_REVIEW");
    assertThat(unchanged.getList("decisions")).isEmpty();
    assertThat(unchanged.getString("queue.assignee")).isNull();
    // Only the release moved the review on.
    assertThat(review(filing).getLong("version")).isEqualTo(version + 1);
  }

  @Test
  void wrongFilterValuesAreShownInTheErrorSummaryNotAsAnErrorPage() {
    signIn(ANALYST, "/portal/regulator");

    Response answer =
        page.navigate(
            url(
                "/portal/reviews?band=PURPLE&late=maybe&periodStart-day=31&periodStart-month=2"
                    + "&periodStart-year=2026&status=LOST"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(page).hasTitle(Pattern.compile("^Error: Review queue"));
    assertThat(page.locator("#error-summary a"))
        .hasText(
            new String[] {
              "Period starting on must be a real date, for example 1 4 2026",
              "Choose a band from the list",
              "Choose late or on time from the list",
              "Choose a status from the list"
            });
    assertThat(page.locator("#error-summary a[href='#band']")).isVisible();
    assertThat(page.locator("#periodStart-year")).hasValue("2026");
    assertThat(page.locator("#reviews")).hasCount(0);
  }

  @Test
  void aPlatformUserCannotOpenTheReviewPages() {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = SubmittedReturns.csamQ(platform);

    signIn(platform.officer(), "/portal/platform");
    for (String path : List.of("/portal/reviews", "/portal/reviews/" + filing)) {
      Response answer = page.navigate(url(path));
      assertThat(answer.status()).as(path).isEqualTo(403);
      assertThat(page.locator("h1")).hasText("You cannot view this page");
    }
    assertThat(page.locator("body")).not().containsText("Risk priority");
  }

  /** Finds the return's row in the queue as filtered, following its pages. */
  private Locator findInQueue(String filing) {
    Locator row = page.locator("#review-" + filing);
    while (row.count() == 0) {
      Locator next = page.locator(".govuk-pagination__next a");
      assertThat(next.count()).as("the queue has a next page holding the return").isEqualTo(1);
      next.click();
      page.waitForLoadState();
    }
    return row;
  }

  private static JsonPath review(String filing) {
    return as(ANALYST).get("/api/v1/reviews/" + filing).then().statusCode(200).extract().jsonPath();
  }

  private static JsonPath returnReview(String filing) {
    return as(ANALYST)
        .get("/api/v1/filings/" + filing + "/review")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static void assignThroughTheApi(String filing) {
    as(ANALYST)
        .contentType(ContentType.JSON)
        .body(Map.of("assignee", ANALYST, "expectedVersion", review(filing).getLong("version")))
        .put("/api/v1/reviews/" + filing + "/assignee")
        .then()
        .statusCode(200);
  }

  private static void releaseThroughTheApi(String filing) {
    as(ANALYST)
        .queryParam("expectedVersion", review(filing).getLong("version"))
        .delete("/api/v1/reviews/" + filing + "/assignee")
        .then()
        .statusCode(200);
  }

  private static void acceptThroughTheApi(String filing) {
    assignThroughTheApi(filing);
    as(ANALYST)
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "ACCEPT", "expectedVersion", review(filing).getLong("version")))
        .post("/api/v1/reviews/" + filing + "/decision")
        .then()
        .statusCode(201);
  }
}
