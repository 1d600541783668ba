package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.carefile.support.SubmittedReturns.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestClock;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Enforcement cases in the portal: an officer opens a case on its grounds and takes it to a
 * provisional notice; the platform's officer finds it, with its deadline, and makes representations
 * with a PDF; the officer reads them and, once the deadline has passed (by the test clock),
 * confirms the decision with a requirement, which the platform marks done and the officer verifies,
 * and records the platform's appeal and its outcome. Refused forms show the GOV.UK error summary by
 * problem code and change nothing; another platform's case is not found; an analyst reads a case
 * but has no forms, and posting one is 403. Every page is audited with axe (PortalBrowser).
 */
@QuarkusTest
class EnforcementPagesBrowserTest extends PortalBrowser {

  private static final String OFFICER = "regulator-enforcement";
  private static final String ANALYST = "regulator-analyst";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final Pattern CASE_ID =
      Pattern.compile(".*/portal/enforcement-cases/([0-9a-f-]{36}).*");
  private static final byte[] PDF =
      "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void anOfficerTakesACaseToANoticeThePlatformMakesRepresentationsAndTheOfficerConfirms()
      throws IOException {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = SubmittedReturns.csamQ(platform);
    String platformName = "Test " + platform.slug().substring(3);

    signIn(OFFICER, "/portal/regulator");
    page.locator("#enforcement-cases").click();
    page.waitForURL(url("/portal/enforcement-cases"));
    assertThat(page.locator("h1")).hasText("Enforcement cases");
    assertThat(page.locator("#navigation [aria-current=page]")).hasText("Enforcement cases");
    page.locator("#open-case").click();
    page.waitForURL(url("/portal/enforcement-cases/new"));
    assertThat(page.locator("#platformId")).hasValue("");
    // The platform's own page opens the form with the platform chosen.
    page.navigate(url("/portal/platforms/" + platform.platformId()));
    page.locator("#open-enforcement-case").click();
    page.waitForURL(url("/portal/enforcement-cases/new?platformId=" + platform.platformId()));
    assertThat(page.locator("#platformId")).hasValue(platform.platformId());

    // A breach ground without its rule: case-ground-incomplete, named on the rule's input.
    page.locator("#reason").fill("Hash matching was off for a quarter.");
    page.locator("#ground-1-kind").selectOption("BREACH_RULE");
    page.locator("#ground-1-filingId").fill(filing);
    page.locator("#ground-2-kind").selectOption("OFFICER_DECISION");
    page.locator("#ground-2-finding").fill("Hash matching was switched off\nfor three months.");
    page.locator("#open").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: Open an enforcement case"));
    assertLinked("ground-1-ruleId", "Enter what this kind of ground is about");
    assertThat(page.locator("#ground-1-filingId")).hasValue(filing);
    assertThat(page.locator("#reason")).hasValue("Hash matching was off for a quarter.");
    page.locator("#error-summary a[href='#ground-1-ruleId']").click();
    assertThat(page.locator("#ground-1-ruleId")).isFocused();
    assertThat(cases(platform).getInt("totalItems")).isZero();

    page.locator("#ground-1-ruleId").fill("CSAMQ-R001");
    page.locator("#open").click();
    page.waitForURL(Pattern.compile(".*/portal/enforcement-cases/[0-9a-f-]{36}\\?done=OPENED"));
    String caseId = CASE_ID.matcher(page.url()).replaceFirst("$1");
    assertThat(page.locator("#done")).containsText("Case opened.");
    assertThat(page.locator("#reference")).hasText(Pattern.compile("ENF-\\d{4}-\\d{6,}"));
    assertThat(page.locator("#case-platform")).hasText(platformName);
    assertThat(page.locator("#case-stage")).hasText("Open");
    assertThat(page.locator("#ground-1 .ground-kind")).hasText("Breach of a rule");
    assertThat(page.locator("#ground-1 .ground-return-link"))
        .hasAttribute("href", "/portal/reviews/" + filing);
    assertThat(page.locator("#ground-1 .ground-rule")).hasText("Rule CSAMQ-R001");
    assertThat(page.locator("#ground-2 .ground-finding br")).hasCount(1);
    assertThat(page.locator("#history tbody tr")).hasCount(1);
    assertThat(page.locator("#history .history-what")).hasText("Case opened");
    assertThat(page.locator("#history .history-who")).hasText(OFFICER);
    assertThat(page.locator("#step-START_INVESTIGATION")).isVisible();
    assertThat(page.locator("#step-ISSUE_PROVISIONAL_NOTICE")).hasCount(0);
    String caseAddress = page.url();

    // The platform's page lists its cases only, and the stage filter keeps to that platform.
    page.navigate(url("/portal/platforms/" + platform.platformId()));
    page.locator("#platform-enforcement-cases").click();
    page.waitForURL(url("/portal/enforcement-cases?platformId=" + platform.platformId()));
    assertThat(page.locator("#platform-filter")).containsText(platformName);
    assertThat(page.locator("#cases tbody tr")).hasCount(1);
    assertThat(page.locator("#case-" + caseId)).isVisible();
    page.locator("#stage").selectOption("OPEN");
    page.locator("#apply-filter").click();
    page.waitForURL(
        Pattern.compile(
            Pattern.quote(
                    url(
                        "/portal/enforcement-cases?platformId="
                            + platform.platformId()
                            + "&stage=OPEN"))
                + ".*"));
    assertThat(page.locator("#cases tbody tr")).hasCount(1);
    page.navigate(caseAddress);

    // Text no service can keep never reaches it: a NUL, then an over-long reason.
    page.evaluate("document.getElementById('investigate-reason').value = 'Looking\\u0000 into it'");
    page.locator("#start-investigation").click();
    assertLinked(
        "investigate-reason",
        "The reason must not contain control characters or invisible characters");
    page.locator("#investigate-reason").fill("r".repeat(4001));
    page.locator("#start-investigation").click();
    assertLinked("investigate-reason", "The reason must be 4,000 characters or fewer");
    assertThat(stage(caseId)).isEqualTo("OPEN");

    page.locator("#investigate-reason").fill("The grounds need looking into.");
    page.locator("#start-investigation").click();
    page.waitForURL(url("/portal/enforcement-cases/" + caseId + "?done=INVESTIGATION_STARTED"));
    assertThat(page.locator("#case-stage")).hasText("Under investigation");
    assertThat(page.locator("#history tbody tr").nth(1).locator(".history-stage"))
        .hasText("Open to Under investigation");

    // A deadline of today: representations-deadline-not-future, on the date's day input.
    LocalDate today = LocalDate.now(LONDON);
    page.locator("#notice-reason").fill("The investigation found a breach.");
    page.locator("#notice-text").fill("We provisionally find that hash matching was off.");
    fillDate("notice-deadline", today);
    page.locator("#issue-notice").click();
    assertLinked("notice-deadline", "The deadline for representations must be after today");
    assertThat(page.locator("#notice-text"))
        .hasValue("We provisionally find that hash matching was off.");
    assertThat(stage(caseId)).isEqualTo("INVESTIGATION");

    LocalDate deadline = today.plusDays(7);
    fillDate("notice-deadline", deadline);
    page.locator("#issue-notice").click();
    page.waitForURL(url("/portal/enforcement-cases/" + caseId + "?done=NOTICE_ISSUED"));
    assertThat(page.locator("#case-stage")).hasText("Provisional notice");
    assertThat(page.locator("#representations-deadline")).containsText(DAY.format(deadline));
    assertThat(page.locator("#notice-text"))
        .hasText("We provisionally find that hash matching was off.");
    screenshot("enforcement-case-notice");

    // Confirming before the deadline has passed: confirmation-before-deadline, in the summary.
    page.locator("#confirm-reason").fill("No answer came.");
    page.locator("#confirm").click();
    assertThat(page).hasTitle(Pattern.compile("^Error: Enforcement case ENF-"));
    assertThat(page.locator("#error-summary"))
        .containsText(
            "The case cannot be confirmed until the deadline for representations, the end of "
                + DAY.format(deadline)
                + ", has passed");
    assertThat(page.locator("#error-summary a")).hasCount(0);
    assertThat(page.locator("#confirm-reason")).hasValue("No answer came.");
    assertThat(stage(caseId)).isEqualTo("PROVISIONAL_NOTICE");

    // The platform finds its case, with the deadline, and makes representations.
    switchTo(platform.officer(), "/portal/platform");
    assertThat(page.locator("#navigation")).containsText("Enforcement cases");
    page.locator("#your-enforcement-cases").click();
    page.waitForURL(url("/portal/enforcement-cases"));
    Locator row = page.locator("#case-" + caseId);
    assertThat(row.locator(".case-stage")).hasText("Provisional notice");
    assertThat(row.locator(".case-deadline")).hasText(DAY.format(deadline));
    assertThat(page.locator("#cases th", new Page.LocatorOptions().setHasText("Platform")))
        .hasCount(0);
    row.locator(".case-reference").click();
    page.waitForURL(url("/portal/enforcement-cases/" + caseId));
    assertThat(page.locator("#notice-text"))
        .hasText("We provisionally find that hash matching was off.");
    assertThat(page.locator("#representations-deadline")).containsText(DAY.format(deadline));
    assertThat(page.locator("#ground-1 .ground-return-link"))
        .hasAttribute("href", "/portal/filings/" + filing);
    assertThat(page.locator("#steps-heading")).hasCount(0);
    assertThat(page.locator("#no-representations")).isVisible();

    // A file of a type not accepted: document-type-not-allowed, named on the file input.
    page.locator("#representation-text").fill("Hash matching was off\nwhile we changed vendor.");
    page.locator("#documents")
        .setInputFiles(
            new FilePayload("evidence.zip", "application/zip", "PK\u0003\u0004".getBytes()));
    page.locator("#send-representation").click();
    assertLinked("documents", "evidence.zip must be a PDF, text, PNG, JPEG or Word (DOCX) file");
    assertThat(page.locator("#representation-text"))
        .hasValue("Hash matching was off\nwhile we changed vendor.");
    assertThat(representations(caseId)).isEmpty();

    page.locator("#documents")
        .setInputFiles(new FilePayload("vendor-letter.pdf", "application/pdf", PDF));
    page.locator("#send-representation").click();
    page.waitForURL(url("/portal/enforcement-cases/" + caseId + "?done=REPRESENTATIONS_MADE"));
    assertThat(page.locator("#done")).containsText("Your representations have been sent.");
    assertThat(page.locator("#representation-1 .representation-author"))
        .hasText(platform.officer());
    assertThat(page.locator("#representation-1 .representation-text br")).hasCount(1);
    assertThat(page.locator("#representation-1 .representation-documents a"))
        .hasText("vendor-letter.pdf");
    List<Object> made = representations(caseId);
    assertThat(made).hasSize(1);

    // The officer reads them and downloads the document.
    switchTo(OFFICER, "/portal/regulator");
    page.navigate(url("/portal/enforcement-cases/" + caseId));
    assertThat(page.locator("#representation-1 .representation-text"))
        .hasText("Hash matching was offwhile we changed vendor.");
    assertThat(page.locator("#representation-1 .representation-author"))
        .hasText(platform.officer());
    assertThat(page.locator("#representation")).hasCount(0);
    Download download =
        page.waitForDownload(
            () -> page.locator("#representation-1 .representation-documents a").click());
    assertThat(download.suggestedFilename()).isEqualTo("vendor-letter.pdf");
    assertThat(Files.readAllBytes(download.path())).isEqualTo(PDF);
    assertThat(page.locator("#history .history-what"))
        .containsText(new String[] {"Representations made"});

    // The day after the deadline the officer confirms, with a requirement.
    LocalDate dayAfter = deadline.plusDays(1);
    clock.set(dayAfter.atTime(10, 0).atZone(LONDON).toInstant());
    page.reload();
    page.locator("#confirm-reason").fill("The representations do not change the finding.");
    page.locator("#requirement-1-text").fill("Switch hash matching on and keep it on.");
    fillDate("requirement-1-due", dayAfter.plusDays(30));
    page.locator("#confirm").click();
    page.waitForURL(url("/portal/enforcement-cases/" + caseId + "?done=CONFIRMED"));
    assertThat(page.locator("#case-stage")).hasText("Confirmation decision");
    assertThat(page.locator("#requirement-1 .requirement-status")).hasText("To do");
    assertThat(page.locator("#requirement-1 .requirement-due"))
        .hasText(DAY.format(dayAfter.plusDays(30)));
    assertThat(page.locator("#steps-heading")).hasCount(0);
    assertThat(page.locator("#appeal-lodging")).isVisible();
    clock.reset();

    switchTo(platform.officer(), "/portal/platform");
    page.navigate(url("/portal/enforcement-cases/" + caseId));
    page.locator("#complete-1-note").fill("Switched on again.");
    page.locator("#complete-1").click();
    page.waitForURL(url("/portal/enforcement-cases/" + caseId + "?done=REQUIREMENT_COMPLETED"));
    assertThat(page.locator("#requirement-1 .requirement-status")).hasText("Marked as done");
    assertThat(page.locator("#requirement-1 .requirement-completed"))
        .containsText("Switched on again.");

    switchTo(OFFICER, "/portal/regulator");
    page.navigate(url("/portal/enforcement-cases/" + caseId));
    page.locator("#verify-1").click();
    page.waitForURL(url("/portal/enforcement-cases/" + caseId + "?done=REQUIREMENT_VERIFIED"));
    assertThat(page.locator("#requirement-1 .requirement-status")).hasText("Verified");
    assertThat(read(caseId).getString("requirements[0].status")).isEqualTo("VERIFIED");

    // The platform appeals; the officer records the appeal and then its outcome.
    page.locator("#appeal-grounds").fill("The vendor change was approved.");
    page.locator("#lodge-appeal").click();
    page.waitForURL(url("/portal/enforcement-cases/" + caseId + "?done=APPEAL_LODGED"));
    assertThat(page.locator("#appeal-status")).containsText("Lodged");
    assertThat(page.locator("#appeal-lodging")).hasCount(0);
    page.locator("#appeal-outcome-text").fill("The tribunal found no approval.");
    page.locator("#decide-appeal").click();
    assertLinked("appeal-outcome", "Choose the outcome");
    assertThat(page.locator("#appeal-outcome-text")).hasValue("The tribunal found no approval.");
    page.locator("#appeal-outcome-2").check();
    page.locator("#decide-appeal").click();
    page.waitForURL(url("/portal/enforcement-cases/" + caseId + "?done=APPEAL_DECIDED"));
    assertThat(page.locator("#appeal-status")).containsText("Dismissed");
    assertThat(page.locator("#appeal-decision")).hasCount(0);
    assertThat(read(caseId).getString("appeal.status")).isEqualTo("DISMISSED");
  }

  @Test
  void representationsCloseAtTheDeadlineAndAnotherPlatformFindsNoCaseAndAnAnalystHasNoForms() {
    TestPlatform owner = TestPlatforms.newPlatform();
    TestPlatform other = TestPlatforms.newPlatform();
    LocalDate deadline = LocalDate.now(LONDON).plusDays(10);
    String caseId = noticedThroughTheApi(owner, deadline);

    // The owner's people make representations without a document; after the deadline's day the
    // same form is refused (representations-closed) and nothing is stored.
    signIn(owner.officer(), "/portal/platform");
    page.navigate(url("/portal/enforcement-cases/" + caseId));
    page.locator("#representation-text").fill("We disagree with the finding.");
    page.locator("#send-representation").click();
    page.waitForURL(url("/portal/enforcement-cases/" + caseId + "?done=REPRESENTATIONS_MADE"));
    assertThat(page.locator("#representation-1 .representation-documents")).hasCount(0);
    page.locator("#representation-text").fill("And one more thing.");
    clock.set(deadline.plusDays(1).atTime(0, 5).atZone(LONDON).toInstant());
    page.locator("#send-representation").click();
    assertThat(page.locator("#error-summary"))
        .containsText("The deadline for representations has passed, so nothing was sent");
    assertThat(page.locator("#representation")).hasCount(0);
    clock.reset();
    assertThat(representations(caseId)).hasSize(1);

    switchTo(other.officer(), "/portal/platform");
    Response answer = page.navigate(url("/portal/enforcement-cases/" + caseId));
    assertThat(answer.status()).isEqualTo(404);
    assertThat(page.locator("h1")).hasText("Page not found");
    page.navigate(url("/portal/enforcement-cases"));
    assertThat(page.locator("#no-cases")).isVisible();
    assertThat(page.locator("#open-case")).hasCount(0);
    Response opening = page.navigate(url("/portal/enforcement-cases/new"));
    assertThat(opening.status()).isEqualTo(403);

    switchTo(ANALYST, "/portal/regulator");
    page.locator("#enforcement-cases").click();
    page.waitForURL(url("/portal/enforcement-cases"));
    assertThat(page.locator("#open-case")).hasCount(0);
    page.navigate(url("/portal/enforcement-cases?stage=PROVISIONAL_NOTICE&trigger=OFFICER"));
    assertThat(page.locator("#stage")).hasValue("PROVISIONAL_NOTICE");
    page.navigate(url("/portal/enforcement-cases/" + caseId));
    assertThat(page.locator("#case-stage")).hasText("Provisional notice");
    assertThat(page.locator("#notice-text")).isVisible();
    assertThat(page.locator("form[action*='/steps']")).hasCount(0);
    assertThat(page.locator("#steps-heading")).hasCount(0);
    assertThat(page.locator("#representation")).hasCount(0);

    // Posting a step anyway, with a good form token, is forbidden and changes nothing.
    String token =
        page.context().cookies().stream()
            .filter(cookie -> cookie.name.equals("carefile-csrf"))
            .map((Cookie cookie) -> cookie.value)
            .findFirst()
            .orElseThrow();
    APIResponse posted =
        page.request()
            .post(
                url("/portal/enforcement-cases/" + caseId + "/steps"),
                RequestOptions.create()
                    .setForm(
                        FormData.create()
                            .set("csrf-token", token)
                            .set("step", "CLOSE_NO_ACTION")
                            .set("close-reason", "Not mine to close")
                            .set(
                                "expectedVersion",
                                String.valueOf(read(caseId).getLong("version")))));
    assertThat(posted.status()).isEqualTo(403);
    assertThat(stage(caseId)).isEqualTo("PROVISIONAL_NOTICE");
  }

  // ---- helpers ---------------------------------------------------------------------------

  private void assertLinked(String inputId, String message) {
    assertThat(page.locator("#error-summary a[href='#" + inputId + "']")).hasText(message);
    assertThat(page.locator("#" + inputId + "-error")).containsText(message);
  }

  private void fillDate(String id, LocalDate date) {
    page.locator("#" + id).fill(String.valueOf(date.getDayOfMonth()));
    page.locator("#" + id + "-month").fill(String.valueOf(date.getMonthValue()));
    page.locator("#" + id + "-year").fill(String.valueOf(date.getYear()));
  }

  /** Signs out, then in as someone else. */
  private void switchTo(String username, String home) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
    page.waitForURL(address -> "/".equals(URI.create(address).getPath()));
    signIn(username, home);
  }

  /** A case the officer opened through the API and took to a provisional notice: its id. */
  private static String noticedThroughTheApi(TestPlatform platform, LocalDate deadline) {
    String id =
        as(OFFICER)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "platformId",
                    platform.platformId(),
                    "grounds",
                    List.of(Map.of("kind", "OFFICER_DECISION", "finding", "Systemic failings")),
                    "reason",
                    "Opened for a test"))
            .post("/api/v1/enforcement-cases")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    stepThroughTheApi(id, "START_INVESTIGATION", Map.of());
    stepThroughTheApi(
        id,
        "ISSUE_PROVISIONAL_NOTICE",
        Map.of(
            "representationsDeadline",
            deadline.toString(),
            "noticeText",
            "We provisionally find systemic failings."));
    return id;
  }

  private static void stepThroughTheApi(String id, String step, Map<String, Object> content) {
    Map<String, Object> body = new HashMap<>(content);
    body.put("step", step);
    body.put("reason", "Because of the test");
    body.put("expectedVersion", read(id).getLong("version"));
    as(OFFICER)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/enforcement-cases/{id}/steps", id)
        .then()
        .statusCode(200);
  }

  private static JsonPath read(String id) {
    return as(OFFICER)
        .get("/api/v1/enforcement-cases/{id}", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String stage(String id) {
    return read(id).getString("stage");
  }

  private static List<Object> representations(String id) {
    return as(OFFICER)
        .get("/api/v1/enforcement-cases/{id}/representations", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$");
  }

  private static JsonPath cases(TestPlatform platform) {
    return as(OFFICER)
        .queryParam("platformId", platform.platformId())
        .get("/api/v1/enforcement-cases")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
