package io.carefile.filing;

import static io.carefile.filing.FilingFixtures.as;
import static io.carefile.filing.FilingFixtures.asClient;
import static io.carefile.filing.FilingFixtures.csamObligation;
import static io.carefile.filing.FilingFixtures.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.carefile.support.TestPlatforms.TestPlatform;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the bad-input tests share: the refusal every one of them expects, and the regulator's view
 * of an obligation and its filings, which a refusal must leave exactly as it was.
 */
final class FilingRefusals {

  static final String PROBLEM = "application/problem+json";
  static final String FILINGS = "/api/v1/filings";
  static final String FILING = "/api/v1/filings/{id}";
  static final String DRAFT = "/api/v1/filings/{id}/draft";
  static final String SUBMISSIONS = "/api/v1/filings/{id}/submissions";

  private FilingRefusals() {}

  /** A platform's return in the making. */
  record Draft(TestPlatform platform, String obligationId, String filingId, long version) {}

  static JsonPath refused(ValidatableResponse response, int status, String type) {
    return response
        .statusCode(status)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:carefile:problem:" + type))
        .body("status", equalTo(status))
        .extract()
        .jsonPath();
  }

  static void assertFieldTypeFindings(JsonPath problem, String field) {
    assertThat(problem.getList("findings.key")).containsExactly("FIELD-TYPE/" + field);
    assertThat(problem.getList("findings.ruleId")).containsExactly("FIELD-TYPE");
    assertThat(problem.getList("findings[0].fields")).containsExactly(field);
    assertThat(problem.getString("findings[0].severity")).isEqualTo("ERROR");
    assertThat(problem.getMap("findings[0]").keySet())
        .containsExactlyInAnyOrder("key", "ruleId", "severity", "fields", "message");
  }

  /** The platform's CSAM-Q return of the current quarter, started with these values. */
  static Draft newDraft(TestPlatform platform, Map<String, Object> values) {
    String obligation = csamObligation(platform);
    String filing = start(platform.officer(), obligation, values);
    return new Draft(platform, obligation, filing, filing(filing).getLong("version"));
  }

  static JsonPath filing(Draft draft) {
    return filing(draft.filingId());
  }

  static JsonPath filing(String filingId) {
    return as("regulator-admin").get(FILING, filingId).then().statusCode(200).extract().jsonPath();
  }

  static ValidatableResponse saveDraft(Draft draft, Object body) {
    return as(draft.platform().officer())
        .contentType(ContentType.JSON)
        .body(body)
        .patch(DRAFT, draft.filingId())
        .then();
  }

  static ValidatableResponse submitAsClient(Draft draft, Object body) {
    return asClient(draft.platform().apiClient())
        .contentType(ContentType.JSON)
        .body(body)
        .post(SUBMISSIONS, draft.filingId())
        .then();
  }

  /** Sends a raw body to one of the three writes that take one, as the draft's attestor. */
  static ValidatableResponse send(
      String method, String endpoint, Draft draft, String body, String mediaType) {
    String path =
        switch (endpoint) {
          case "start" -> FILINGS;
          case "draft" -> DRAFT.replace("{id}", draft.filingId());
          default -> SUBMISSIONS.replace("{id}", draft.filingId());
        };
    return as(draft.platform().attestor())
        .contentType(mediaType)
        .body(body)
        .request(method, path)
        .then();
  }

  /** What a regulator sees: the obligation, and every filing for it in full. */
  static Map<String, Object> stateOf(Draft draft) {
    return stateOf(draft.obligationId());
  }

  static Map<String, Object> stateOf(String obligationId) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put(
        "obligation",
        as("regulator-admin")
            .get("/api/v1/obligations/{id}", obligationId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("$"));
    state.put(
        "filings",
        as("regulator-admin")
            .queryParam("obligationId", obligationId)
            .get(FILINGS)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items"));
    return state;
  }

  static void assertNoFiling(String obligationId) {
    as("regulator-admin")
        .queryParam("obligationId", obligationId)
        .get(FILINGS)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
  }

  static void waive(String obligationId) {
    int version =
        as("regulator-admin")
            .get("/api/v1/obligations/{id}", obligationId)
            .then()
            .statusCode(200)
            .extract()
            .path("version");
    as("regulator-admin")
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "The service closed during the quarter", "expectedVersion", version))
        .post("/api/v1/obligations/{id}/waiver", obligationId)
        .then()
        .statusCode(200)
        .body("status", equalTo("WAIVED"));
  }

  /** The platform's DOC-ANNUAL obligation of the current year. */
  static String annualObligation(TestPlatform platform) {
    return platform.obligation("DOC-ANNUAL", FilingFixtures.currentYear());
  }
}
