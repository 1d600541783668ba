package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.carefile.support.SubmittedReturns.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.carefile.support.TestClock;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Penalties in the portal: a case confirmed through the API with the worked example's penalty
 * (docs/penalties.md, at SERIOUS 10%); the officer finds it from the case, reads every stored step,
 * records a part payment and is refused an overpayment by its code; the platform's people see their
 * penalty and its balance with no forms, and posting one is 403; another platform's people find no
 * penalty. Every page is audited with axe (PortalBrowser).
 */
@QuarkusTest
class PenaltyPagesBrowserTest extends PortalBrowser {

  private static final String OFFICER = "regulator-enforcement";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void theOfficerReadsTheStepsAndRecordsAPaymentThePlatformSeesItsBalanceAnotherFindsNothing() {
    TestPlatform owner = TestPlatforms.newPlatform();
    TestPlatform other = TestPlatforms.newPlatform();
    String caseId = confirmedWithAPenalty(owner);
    String penaltyId = readCase(caseId).getString("penaltyId");
    assertThat(penaltyId).isNotNull();

    signIn(OFFICER, "/portal/regulator");
    page.locator("#penalties").click();
    page.waitForURL(url("/portal/penalties"));
    assertThat(page.locator("#penalty-" + penaltyId + " .penalty-status")).hasText("Issued");
    page.navigate(url("/portal/penalties?status=PAID"));
    assertThat(page.locator("#status")).hasValue("PAID");
    assertThat(page.locator("#penalty-" + penaltyId)).hasCount(0);

    page.navigate(url("/portal/enforcement-cases/" + caseId));
    page.locator("#case-penalty").click();
    page.waitForURL(url("/portal/penalties/" + penaltyId));
    assertThat(page.locator("#penalty-amount")).hasText("£5,670,000.00");
    assertThat(page.locator("#penalty-status")).hasText("Issued");
    assertThat(page.locator("#calculation tbody tr")).hasCount(8);
    assertThat(page.locator("#step-1 .step-name")).containsText("Base amount");
    assertThat(page.locator("#step-1 .step-inputs")).containsText("£50,000,000.00");
    assertThat(page.locator("#step-1 .step-figure")).hasText("£5,000,000.00");
    assertThat(page.locator("#step-2 .step-subject")).hasText("CHILDREN_AFFECTED");
    assertThat(page.locator("#step-7 .step-name")).hasText("Statutory cap");
    assertThat(page.locator("#step-7 .step-figure")).hasText("£18,000,000.00");
    assertThat(page.locator("#step-8 .step-figure")).hasText("£5,670,000.00");
    assertThat(page.locator("#step-8 .step-explanation")).not().isEmpty();
    assertThat(page.locator("#no-payments")).isVisible();

    LocalDate today = LocalDate.now(LONDON);
    pay("BACS-1", "1000000.00", today);
    page.waitForURL(url("/portal/penalties/" + penaltyId + "?done=PAYMENT_RECORDED"));
    assertThat(page.locator("#done")).containsText("Payment recorded.");
    assertThat(page.locator("#penalty-status")).hasText("Part paid");
    assertThat(page.locator("#penalty-balance")).hasText("£4,670,000.00");
    assertThat(page.locator("#payments .payment-reference")).hasText("BACS-1");
    assertThat(page.locator("#payments .payment-amount")).hasText("£1,000,000.00");

    pay("BACS-2", "5000000", today);
    assertThat(page.locator("#error-summary a[href='#payment-amount']"))
        .hasText("The amount must be no more than the balance, £4,670,000.00");
    assertThat(page.locator("#payment-amount-error")).containsText("£4,670,000.00");
    assertThat(page.locator("#payment-amount")).hasValue("5000000");
    assertThat(page).hasTitle(Pattern.compile("^Error: .*"));
    assertThat(readPenalty(penaltyId).getDouble("balance.amount")).isEqualTo(4_670_000.0);

    switchTo(owner.officer(), "/portal/platform");
    page.locator("#your-penalties").click();
    page.waitForURL(url("/portal/penalties"));
    assertThat(page.locator("#penalty-" + penaltyId + " .penalty-balance"))
        .hasText("£4,670,000.00");
    page.locator("#penalty-" + penaltyId + " .penalty-amount").click();
    page.waitForURL(url("/portal/penalties/" + penaltyId));
    assertThat(page.locator("#penalty-balance")).hasText("£4,670,000.00");
    assertThat(page.locator("#calculation tbody tr")).hasCount(8);
    assertThat(page.locator("#payment")).hasCount(0);
    assertThat(page.locator("#withdrawal")).hasCount(0);
    APIResponse posted =
        page.request()
            .post(
                url("/portal/penalties/" + penaltyId + "/payments"),
                RequestOptions.create()
                    .setForm(
                        FormData.create()
                            .set("csrf-token", csrfToken())
                            .set("payment-reference", "MINE")
                            .set("payment-amount", "1")
                            .set("payment-received-day", String.valueOf(today.getDayOfMonth()))
                            .set("payment-received-month", String.valueOf(today.getMonthValue()))
                            .set("payment-received-year", String.valueOf(today.getYear()))));
    assertThat(posted.status()).isEqualTo(403);
    assertThat(readPenalty(penaltyId).getList("payments")).hasSize(1);

    switchTo(other.officer(), "/portal/platform");
    Response answer = page.navigate(url("/portal/penalties/" + penaltyId));
    assertThat(answer.status()).isEqualTo(404);
    assertThat(page.locator("h1")).hasText("Page not found");
    page.navigate(url("/portal/penalties"));
    assertThat(page.locator("#no-penalties")).isVisible();
  }

  // ---- helpers ---------------------------------------------------------------------------

  private void pay(String reference, String amount, LocalDate on) {
    page.locator("#payment-reference").fill(reference);
    page.locator("#payment-amount").fill(amount);
    page.locator("#payment-received").fill(String.valueOf(on.getDayOfMonth()));
    page.locator("#payment-received-month").fill(String.valueOf(on.getMonthValue()));
    page.locator("#payment-received-year").fill(String.valueOf(on.getYear()));
    page.locator("#record-payment").click();
  }

  private String csrfToken() {
    return page.context().cookies().stream()
        .filter(cookie -> cookie.name.equals("carefile-csrf"))
        .map((Cookie cookie) -> cookie.value)
        .findFirst()
        .orElseThrow();
  }

  /** Signs out, then in as someone else. */
  private void switchTo(String username, String home) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
    page.waitForURL(address -> "/".equals(URI.create(address).getPath()));
    signIn(username, home);
  }

  /**
   * A case opened, noticed with representations due tomorrow and confirmed the day after (by the
   * test clock) with the worked example's calculated penalty, all through the API: its id.
   */
  private String confirmedWithAPenalty(TestPlatform platform) {
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
    LocalDate deadline = LocalDate.now(LONDON).plusDays(1);
    step(id, "START_INVESTIGATION", Map.of());
    step(
        id,
        "ISSUE_PROVISIONAL_NOTICE",
        Map.of(
            "representationsDeadline",
            deadline.toString(),
            "noticeText",
            "We provisionally find systemic failings."));
    Map<String, Object> calculated = new HashMap<>();
    calculated.put("seriousness", "SERIOUS");
    calculated.put("relevantRevenue", gbp("50000000.00"));
    calculated.put("worldwideRevenue", gbp("100000000.00"));
    calculated.put("worldwideRevenueMonths", 12);
    calculated.put("aggravatingFactors", List.of("CHILDREN_AFFECTED"));
    calculated.put("mitigatingFactors", List.of("PROMPT_REMEDIATION"));
    calculated.put("deterrenceUpliftPercent", 20);
    calculated.put("settlementDiscountPercent", 10);
    clock.set(deadline.plusDays(1).atTime(12, 0).atZone(LONDON).toInstant());
    try {
      step(id, "CONFIRM", Map.of("penalty", Map.of("calculated", calculated)));
    } finally {
      clock.reset();
    }
    return id;
  }

  private static Map<String, Object> gbp(String amount) {
    return Map.of("amount", new BigDecimal(amount), "currency", "GBP");
  }

  private static void step(String id, String step, Map<String, Object> content) {
    Map<String, Object> body = new HashMap<>(content);
    body.put("step", step);
    body.put("reason", "Because of the test");
    body.put("expectedVersion", readCase(id).getLong("version"));
    as(OFFICER)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/enforcement-cases/{id}/steps", id)
        .then()
        .statusCode(200);
  }

  private static JsonPath readCase(String id) {
    return as(OFFICER)
        .get("/api/v1/enforcement-cases/{id}", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static JsonPath readPenalty(String id) {
    return as(OFFICER)
        .get("/api/v1/penalties/{id}", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
