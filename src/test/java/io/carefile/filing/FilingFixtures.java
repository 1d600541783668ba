package io.carefile.filing;

import static io.restassured.RestAssured.given;

import io.carefile.obligation.ReportingPeriod;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.support.Tokens;
import io.carefile.template.PeriodType;
import io.carefile.template.ReturnSamples;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds filings through the public API for platforms of the test's own ({@code TestPlatforms}), so
 * no test shares an obligation, a return or a previous period with another. Obligations are for the
 * periods running today, as a platform would file them.
 */
final class FilingFixtures {

  private static final ZoneId REGULATOR_ZONE = ZoneId.of("Europe/London");

  private FilingFixtures() {}

  /** The quarter running today in the regulator's calendar: its due date is still to come. */
  static LocalDate currentQuarter() {
    return ReportingPeriod.containing(PeriodType.QUARTERLY, LocalDate.now(REGULATOR_ZONE)).start();
  }

  /** The year running today in the regulator's calendar. */
  static LocalDate currentYear() {
    return ReportingPeriod.containing(PeriodType.ANNUAL, LocalDate.now(REGULATOR_ZONE)).start();
  }

  static RequestSpecification as(String username) {
    return given().header("Authorization", Tokens.bearer(Tokens.user(username)));
  }

  static RequestSpecification asClient(String clientId) {
    return given().header("Authorization", Tokens.bearer(Tokens.serviceAccount(clientId)));
  }

  /** The platform's CSAM-Q obligation for the current quarter. */
  static String csamObligation(TestPlatform platform) {
    return platform.obligation("CSAM-Q", currentQuarter());
  }

  /** Starts a filing for the obligation with these values, as the user; answers its id. */
  static String start(String username, String obligationId, Map<String, ?> values) {
    return as(username)
        .contentType(ContentType.JSON)
        .body(Map.of("obligationId", obligationId, "values", values))
        .post("/api/v1/filings")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** The platform's CSAM-Q filing for the current quarter, holding a plausible, valid return. */
  static String draft(TestPlatform platform) {
    return start(platform.officer(), csamObligation(platform), ReturnSamples.csamQuarter());
  }

  static Map<String, Object> attested() {
    return Map.of("statementAccepted", true);
  }

  static Map<String, Object> submission() {
    Map<String, Object> body = new HashMap<>();
    body.put("attestation", attested());
    return body;
  }

  static ValidatableResponse submit(String username, String filingId, Map<String, ?> body) {
    return as(username)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/filings/" + filingId + "/submissions")
        .then();
  }
}
