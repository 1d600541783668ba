package io.carefile.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import io.carefile.obligation.ReportingPeriod;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.support.Tokens;
import io.carefile.template.PeriodType;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every form of the portal refuses what cannot be kept or read — NUL and other control characters,
 * invisible and bidirectional format characters in names, reasons and explanations — and values
 * longer than their field holds, on the form itself: the GOV.UK error summary with a link to the
 * input, the input's own error, never an error page, a problem+json body or a 500, and nothing
 * changed. A browser cannot type NUL, so each form is filled in the page by script and sent as the
 * browser sends it ({@code form.submit()}): a real round trip with the page's CSRF token.
 */
@QuarkusTest
class FormHostileInputBrowserTest extends PortalBrowser {

  private static final String UNREADABLE =
      " must not contain control characters or invisible characters";

  // Every test here is a refusal that changes nothing (each asserts so), so they share one
  // platform and one draft of its return, made before the first test: RestAssured points at the
  // application only around each test, not in @BeforeAll.
  private static TestPlatform platform;
  private static String filingId;

  @BeforeEach
  void sharedPlatformWithADraft() {
    if (filingId != null) {
      return;
    }
    platform = TestPlatforms.newPlatform();
    LocalDate quarter =
        ReportingPeriod.containing(PeriodType.QUARTERLY, LocalDate.now(ZoneId.of("Europe/London")))
            .start();
    String obligation = platform.obligation("CSAM-Q", quarter);
    // No report to the NCA: a warning that the attestor must explain when submitting.
    filingId =
        as(platform.officer())
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "obligationId",
                    obligation,
                    "values",
                    ReturnSamples.with(ReturnSamples.csamQuarter(), "reports_to_nca", 0)))
            .post("/api/v1/filings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
  }

  @Test
  void onboardingRefusesControlAndInvisibleCharactersAndOverlongValuesOnTheirInputs() {
    String slug = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
    signIn("regulator-admin", "/portal/regulator");
    page.navigate(url("/portal/platforms/new"));
    page.locator("#legalName").fill("Hostile Ltd");
    page.locator("#slug").fill(slug);
    page.getByLabel("User-to-user").check();
    page.locator("#ukMonthlyActiveUsers").fill("120000");
    page.locator("#revenueAmount").fill("1000000");
    page.locator("#yearEnd").fill("31");
    page.locator("#yearEndMonth").fill("12");
    page.locator("#yearEndYear").fill("2025");
    page.locator("#officerEmail").fill(slug + "@hostile.example");
    page.locator("#officerFirstName").fill("Lena");
    page.locator("#officerLastName").fill("Marsh");

    send(
        "legalName",
        fields(
            "legalName", "Hostile\u0000 Ltd",
            "tradingName", "Hostile\u202E",
            "officerFirstName", "Le\u200Bna",
            "ukMonthlyActiveUsers", "9".repeat(30)));
    assertThat(page).hasTitle(Pattern.compile("^Error: Onboard a platform"));
    assertLinked("legalName", "Legal name" + UNREADABLE);
    assertLinked("tradingName", "Trading name" + UNREADABLE);
    assertLinked("officerFirstName", "First name" + UNREADABLE);
    assertLinked(
        "ukMonthlyActiveUsers", "UK monthly active users must be 999,999,999,999,999,999 or less");
    assertThat(page.locator("#legalName-error")).containsText("Legal name" + UNREADABLE);
    page.locator("#error-summary a[href='#officerFirstName']").click();
    assertThat(page.locator("#officerFirstName")).isFocused();

    send(
        "legalName",
        fields(
            "legalName",
            "L".repeat(201),
            "tradingName",
            "",
            "officerFirstName",
            "Lena",
            "officerLastName",
            "M".repeat(101),
            "ukMonthlyActiveUsers",
            "120000",
            "revenueAmount",
            "1".repeat(5000)));
    assertLinked("legalName", "Legal name must be 200 characters or fewer");
    assertLinked(
        "officerLastName",
        "Last name must be 100 characters or fewer, without symbols such as < > & ; or brackets");
    assertLinked(
        "revenueAmount", "Qualifying worldwide revenue must be 99,999,999,999,999,999.99 or less");
    assertThat(page.locator("#error-summary a")).hasCount(3);

    int found =
        asAdmin()
            .queryParam("q", slug)
            .get("/api/v1/platforms")
            .then()
            .statusCode(200)
            .extract()
            .path("totalItems");
    assertThat(found).as("platforms onboarded").isZero();
  }

  @Test
  void theProfileFormRefusesControlAndInvisibleCharactersAndChangesNothing() {
    signIn("regulator-admin", "/portal/regulator");
    page.navigate(url("/portal/platforms/" + platform.platformId() + "/edit"));
    String legalName = page.locator("#legalName").inputValue();

    send("legalName", fields("legalName", "Test\u0000Platform", "tradingName", "\uFEFFTest"));
    assertThat(page).hasTitle(Pattern.compile("^Error: Edit platform"));
    assertLinked("legalName", "Legal name" + UNREADABLE);
    assertLinked("tradingName", "Trading name" + UNREADABLE);

    send("legalName", fields("legalName", legalName, "tradingName", "T".repeat(201)));
    assertLinked("tradingName", "Trading name must be 200 characters or fewer");
    assertThat(page.locator("#error-summary a")).hasCount(1);

    assertThat(platformJson("legalName")).isEqualTo(legalName);
  }

  @Test
  void aStatusChangeWithAnUnreadableOrOverlongReasonIsRefusedOnTheReason() {
    signIn("regulator-admin", "/portal/regulator");
    page.navigate(url("/portal/platforms/" + platform.platformId()));

    send("reason", fields("status", "SUSPENDED", "reason", "Fee\u0000unpaid"));
    assertLinked("reason", "Reason" + UNREADABLE);
    assertThat(page.locator("#reason-error")).containsText("Reason" + UNREADABLE);

    send("reason", fields("status", "SUSPENDED", "reason", "Fee unpaid\u202E"));
    assertLinked("reason", "Reason" + UNREADABLE);

    send("reason", fields("status", "SUSPENDED", "reason", "r".repeat(1001)));
    assertLinked("reason", "Reason must be 1,000 characters or fewer");
    assertThat(page.locator("#reason")).hasValue("r".repeat(1001));

    send("reason", fields("status", "SUSPENDED\u0000", "reason", "Fee unpaid"));
    assertLinked("new-status", "Select the new status");
    assertThat(page.locator("#error-summary a")).hasCount(1);

    assertThat(platformJson("status")).isEqualTo("ACTIVE");
  }

  @Test
  void generationRefusesATemplateCodeWithNulAndAnOverlongDay() {
    signIn("regulator-admin", "/portal/regulator");
    page.navigate(url("/portal/obligations/generation"));

    send(
        "templateCode",
        fields(
            "templateCode", "CSAM-Q\u0000",
            "periodStart-day", "1",
            "periodStart-month", "1",
            "periodStart-year", "3999"));
    assertThat(page).hasTitle(Pattern.compile("^Error: Generate obligations"));
    assertLinked("templateCode", "Select a return template");
    assertThat(page.locator("#error-summary a")).hasCount(1);

    send(
        "templateCode",
        fields(
            "templateCode", "CSAM-Q",
            "periodStart-day", "1".repeat(5000),
            "periodStart-month", "1",
            "periodStart-year", "3999"));
    assertLinked(
        "periodStart", "First day of the period must be a real date, for example 1 1 2027");
    assertThat(page.locator("#error-summary a")).hasCount(1);

    int generated =
        asAdmin()
            .queryParam("from", "3999-01-01")
            .queryParam("to", "3999-12-31")
            .get("/api/v1/obligations")
            .then()
            .statusCode(200)
            .extract()
            .path("totalItems");
    assertThat(generated).as("obligations generated").isZero();
  }

  @Test
  void aSectionRefusesNulAndNumbersBeyondTheFieldAndSavesNothing() {
    signIn(platform.attestor(), "/portal/platform");
    page.navigate(url("/portal/filings/" + filingId + "/sections/detection"));

    send("items_detected_total", fields("items_detected_total", "1\u00002"));
    assertLinked(
        "items_detected_total", "‘Items of CSAM detected’ must be a whole number, like 250");
    assertThat(page.locator("#items_detected_total-error")).containsText("must be a whole number");

    send("items_detected_total", fields("items_detected_total", "9".repeat(30)));
    assertThat(page).hasTitle(Pattern.compile("^Error: Detection"));
    assertThat(page.locator("#error-summary a[href='#items_detected_total']"))
        .containsText("must be a whole number between");
    assertThat(page.locator("#items_detected_total")).hasValue("9".repeat(30));
    page.locator("#error-summary a[href='#items_detected_total']").click();
    assertThat(page.locator("#items_detected_total")).isFocused();

    int saved =
        as(platform.officer())
            .get("/api/v1/filings/" + filingId)
            .then()
            .statusCode(200)
            .extract()
            .path("draft.values.items_detected_total");
    assertThat(saved).as("the draft's value").isEqualTo(1000);
  }

  @Test
  void submittingRefusesAnUnreadableOrOverlongExplanationAndFilesNothing() {
    signIn(platform.attestor(), "/portal/platform");
    page.navigate(url("/portal/filings/" + filingId + "/submit"));
    String explanation = "explanation.CSAMQ-W001";
    String input = "explanation-CSAMQ-W001";

    Map<String, String> nul = fields(explanation, "Reported\u0000 to NCMEC", "agreed", "true");
    // A field no warning can be keyed by is no input of the form, and is not sent on.
    nul.put("explanation.x\u0000" + "y".repeat(300), "anything");
    send(input, nul);
    assertThat(page).hasTitle(Pattern.compile("^Error: Check your answers"));
    assertLinked(input, "Explanation" + UNREADABLE);
    assertThat(page.locator("#" + input + "-error")).containsText("Explanation" + UNREADABLE);
    assertThat(page.locator("#error-summary a")).hasCount(1);

    send(input, fields(explanation, "Reported to NCMEC\u2066", "agreed", "true"));
    assertLinked(input, "Explanation" + UNREADABLE);

    send(input, fields(explanation, "e".repeat(5001), "agreed", "true"));
    assertLinked(input, "Explanation must be 5,000 characters or fewer");
    page.locator("#error-summary a[href='#" + input + "']").click();
    assertThat(page.locator("#" + input)).isFocused();

    int versions =
        as(platform.officer())
            .get("/api/v1/filings/" + filingId)
            .then()
            .statusCode(200)
            .extract()
            .path("latestVersion");
    assertThat(versions).as("versions submitted").isZero();
  }

  @Test
  void startingAReturnForAGarbledObligationLeadsBackToTheObligations() {
    signIn(platform.officer(), "/portal/platform");
    page.navigate(url("/portal/obligations"));
    Response answer =
        page.waitForResponse(
            response -> "POST".equals(response.request().method()),
            () ->
                page.evaluate(
                    """
                    (id) => {
                      const token = document.querySelector(
                          'form[action$="sign-out-request"] input[type=hidden]');
                      const form = document.createElement('form');
                      form.method = 'post';
                      form.action = '/portal/filings';
                      for (const [name, value] of [[token.name, token.value], ['obligationId', id]]) {
                        const field = document.createElement('input');
                        field.type = 'hidden';
                        field.name = name;
                        field.value = value;
                        form.appendChild(field);
                      }
                      document.body.appendChild(form);
                      HTMLFormElement.prototype.submit.call(form);
                    }
                    """,
                    "not-an-id\u0000" + "0".repeat(3000)));
    assertThat(answer.status()).isEqualTo(303);
    page.waitForURL(url("/portal/obligations"));
    assertThat(page.locator("h1")).isVisible();
  }

  @Test
  void aTemplateFileThatIsNotTextIsRefusedOnTheFileInput() {
    signIn("regulator-admin", "/portal/regulator");
    page.navigate(url("/portal/templates/publication"));

    for (byte[] file :
        new byte[][] {
          "code: HOSTILE\u0000\nversion: 1\n".getBytes(StandardCharsets.UTF_8),
          {'c', 'o', 'd', 'e', ':', ' ', (byte) 0xC0, (byte) 0xAF, '\n'}
        }) {
      page.locator("#document")
          .setInputFiles(new FilePayload("hostile.yaml", "application/yaml", file));
      Response answer =
          page.waitForResponse(
              response -> "POST".equals(response.request().method()),
              () -> page.locator("#publish").click());
      assertThat(answer.status()).isEqualTo(200);
      assertThat(page).hasTitle(Pattern.compile("^Error: Publish a template version"));
      assertLinked(
          "document",
          "The selected file must be a YAML text file in UTF-8, without control characters");
    }
  }

  /**
   * Sets the form's fields as given (adding those it does not have) and sends it as the browser
   * would; the answer must be the form again, as an HTML page.
   */
  private void send(String inputId, Map<String, String> values) {
    Response answer =
        page.waitForResponse(
            response -> "POST".equals(response.request().method()),
            () ->
                page.evaluate(
                    """
                    ([id, values]) => {
                      const form = document.getElementById(id).form;
                      for (const [name, value] of Object.entries(values)) {
                        let field = [...form.elements].find((element) => element.name === name);
                        if (!field) {
                          field = document.createElement('input');
                          field.type = 'hidden';
                          field.name = name;
                          form.appendChild(field);
                        }
                        if (field.type === 'checkbox' || field.type === 'radio') {
                          field.checked = true;
                        } else if (field.tagName === 'SELECT') {
                          field.add(new Option(value, value));
                        }
                        field.value = value;
                      }
                      HTMLFormElement.prototype.submit.call(form);
                    }
                    """,
                    new Object[] {inputId, values}));
    assertThat(answer.status()).as("the answer to the form").isEqualTo(200);
    assertThat(answer.headerValue("content-type")).startsWith("text/html");
    assertThat(page.locator("#error-summary")).isVisible();
  }

  /** The error summary links the message to the input, which shows it too. */
  private void assertLinked(String inputId, String message) {
    assertThat(page.locator("#error-summary a[href='#" + inputId + "']")).hasText(message);
    assertThat(page.locator("#" + inputId + "-error")).containsText(message);
  }

  private static Map<String, String> fields(String... namesAndValues) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }

  private static String platformJson(String path) {
    return asAdmin()
        .get("/api/v1/platforms/" + platform.platformId())
        .then()
        .statusCode(200)
        .extract()
        .path(path);
  }

  private static RequestSpecification asAdmin() {
    return as("regulator-admin");
  }

  private static RequestSpecification as(String username) {
    return given().header("Authorization", Tokens.bearer(Tokens.user(username)));
  }
}
