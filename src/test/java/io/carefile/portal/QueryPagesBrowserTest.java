package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.carefile.support.SubmittedReturns.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Queries in the portal: an analyst raises one about a return under review, the platform's officer
 * finds it in the inbox and answers in its thread, and the return is under review again; an analyst
 * follows one up and closes it; refused forms show the GOV.UK error summary and change nothing; and
 * another platform's query is not found. Returns are put under review through the API, whose
 * answers also show what each page did. Every page is audited with axe (PortalBrowser).
 */
@QuarkusTest
class QueryPagesBrowserTest extends PortalBrowser {

  private static final String ANALYST = "regulator-analyst";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final Pattern QUERY_ID = Pattern.compile(".*/portal/queries/([0-9a-f-]{36}).*");

  @Test
  void theAnalystRaisesAQueryThePlatformAnswersItAndTheReturnIsUnderReviewAgain() {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = SubmittedReturns.csamQ(platform);
    underReview(filing);

    signIn(ANALYST, "/portal/regulator");
    page.navigate(url("/portal/reviews/" + filing + "/queries/new"));
    assertThat(page.locator("h1")).hasText("Raise a query");
    assertThat(page.locator("#raise-return")).containsText("Test " + platform.slug().substring(3));
    LocalDate suggested = today().plusDays(14);
    assertThat(page.locator("#dueDate")).hasValue(String.valueOf(suggested.getDayOfMonth()));
    assertThat(page.locator("#dueDate-month")).hasValue(String.valueOf(suggested.getMonthValue()));
    assertThat(page.locator("#dueDate-year")).hasValue(String.valueOf(suggested.getYear()));
    assertThat(page.locator("#fields-section-removal legend")).hasText("Removal");

    page.locator("#subject").fill("Removals below detections");
    page.locator("#message")
        .fill("Why were fewer items <removed> than detected?\nPlease give the reasons & numbers.");
    page.locator("input[name=fields][value=items_removed]").check();
    page.locator("#raise-query").click();
    page.waitForURL(Pattern.compile(".*/portal/queries/[0-9a-f-]{36}\\?done=raised"));
    String queryId = QUERY_ID.matcher(page.url()).replaceFirst("$1");
    assertThat(page.locator("#done")).containsText("Query raised");
    assertThat(page.locator("#subject")).hasText("Removals below detections");
    assertThat(page.locator("#query-fields")).hasText("Items removed or made inaccessible");
    assertThat(page.locator("#query-due")).hasText(DAY.format(suggested));
    assertThat(page.locator("#query-status")).hasText("Open");
    assertThat(page.locator("#query-raised")).containsText(ANALYST);
    assertThat(page.locator("#query-return a")).hasAttribute("href", "/portal/reviews/" + filing);
    // The body is text, escaped, with its line break kept.
    Locator first = page.locator("#message-1 .message-body");
    assertThat(first)
        .hasText("Why were fewer items <removed> than detected?Please give the reasons & numbers.");
    assertThat(first.locator("br")).hasCount(1);
    assertThat(first.locator("removed")).hasCount(0);
    assertThat(page.locator("#message-1 .message-side")).hasText("Regulator");
    assertThat(page.locator("#send")).hasText("Send follow-up");
    assertThat(page.locator("#close")).isVisible();
    screenshot("query-raised");
    assertThat(statusOf(filing)).isEqualTo("QUERIED");

    // The regulator's inbox names the platform.
    page.navigate(url("/portal/queries?status=OPEN"));
    assertThat(page.locator("#query-" + queryId + " .query-platform"))
        .hasText("Test " + platform.slug().substring(3));

    switchTo(platform.officer(), "/portal/platform");
    assertThat(page.locator("#your-queries")).hasText("View queries (1 open)");
    page.locator("#your-queries").click();
    page.waitForURL(url("/portal/queries"));
    assertThat(page.locator("#queries tbody tr")).hasCount(1);
    assertThat(page.locator("#queries th", new Page.LocatorOptions().setHasText("Platform")))
        .hasCount(0);
    Locator row = page.locator("#query-" + queryId);
    assertThat(row.locator(".query-status")).hasText("Open");
    assertThat(row.locator(".query-due")).hasText(DAY.format(suggested));
    assertThat(row.locator(".query-return a")).hasAttribute("href", "/portal/filings/" + filing);
    assertThat(row.locator(".query-return")).containsText("Child sexual abuse material");
    screenshot("query-inbox");

    row.locator(".query-subject").click();
    page.waitForURL(url("/portal/queries/" + queryId));
    assertThat(page.locator("#close")).hasCount(0);
    assertThat(page.locator("#send")).hasText("Send answer");
    page.locator("#message").fill("A backlog of duplicates\nwas set aside, not removed.");
    page.locator("#send").click();
    page.waitForURL(url("/portal/queries/" + queryId + "?done=answered"));
    assertThat(page.locator("#done")).containsText("Your answer has been sent.");
    assertThat(page.locator("#query-status")).hasText("Answered");
    assertThat(page.locator("#messages > li")).hasCount(2);
    assertThat(page.locator("#message-2 .message-side")).hasText("Platform");
    assertThat(page.locator("#message-2 .message-author")).hasText(platform.officer());
    assertThat(page.locator("#message-2 .message-body br")).hasCount(1);
    assertThat(statusOf(filing)).isEqualTo("UNDER_REVIEW");

    // The return's own page lists its queries.
    page.navigate(url("/portal/filings/" + filing));
    assertThat(page.locator("#queries a")).hasText("Removals below detections");
    assertThat(page.locator("#queries a")).hasAttribute("href", "/portal/queries/" + queryId);

    // The inbox's filters: nothing open or overdue any more, the answered query under Answered.
    page.navigate(url("/portal/queries"));
    page.locator("#status").selectOption("OPEN");
    page.locator("#apply-filter").click();
    assertThat(page.locator("#no-queries")).isVisible();
    page.locator("#status").selectOption("ANSWERED");
    page.locator("#apply-filter").click();
    assertThat(page.locator("#query-" + queryId)).isVisible();
    page.locator("#overdue").check();
    page.locator("#apply-filter").click();
    assertThat(page.locator("#no-queries")).isVisible();

    // The analyst reads the answer from the review page and accepts the return there.
    switchTo(ANALYST, "/portal/regulator");
    page.navigate(url("/portal/reviews/" + filing));
    assertThat(page.locator("#summary-status")).hasText("Under review");
    page.locator("#accept").click();
    page.waitForURL(url("/portal/reviews/" + filing + "?done=ACCEPTED"));
    assertThat(page.locator("#summary-status")).hasText("Accepted");
    assertThat(statusOf(filing)).isEqualTo("ACCEPTED");
  }

  @Test
  void aRaisingWithAnEmptyMessageOrAPastOrBadDueDateIsShownOnItsInputAndRaisesNothing() {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = SubmittedReturns.csamQ(platform);
    underReview(filing);
    signIn(ANALYST, "/portal/regulator");
    page.navigate(url("/portal/reviews/" + filing + "/queries/new"));

    page.locator("#subject").fill("Removals");
    page.locator("input[name=fields][value=items_removed]").check();
    page.locator("#raise-query").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: Raise a query"));
    assertLinked("message", "Enter a message to the platform");
    assertThat(page.locator("#error-summary a")).hasCount(1);
    assertThat(page.locator("#subject")).hasValue("Removals");
    assertThat(page.locator("input[name=fields][value=items_removed]")).isChecked();
    page.locator("#error-summary a[href='#message']").click();
    assertThat(page.locator("#message")).isFocused();

    LocalDate yesterday = today().minusDays(1);
    page.locator("#message").fill("Why were fewer items removed?");
    fillDueDate(
        String.valueOf(yesterday.getDayOfMonth()),
        String.valueOf(yesterday.getMonthValue()),
        String.valueOf(yesterday.getYear()));
    page.locator("#raise-query").click();
    assertLinked("dueDate", "Due date must be today or in the future");
    assertThat(page.locator("#message")).hasValue("Why were fewer items removed?");
    page.locator("#error-summary a[href='#dueDate']").click();
    assertThat(page.locator("#dueDate")).isFocused();
    screenshot("query-raising-past-due-date");

    fillDueDate("31", "2", String.valueOf(today().getYear() + 1));
    page.locator("#raise-query").click();
    assertLinked("dueDate", "Due date must be a real date, for example 27 3 2026");
    fillDueDate("", "", "");
    page.locator("#raise-query").click();
    assertLinked("dueDate", "Enter the due date");

    // Text that cannot be kept, and a field the return does not have, never reach the service.
    fillDueDate("1", "1", String.valueOf(today().getYear() + 1));
    page.locator("#subject").fill("Removals\u202E");
    page.locator("#message").fill("m".repeat(4001));
    page.locator("#raise-query").click();
    assertLinked("subject", "Subject must not contain control characters or invisible characters");
    assertLinked("message", "Message to the platform must be 4,000 characters or fewer");
    page.locator("#subject").fill("Removals");
    page.locator("#message").fill("Why were fewer items removed?");
    page.evaluate("document.querySelector('input[value=items_removed]').value = 'no_such_field'");
    page.locator("#raise-query").click();
    assertLinked("fields", "Select only fields of this return");
    page.locator("#error-summary a[href='#fields']").click();
    assertThat(page.locator("#fields")).isFocused();

    assertThat(queriesOf(filing).getInt("totalItems")).isZero();
    assertThat(statusOf(filing)).isEqualTo("UNDER_REVIEW");
  }

  @Test
  void theAnalystFollowsUpAndClosesAQueryAndAnEmptyMessageIsRefused() {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = SubmittedReturns.csamQ(platform);
    underReview(filing);
    String queryId = raised(filing, "Appeals");
    as(platform.officer())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "message",
                "All appeals were heard.",
                "expectedVersion",
                query(queryId).getLong("version")))
        .post("/api/v1/queries/{id}/replies", queryId)
        .then()
        .statusCode(200);
    assertThat(statusOf(filing)).isEqualTo("UNDER_REVIEW");

    signIn(ANALYST, "/portal/regulator");
    page.navigate(url("/portal/queries/" + queryId));
    page.locator("#message").fill("   ");
    page.locator("#send").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: Appeals"));
    assertLinked("message", "Enter your message");
    assertThat(page.locator("#messages > li")).hasCount(2);
    // A browser cannot type NUL: the script puts it in the textarea, and the form sends it.
    page.evaluate("document.getElementById('message').value = 'How many\\u0000 were upheld?'");
    page.locator("#send").click();
    assertLinked(
        "message", "Your message must not contain control characters or invisible characters");
    page.locator("#message").fill("m".repeat(4001));
    page.locator("#send").click();
    assertLinked("message", "Your message must be 4,000 characters or fewer");
    assertThat(page.locator("#message")).hasValue("m".repeat(4001));
    assertThat(query(queryId).getList("messages")).hasSize(2);
    assertThat(statusOf(filing)).isEqualTo("UNDER_REVIEW");

    page.locator("#message").fill("How many were upheld?");
    page.locator("#send").click();
    page.waitForURL(url("/portal/queries/" + queryId + "?done=followed-up"));
    assertThat(page.locator("#done")).containsText("Your follow-up has been sent.");
    assertThat(page.locator("#query-status")).hasText("Open");
    assertThat(page.locator("#message-3 .message-body")).hasText("How many were upheld?");
    assertThat(statusOf(filing)).isEqualTo("QUERIED");

    page.locator("#close").click();
    page.waitForURL(url("/portal/queries/" + queryId + "?done=closed"));
    assertThat(page.locator("#done")).containsText("Query closed.");
    assertThat(page.locator("#query-status")).hasText("Closed");
    assertThat(page.locator("#query-closed")).containsText(ANALYST);
    assertThat(page.locator("#closed-note")).isVisible();
    assertThat(page.locator("#reply")).hasCount(0);
    assertThat(page.locator("#closure")).hasCount(0);
    assertThat(statusOf(filing)).isEqualTo("UNDER_REVIEW");
  }

  @Test
  void aReplyToAQueryChangedOrClosedMeanwhileIsRefusedAndNothingIsSent() {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = SubmittedReturns.csamQ(platform);
    underReview(filing);
    String queryId = raised(filing, "Staffing");

    signIn(platform.officer(), "/portal/platform");
    page.navigate(url("/portal/queries/" + queryId));
    page.locator("#message").fill("We hired twelve moderators.");
    // The analyst follows up while the officer writes: the officer's page is stale.
    as(ANALYST)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "message",
                "And how many left?",
                "expectedVersion",
                query(queryId).getLong("version")))
        .post("/api/v1/queries/{id}/replies", queryId)
        .then()
        .statusCode(200);
    page.locator("#send").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: Staffing"));
    assertThat(page.locator("#error-summary"))
        .containsText("The query has changed since you opened it");
    assertThat(page.locator("#error-summary a")).hasCount(0);
    assertThat(page.locator("#message")).hasValue("We hired twelve moderators.");
    assertThat(page.locator("#message-2 .message-body")).hasText("And how many left?");
    assertThat(query(queryId).getList("messages")).hasSize(2);

    as(ANALYST)
        .contentType(ContentType.JSON)
        .body(Map.of("expectedVersion", query(queryId).getLong("version")))
        .post("/api/v1/queries/{id}/closure", queryId)
        .then()
        .statusCode(200);

    page.locator("#send").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: Staffing"));
    assertThat(page.locator("#error-summary"))
        .containsText("This query has been closed, so nothing more can be said in it");
    assertThat(page.locator("#unsent")).containsText("We hired twelve moderators.");
    assertThat(page.locator("#reply")).hasCount(0);
    assertThat(page.locator("#query-status")).hasText("Closed");
    screenshot("query-reply-closed");

    JsonPath thread = query(queryId);
    assertThat(thread.getList("messages")).hasSize(2);
    assertThat(thread.getString("status")).isEqualTo("CLOSED");
  }

  @Test
  void anotherPlatformsQueryIsNotFoundAndNotInTheInbox() {
    TestPlatform owner = TestPlatforms.newPlatform();
    TestPlatform other = TestPlatforms.newPlatform();
    String filing = SubmittedReturns.csamQ(owner);
    underReview(filing);
    String queryId = raised(filing, "Not yours");

    signIn(other.officer(), "/portal/platform");
    assertThat(page.locator("#your-queries")).hasText("View queries");
    Response answer = page.navigate(url("/portal/queries/" + queryId));
    assertThat(answer.status()).isEqualTo(404);
    assertThat(page.locator("h1")).hasText("Page not found");
    page.navigate(url("/portal/queries"));
    assertThat(page.locator("#no-queries")).isVisible();

    // Nor may a platform's people raise one.
    Response raising = page.navigate(url("/portal/reviews/" + filing + "/queries/new"));
    assertThat(raising.status()).isEqualTo(403);
  }

  @Test
  void theInboxPagesThroughTheQueriesKeepingItsFilter() {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = SubmittedReturns.csamQ(platform);
    underReview(filing);
    for (int i = 1; i <= 26; i++) {
      raised(filing, "Question " + i);
    }

    signIn(platform.officer(), "/portal/platform");
    assertThat(page.locator("#your-queries")).hasText("View queries (26 open)");
    page.navigate(url("/portal/queries?status=OPEN"));
    assertThat(page.locator("#queries caption")).hasText("26 queries");
    assertThat(page.locator("#queries tbody tr")).hasCount(25);
    // The thread that moved last comes first.
    assertThat(page.locator("#queries tbody tr").first().locator(".query-subject"))
        .hasText("Question 26");
    assertThat(page.locator(".govuk-pagination__prev")).hasCount(0);
    page.locator(".govuk-pagination__next a").click();
    page.waitForURL(url("/portal/queries?page=2&status=OPEN"));
    assertThat(page.locator("#queries tbody tr")).hasCount(1);
    assertThat(page.locator(".query-subject")).hasText("Question 1");
    assertThat(page.locator("#status")).hasValue("OPEN");
    assertThat(page.locator(".govuk-pagination__next")).hasCount(0);
  }

  // ---- helpers ---------------------------------------------------------------------------

  private void assertLinked(String inputId, String message) {
    assertThat(page.locator("#error-summary a[href='#" + inputId + "']")).hasText(message);
    assertThat(page.locator("#" + inputId + "-error")).containsText(message);
  }

  private void fillDueDate(String day, String month, String year) {
    page.locator("#dueDate").fill(day);
    page.locator("#dueDate-month").fill(month);
    page.locator("#dueDate-year").fill(year);
  }

  /** Signs out, then in as someone else. */
  private void switchTo(String username, String home) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
    page.waitForURL(url -> "/".equals(URI.create(url).getPath()));
    signIn(username, home);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/London"));
  }

  /** Takes the submitted return into review: the analyst assigns it to themself. */
  private static void underReview(String filing) {
    as(ANALYST)
        .contentType(ContentType.JSON)
        .body(Map.of("assignee", ANALYST, "expectedVersion", reviewVersion(filing)))
        .put("/api/v1/reviews/{id}/assignee", filing)
        .then()
        .statusCode(200);
  }

  private static long reviewVersion(String filing) {
    return as(ANALYST)
        .get("/api/v1/reviews/{id}", filing)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("version");
  }

  /** An analyst raises a query about the return through the API; answers its id. */
  private static String raised(String filing, String subject) {
    return as(ANALYST)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "subject",
                subject,
                "message",
                "Please explain.",
                "fields",
                List.of(),
                "dueDate",
                today().plusDays(14).toString()))
        .post("/api/v1/filings/{id}/queries", filing)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static JsonPath query(String queryId) {
    return as(ANALYST)
        .get("/api/v1/queries/{id}", queryId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static JsonPath queriesOf(String filing) {
    return as(ANALYST)
        .get("/api/v1/filings/{id}/queries", filing)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String statusOf(String filing) {
    return as(ANALYST)
        .get("/api/v1/filings/{id}", filing)
        .then()
        .statusCode(200)
        .extract()
        .path("status");
  }
}
