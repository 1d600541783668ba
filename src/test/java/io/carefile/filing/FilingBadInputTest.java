package io.carefile.filing;

import static io.carefile.filing.FilingFixtures.NORTHWIND_ATTESTOR;
import static io.carefile.filing.FilingFixtures.NORTHWIND_CLIENT;
import static io.carefile.filing.FilingFixtures.NORTHWIND_OFFICER;
import static io.carefile.filing.FilingFixtures.as;
import static io.carefile.filing.FilingFixtures.asClient;
import static io.carefile.filing.FilingFixtures.csamObligation;
import static io.carefile.filing.FilingFixtures.freshQuarter;
import static io.carefile.filing.FilingFixtures.start;
import static io.carefile.filing.FilingFixtures.submission;
import static io.carefile.filing.FilingFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.carefile.support.Tokens;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every bad input to filing gets its own 4xx problem, never a 500, and stores nothing: the
 * obligation, the filing, its draft and its versions read exactly as before.
 */
@QuarkusTest
class FilingBadInputTest {

  private static final String PROBLEM = "application/problem+json";
  private static final String FILINGS = "/api/v1/filings";
  private static final String FILING = "/api/v1/filings/{id}";
  private static final String DRAFT = "/api/v1/filings/{id}/draft";
  private static final String SUBMISSIONS = "/api/v1/filings/{id}/submissions";

  @TestHTTPResource URI server;

  /** A Northwind return in the making. */
  private record Draft(String obligationId, String filingId, long version) {}

  // ---- Values that cannot be read for their fields

  @Test
  void anUnknownFieldRefusesTheStartAndNoFilingIsCreated() {
    String obligation = csamObligation(Tokens.NORTHWIND_ID);

    JsonPath problem =
        refused(
            as(NORTHWIND_OFFICER)
                .contentType(ContentType.JSON)
                .body(
                    Map.of(
                        "obligationId",
                        obligation,
                        "values",
                        Map.of("items_detected_total", 5, "items_found_by_magic", 3)))
                .post(FILINGS)
                .then(),
            400,
            "invalid-values");

    assertThat(problem.getList("findings.ruleId")).containsExactly("FIELD-UNKNOWN");
    assertThat(problem.getList("findings.key"))
        .containsExactly("FIELD-UNKNOWN/items_found_by_magic");
    assertThat(problem.getList("findings[0].fields")).containsExactly("items_found_by_magic");
    assertThat(problem.getString("findings[0].severity")).isEqualTo("ERROR");
    assertThat(problem.getString("detail"))
        .isEqualTo("\"items_found_by_magic\" is not a field of CSAM-Q version 1");
    assertNoFiling(obligation);
  }

  @Test
  void anUnknownFieldRefusesTheDraftSaveAndTheDraftStaysAsItWas() {
    Draft draft = newDraft(ReturnSamples.csamQuarter());
    Map<String, Object> before = stateOf(draft);

    JsonPath problem =
        refused(
            saveDraft(
                draft,
                Map.of(
                    "values",
                    Map.of("items_detected_total", 5, "items_found_by_magic", 3),
                    "expectedVersion",
                    draft.version())),
            400,
            "invalid-values");

    assertThat(problem.getList("findings.ruleId")).containsExactly("FIELD-UNKNOWN");
    assertThat(problem.getList("findings[0].fields")).containsExactly("items_found_by_magic");
    assertThat(stateOf(draft)).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          items_detected_total           | "1000"               | must be a whole number
          items_detected_total           | 1.5                  | must be a whole number
          items_detected_total           | true                 | must be a whole number
          items_detected_total           | 9223372036854775808  | must be a whole number
          items_detected_total           | [1000]               | must be a whole number
          median_hours_to_removal        | "2.5"                | must be a number
          hash_matching_coverage_percent | "98.5%"              | must be a percentage
          hash_matching_enabled          | "yes"                | must be answered yes (true) or no (false)
          hash_matching_enabled          | 1                    | must be answered yes (true) or no (false)
          hash_lists                     | 3                    | must be a list of the codes
          hash_lists                     | "IWF"                | must be a list of the codes
          hash_lists                     | ["IWF", 3]           | must be a list of the codes
          hash_lists                     | {"IWF": true}        | must be a list of the codes
          """)
  void aValueOfTheWrongJsonTypeIsRefusedAndTheDraftStaysAsItWas(
      String field, String json, String message) {
    Draft draft = newDraft(ReturnSamples.csamQuarter());
    Map<String, Object> before = stateOf(draft);

    JsonPath problem =
        refused(
            saveDraft(
                draft,
                "{\"values\": {\""
                    + field
                    + "\": "
                    + json
                    + "}, \"expectedVersion\": "
                    + draft.version()
                    + "}"),
            400,
            "invalid-values");

    assertFieldTypeFindings(problem, field);
    assertThat(problem.getString("findings[0].message")).contains(message);
    assertThat(stateOf(draft)).isEqualTo(before);
  }

  @Test
  void everyUnreadableValueOfAStartIsListedAndNoFilingIsCreated() {
    String obligation = csamObligation(Tokens.NORTHWIND_ID);

    JsonPath problem =
        refused(
            as(NORTHWIND_OFFICER)
                .contentType(ContentType.JSON)
                .body(
                    """
                    {"obligationId": "%s", "values": {
                      "items_detected_total": "many",
                      "items_removed": 2.5,
                      "hash_matching_enabled": "true",
                      "hash_lists": [1, 2],
                      "moderation_staff_fte": "12.5",
                      "accounts_terminated": 40
                    }}
                    """
                        .formatted(obligation))
                .post(FILINGS)
                .then(),
            400,
            "invalid-values");

    assertThat(problem.getList("findings.key"))
        .containsExactlyInAnyOrder(
            "FIELD-TYPE/items_detected_total",
            "FIELD-TYPE/items_removed",
            "FIELD-TYPE/hash_matching_enabled",
            "FIELD-TYPE/hash_lists",
            "FIELD-TYPE/moderation_staff_fte");
    assertThat(problem.getString("detail")).isEqualTo("5 values cannot be read; nothing was saved");
    assertNoFiling(obligation);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          risk_assessment_date    | "2026-13-40"            | must be a real date, written as YYYY-MM-DD
          risk_assessment_date    | "2025-02-30"            | must be a real date, written as YYYY-MM-DD
          risk_assessment_date    | "01/09/2025"            | must be a real date, written as YYYY-MM-DD
          risk_assessment_date    | 20250901                | must be a real date, written as YYYY-MM-DD
          risk_assessment_outcome | 3                       | must be the code of one of the options
          risk_assessment_summary | 42                      | must be text
          age_assurance_methods   | "FACIAL_AGE_ESTIMATION" | must be a list of the codes
          """)
  void aDateTextOrChoiceOfTheWrongJsonTypeIsRefusedAndNoFilingIsCreated(
      String field, String json, String message) {
    String obligation = annualObligation(Tokens.NORTHWIND_ID);

    JsonPath problem =
        refused(
            as(NORTHWIND_OFFICER)
                .contentType(ContentType.JSON)
                .body(
                    "{\"obligationId\": \""
                        + obligation
                        + "\", \"values\": {\""
                        + field
                        + "\": "
                        + json
                        + "}}")
                .post(FILINGS)
                .then(),
            400,
            "invalid-values");

    assertFieldTypeFindings(problem, field);
    assertThat(problem.getString("findings[0].message")).contains(message);
    assertNoFiling(obligation);
  }

  @Test
  void unreadableValuesInASubmissionFileNothing() {
    Draft draft = newDraft(ReturnSamples.csamQuarter());
    Map<String, Object> before = stateOf(draft);
    Map<String, Object> body = submission();
    body.put("values", ReturnSamples.with(ReturnSamples.csamQuarter(), "items_removed", "990"));

    JsonPath problem =
        refused(submit(NORTHWIND_ATTESTOR, draft.filingId(), body), 400, "invalid-values");

    assertFieldTypeFindings(problem, "items_removed");
    assertThat(stateOf(draft)).isEqualTo(before);
  }

  // ---- Obligations that cannot take a return

  @Test
  void anotherPlatformsObligationIsNotFoundWhateverTheValues() {
    String obligation = csamObligation(Tokens.BRIGHTSEARCH_ID);

    for (Map<String, Object> values :
        List.of(ReturnSamples.csamQuarter(), Map.<String, Object>of("items_found_by_magic", 1))) {
      refused(
          as(NORTHWIND_OFFICER)
              .contentType(ContentType.JSON)
              .body(Map.of("obligationId", obligation, "values", values))
              .post(FILINGS)
              .then(),
          404,
          "not-found");
    }

    assertNoFiling(obligation);
  }

  @Test
  void aWaivedObligationCannotBeStarted() {
    String obligation = csamObligation(Tokens.NORTHWIND_ID);
    waive(obligation);

    JsonPath problem =
        refused(
            as(NORTHWIND_OFFICER)
                .contentType(ContentType.JSON)
                .body(Map.of("obligationId", obligation, "values", ReturnSamples.csamQuarter()))
                .post(FILINGS)
                .then(),
            409,
            "obligation-waived");

    assertThat(problem.getString("detail")).contains("was waived");
    assertNoFiling(obligation);
  }

  @Test
  void aDraftWhoseObligationWasWaivedCannotBeSubmitted() {
    Draft draft = newDraft(ReturnSamples.csamQuarter());
    waive(draft.obligationId());
    Map<String, Object> before = stateOf(draft);

    JsonPath problem =
        refused(
            submit(NORTHWIND_ATTESTOR, draft.filingId(), submission()), 409, "obligation-waived");

    assertThat(problem.getString("detail")).contains("was waived");
    assertThat(stateOf(draft)).isEqualTo(before);
    assertThat(filing(draft).getList("versions")).isEmpty();
    assertThat(filing(draft).getString("status")).isEqualTo("DRAFT");
  }

  @Test
  void anObligationTakesOneReturnOnly() {
    Draft draft = newDraft(ReturnSamples.csamQuarter());
    Map<String, Object> before = stateOf(draft);

    for (String who : List.of(NORTHWIND_OFFICER, NORTHWIND_ATTESTOR)) {
      JsonPath problem =
          refused(
              as(who)
                  .contentType(ContentType.JSON)
                  .body(
                      Map.of(
                          "obligationId",
                          draft.obligationId(),
                          "values",
                          Map.of("items_removed", 1)))
                  .post(FILINGS)
                  .then(),
              409,
              "filing-already-started");
      assertThat(problem.getString("detail")).contains(draft.filingId());
    }

    assertThat(stateOf(draft)).isEqualTo(before);
  }

  @Test
  void aSubmittedReturnWithoutAnOpenDraftCannotBeSubmittedOrSavedAgain() {
    Draft draft = newDraft(ReturnSamples.csamQuarter());
    submit(NORTHWIND_ATTESTOR, draft.filingId(), submission()).statusCode(201);
    Map<String, Object> before = stateOf(draft);
    long version = filing(draft).getLong("version");

    assertThat(
            refused(
                    submit(NORTHWIND_ATTESTOR, draft.filingId(), submission()),
                    409,
                    "no-open-draft")
                .getString("detail"))
        .contains("has no open draft");
    refused(
        saveDraft(draft, Map.of("values", Map.of("items_removed", 1), "expectedVersion", version)),
        409,
        "no-open-draft");

    assertThat(stateOf(draft)).isEqualTo(before);
    assertThat(filing(draft).getList("versions.number")).containsExactly(1);
  }

  // ---- Binding validation at submission

  @Test
  void everyWarningNeedsAnExplanationAndTheStoredVersionKeepsThem() {
    Map<String, Object> values = ReturnSamples.csamQuarter();
    values.put("hash_matching_enabled", false);
    values.put("items_detected_hash_matching", 0);
    values.remove("hash_lists");
    values.remove("hash_matching_coverage_percent");
    values.put("p90_hours_to_removal", new BigDecimal("2500"));
    Draft draft = newDraft(values);
    assertThat(filing(draft).getList("draft.findings.key"))
        .containsExactlyInAnyOrder("CSAMQ-W002", "CSAMQ-W004");
    Map<String, Object> before = stateOf(draft);

    Map<String, Object> onlyOne = submission();
    onlyOne.put("explanations", Map.of("CSAMQ-W004", "A backlog of old reports was cleared."));
    JsonPath problem =
        refused(submit(NORTHWIND_ATTESTOR, draft.filingId(), onlyOne), 422, "explanation-required");
    assertThat(problem.getList("findings.key")).containsExactly("CSAMQ-W002");
    assertThat(problem.getList("findings.severity")).containsExactly("WARNING");

    Map<String, Object> blank = submission();
    blank.put(
        "explanations",
        Map.of("CSAMQ-W002", "   ", "CSAMQ-W004", "A backlog of old reports was cleared."));
    problem =
        refused(submit(NORTHWIND_ATTESTOR, draft.filingId(), blank), 422, "explanation-required");
    assertThat(problem.getList("findings.key")).containsExactly("CSAMQ-W002");

    Map<String, Object> none = submission();
    problem =
        refused(submit(NORTHWIND_ATTESTOR, draft.filingId(), none), 422, "explanation-required");
    assertThat(problem.getList("findings.key"))
        .containsExactlyInAnyOrder("CSAMQ-W002", "CSAMQ-W004");
    assertThat(stateOf(draft)).isEqualTo(before);

    Map<String, Object> both = submission();
    both.put(
        "explanations",
        Map.of(
            "CSAMQ-W002", "  Users cannot share images or videos on the service.  ",
            "CSAMQ-W004", "A backlog of old reports was cleared."));
    submit(NORTHWIND_ATTESTOR, draft.filingId(), both).statusCode(201).body("version", equalTo(1));

    JsonPath version =
        as(NORTHWIND_OFFICER)
            .get(FILING + "/versions/1", draft.filingId())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(version.getString("explanations['CSAMQ-W002']"))
        .isEqualTo("Users cannot share images or videos on the service.");
    assertThat(version.getString("explanations['CSAMQ-W004']"))
        .isEqualTo("A backlog of old reports was cleared.");
    assertThat(version.getList("findings.key"))
        .containsExactlyInAnyOrder("CSAMQ-W002", "CSAMQ-W004");
    assertThat(version.getMap("findings[0]").keySet())
        .containsExactlyInAnyOrder("key", "ruleId", "severity", "fields", "message");
  }

  @Test
  void errorsBlockSubmissionWhetherInTheDraftOrInTheValuesSent() {
    Draft erroneous =
        newDraft(ReturnSamples.with(ReturnSamples.csamQuarter(), "items_removed", 2000));
    Map<String, Object> before = stateOf(erroneous);

    JsonPath problem =
        refused(
            submit(NORTHWIND_ATTESTOR, erroneous.filingId(), submission()),
            422,
            "validation-failed");
    assertThat(problem.getList("findings.findAll { it.severity == 'ERROR' }.ruleId"))
        .containsExactly("CSAMQ-R001");
    assertThat(problem.getString("findings.find { it.ruleId == 'CSAMQ-R001' }.fields"))
        .contains("items_removed");
    assertThat(problem.getString("detail")).startsWith("1 error blocks submission:");
    assertThat(stateOf(erroneous)).isEqualTo(before);

    Draft valid = newDraft(ReturnSamples.csamQuarter());
    before = stateOf(valid);
    Map<String, Object> body = submission();
    body.put(
        "values",
        ReturnSamples.with(
            ReturnSamples.csamQuarter(), "appeals_upheld", 30, "user_reports_actioned_24h", 600));
    problem = refused(submit(NORTHWIND_ATTESTOR, valid.filingId(), body), 422, "validation-failed");
    assertThat(problem.getList("findings.findAll { it.severity == 'ERROR' }.ruleId"))
        .containsExactlyInAnyOrder("CSAMQ-R010", "CSAMQ-R011");
    assertThat(problem.getString("detail")).startsWith("2 errors block submission");
    assertThat(stateOf(valid)).isEqualTo(before);
  }

  // ---- Who attests

  @Test
  void aPersonWithoutTheAttestorRoleCannotSubmit() {
    Draft draft = newDraft(ReturnSamples.csamQuarter());
    Map<String, Object> before = stateOf(draft);

    for (Map<String, Object> attestation :
        List.of(
            Map.<String, Object>of("statementAccepted", true),
            Map.<String, Object>of("statementAccepted", true, "attestor", NORTHWIND_ATTESTOR))) {
      JsonPath problem =
          refused(
              submit(NORTHWIND_OFFICER, draft.filingId(), Map.of("attestation", attestation)),
              403,
              "attestor-role-required");
      assertThat(problem.getString("detail")).contains("platform-attestor");
    }

    assertThat(stateOf(draft)).isEqualTo(before);
  }

  @Test
  void aPlatformsSystemMustNameTheAttestor() {
    Draft draft = newDraft(ReturnSamples.csamQuarter());
    Map<String, Object> before = stateOf(draft);

    JsonPath problem =
        refused(
            submitAsClient(draft, Map.of("attestation", Map.of("statementAccepted", true))),
            400,
            "attestor-required");

    assertThat(problem.getList("errors.field")).containsExactly("attestation.attestor");
    assertThat(stateOf(draft)).isEqualTo(before);
  }

  @ParameterizedTest(name = "naming {0}")
  @ValueSource(strings = {NORTHWIND_OFFICER, "no-such-person", "regulator-admin"})
  void aPlatformsSystemCannotNameSomeoneWhoIsNotItsAttestor(String attestor) {
    Draft draft = newDraft(ReturnSamples.csamQuarter());
    Map<String, Object> before = stateOf(draft);

    JsonPath problem =
        refused(
            submitAsClient(
                draft,
                Map.of("attestation", Map.of("statementAccepted", true, "attestor", attestor))),
            403,
            "attestor-not-recognised");

    assertThat(problem.getString("detail")).startsWith(attestor + " is not an attestor");
    assertThat(stateOf(draft)).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"attestation": {"statementAccepted": false}}                     | attestation.statementAccepted
          {"attestation": {}}                                               | attestation.statementAccepted
          {}                                                                | attestation
          {"attestation": null}                                             | attestation
          {"attestation": {"statementAccepted": true, "attestor": ""}}     | attestation.attestor
          """)
  void aSubmissionWithoutAnAcceptedAttestationIsInvalid(String body, String field) {
    Draft draft = newDraft(ReturnSamples.csamQuarter());
    Map<String, Object> before = stateOf(draft);

    JsonPath problem =
        refused(
            as(NORTHWIND_ATTESTOR)
                .contentType(ContentType.JSON)
                .body(body)
                .post(SUBMISSIONS, draft.filingId())
                .then(),
            400,
            "invalid-request");

    assertThat(problem.getList("errors.field")).containsExactly(field);
    assertThat(stateOf(draft)).isEqualTo(before);
  }

  // ---- Optimistic locking

  @Test
  void aStaleExpectedVersionIsAConflictAndChangesNothing() {
    Draft draft = newDraft(ReturnSamples.csamQuarter());
    saveDraft(
            draft,
            Map.of("values", Map.of("items_removed", 980), "expectedVersion", draft.version()))
        .statusCode(200);
    Map<String, Object> before = stateOf(draft);

    for (long stale : List.of(draft.version(), draft.version() + 5)) {
      JsonPath problem =
          refused(
              saveDraft(
                  draft, Map.of("values", Map.of("items_removed", 1), "expectedVersion", stale)),
              409,
              "stale-version");
      assertThat(problem.getString("detail")).contains("has changed since you read it");

      Map<String, Object> body = submission();
      body.put("expectedVersion", stale);
      refused(submit(NORTHWIND_ATTESTOR, draft.filingId(), body), 409, "stale-version");
    }

    assertThat(stateOf(draft)).isEqualTo(before);
    assertThat(filing(draft).getInt("draft.values.items_removed")).isEqualTo(980);
  }

  // ---- Requests that are not what the API reads

  @Test
  void anAmendmentTakesNoBodyAndAFormOrTextOneIsAnUnsupportedMediaType() throws Exception {
    Draft draft = newDraft(ReturnSamples.csamQuarter());
    submit(NORTHWIND_ATTESTOR, draft.filingId(), submission()).statusCode(201);
    Map<String, Object> before = stateOf(draft);

    for (String mediaType : List.of("application/x-www-form-urlencoded", "text/plain")) {
      refused(
          as(NORTHWIND_OFFICER)
              .contentType(mediaType)
              .post(FILING + "/amendment", draft.filingId())
              .then(),
          415,
          "unsupported-media-type");
    }
    assertThat(stateOf(draft)).isEqualTo(before);

    // What a plain HTTP client sends: a POST with no body and no Content-Type.
    HttpResponse<String> amendment =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        server.resolve("/api/v1/filings/" + draft.filingId() + "/amendment"))
                    .header("Authorization", Tokens.bearer(Tokens.user(NORTHWIND_OFFICER)))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(amendment.statusCode()).isEqualTo(200);
    assertThat(JsonPath.from(amendment.body()).getInt("draft.values.items_detected_total"))
        .isEqualTo(1000);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          POST  | start      | {"obligationId": "%s", "values": {
          POST  | start      | {"obligationId": "not-a-uuid"}
          POST  | start      | {"obligationId": "%s", "values": [1, 2]}
          PATCH | draft      | {"values": {"items_removed": 1}, "expectedVersion": 0,}
          PATCH | draft      | {"values": "items_removed=1", "expectedVersion": 0}
          PATCH | draft      | {"values": {}, "expectedVersion": "latest"}
          POST  | submission | {"attestation": {"statementAccepted": true}
          POST  | submission | {"attestation": {"statementAccepted": true}, "explanations": []}
          """)
  void aBodyThatIsNotReadableIsMalformed(String method, String endpoint, String body) {
    Draft draft = newDraft(ReturnSamples.csamQuarter());
    String obligation = csamObligation(Tokens.NORTHWIND_ID);
    Map<String, Object> before = stateOf(draft);

    refused(
        send(method, endpoint, draft, body.formatted(obligation), ContentType.JSON.toString()),
        400,
        "malformed-body");

    assertThat(stateOf(draft)).isEqualTo(before);
    assertNoFiling(obligation);
  }

  @ParameterizedTest(name = "{0} {1} as {2}")
  @CsvSource({
    "POST, start, text/plain",
    "POST, start, application/xml",
    "PATCH, draft, text/plain",
    "PATCH, draft, application/x-www-form-urlencoded",
    "POST, submission, text/plain",
    "POST, submission, application/xml"
  })
  void aBodyOfAnotherMediaTypeIsUnsupported(String method, String endpoint, String mediaType) {
    Draft draft = newDraft(ReturnSamples.csamQuarter());
    String obligation = csamObligation(Tokens.NORTHWIND_ID);
    Map<String, Object> before = stateOf(draft);
    String body =
        switch (endpoint) {
          case "start" -> "{\"obligationId\": \"" + obligation + "\"}";
          case "draft" ->
              "{\"values\": {\"items_removed\": 1}, \"expectedVersion\": " + draft.version() + "}";
          default -> "{\"attestation\": {\"statementAccepted\": true}}";
        };

    refused(send(method, endpoint, draft, body, mediaType), 415, "unsupported-media-type");

    assertThat(stateOf(draft)).isEqualTo(before);
    assertNoFiling(obligation);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"POST, start", "PATCH, draft", "POST, submission"})
  void aBodyOverTheSizeLimitIsRefused(String method, String endpoint) {
    Draft draft = newDraft(ReturnSamples.csamQuarter());
    String obligation = csamObligation(Tokens.NORTHWIND_ID);
    Map<String, Object> before = stateOf(draft);
    String huge = "x".repeat(2 * 1024 * 1024 + 1);
    String body =
        switch (endpoint) {
          case "start" ->
              "{\"obligationId\": \"" + obligation + "\", \"values\": {\"x\": \"" + huge + "\"}}";
          case "draft" ->
              "{\"values\": {\"risk\": \""
                  + huge
                  + "\"}, \"expectedVersion\": "
                  + draft.version()
                  + "}";
          default ->
              "{\"attestation\": {\"statementAccepted\": true}, \"explanations\": {\"CSAMQ-W001\": \""
                  + huge
                  + "\"}}";
        };

    refused(
        send(method, endpoint, draft, body, ContentType.JSON.toString()), 413, "payload-too-large");

    assertThat(stateOf(draft)).isEqualTo(before);
    assertNoFiling(obligation);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"three-hundred", "two words", "tab\tinside"})
  void aBadIdempotencyKeyIsRefusedBeforeAnythingIsFiled(String kind) {
    String key = "three-hundred".equals(kind) ? "k".repeat(300) : kind;
    Draft draft = newDraft(ReturnSamples.csamQuarter());
    Map<String, Object> before = stateOf(draft);

    JsonPath problem =
        refused(
            as(NORTHWIND_ATTESTOR)
                .header(FilingResource.IDEMPOTENCY_KEY, key)
                .contentType(ContentType.JSON)
                .body(submission())
                .post(SUBMISSIONS, draft.filingId())
                .then(),
            400,
            "invalid-idempotency-key");

    assertThat(problem.getList("errors.field")).containsExactly("header.Idempotency-Key");
    assertThat(stateOf(draft)).isEqualTo(before);
  }

  @ParameterizedTest(name = "diff?{0}")
  @CsvSource({
    "from=1&to=1, 400, invalid-comparison",
    "from=2&to=1, 400, invalid-comparison",
    "from=0&to=1, 400, invalid-request",
    "from=-1&to=1, 400, invalid-request",
    "to=1, 400, invalid-request",
    "from=1, 400, invalid-request",
    "from=one&to=2, 400, invalid-request",
    "from=1&to=2, 404, not-found",
    "from=1&to=99, 404, not-found"
  })
  void aDiffNeedsTwoSubmittedVersionsInOrder(String query, int status, String type) {
    Draft draft = newDraft(ReturnSamples.csamQuarter());
    submit(NORTHWIND_ATTESTOR, draft.filingId(), submission()).statusCode(201);

    refused(
        as(NORTHWIND_OFFICER)
            .get(FILING.replace("{id}", draft.filingId()) + "/diff?" + query)
            .then(),
        status,
        type);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET, /api/v1/filings/not-a-uuid",
    "GET, /api/v1/filings/12345",
    "PATCH, /api/v1/filings/not-a-uuid/draft",
    "POST, /api/v1/filings/not-a-uuid/amendment",
    "POST, /api/v1/filings/not-a-uuid/submissions",
    "GET, /api/v1/filings/not-a-uuid/versions/1",
    "GET, /api/v1/filings/not-a-uuid/versions/1/receipt",
    "GET, /api/v1/filings/not-a-uuid/diff?from=1&to=2",
    "GET, /api/v1/filings?obligationId=not-a-uuid",
    "GET, /api/v1/filings?platformId=not-a-uuid",
    "GET, /api/v1/filings?status=LOST"
  })
  void aMistypedIdOrFilterIsAnInvalidRequest(String method, String path) {
    RequestSpecification request = as(NORTHWIND_ATTESTOR).contentType(ContentType.JSON);
    if (!"GET".equals(method)) {
      request.body(
          path.endsWith("draft")
              ? "{\"values\": {}, \"expectedVersion\": 0}"
              : "{\"attestation\": {\"statementAccepted\": true}}");
    }

    refused(request.request(method, path).then(), 400, "invalid-request");
  }

  @Test
  void aMistypedVersionNumberIsAnInvalidRequestAndAMissingOneIsNotFound() {
    Draft draft = newDraft(ReturnSamples.csamQuarter());
    submit(NORTHWIND_ATTESTOR, draft.filingId(), submission()).statusCode(201);

    for (String version : List.of("one", "1.5", "99999999999")) {
      refused(
          as(NORTHWIND_OFFICER).get(FILING + "/versions/" + version, draft.filingId()).then(),
          400,
          "invalid-request");
    }
    for (String version : List.of("0", "2", "-1")) {
      refused(
          as(NORTHWIND_OFFICER).get(FILING + "/versions/" + version, draft.filingId()).then(),
          404,
          "not-found");
      refused(
          as(NORTHWIND_OFFICER)
              .get(FILING + "/versions/" + version + "/receipt", draft.filingId())
              .then(),
          404,
          "not-found");
    }
    refused(
        as(NORTHWIND_OFFICER).get("/api/v1/receipts/not-an-accession-number").then(),
        404,
        "not-found");
  }

  // ---- Helpers

  private static JsonPath refused(ValidatableResponse response, int status, String type) {
    return response
        .statusCode(status)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:carefile:problem:" + type))
        .body("status", equalTo(status))
        .extract()
        .jsonPath();
  }

  private static void assertFieldTypeFindings(JsonPath problem, String field) {
    assertThat(problem.getList("findings.key")).containsExactly("FIELD-TYPE/" + field);
    assertThat(problem.getList("findings.ruleId")).containsExactly("FIELD-TYPE");
    assertThat(problem.getList("findings[0].fields")).containsExactly(field);
    assertThat(problem.getString("findings[0].severity")).isEqualTo("ERROR");
    assertThat(problem.getMap("findings[0]").keySet())
        .containsExactlyInAnyOrder("key", "ruleId", "severity", "fields", "message");
  }

  private static Draft newDraft(Map<String, Object> values) {
    String obligation = csamObligation(Tokens.NORTHWIND_ID);
    String filing = start(NORTHWIND_OFFICER, obligation, values);
    return new Draft(obligation, filing, filing(filing).getLong("version"));
  }

  private static JsonPath filing(Draft draft) {
    return filing(draft.filingId());
  }

  private static JsonPath filing(String filingId) {
    return as("regulator-admin").get(FILING, filingId).then().statusCode(200).extract().jsonPath();
  }

  private static ValidatableResponse saveDraft(Draft draft, Object body) {
    return as(NORTHWIND_OFFICER)
        .contentType(ContentType.JSON)
        .body(body)
        .patch(DRAFT, draft.filingId())
        .then();
  }

  private static ValidatableResponse submitAsClient(Draft draft, Map<String, ?> body) {
    return asClient(NORTHWIND_CLIENT)
        .contentType(ContentType.JSON)
        .body(body)
        .post(SUBMISSIONS, draft.filingId())
        .then();
  }

  /** Sends a raw body to one of the three writes that take one. */
  private static ValidatableResponse send(
      String method, String endpoint, Draft draft, String body, String mediaType) {
    String path =
        switch (endpoint) {
          case "start" -> FILINGS;
          case "draft" -> DRAFT.replace("{id}", draft.filingId());
          default -> SUBMISSIONS.replace("{id}", draft.filingId());
        };
    return as(NORTHWIND_ATTESTOR).contentType(mediaType).body(body).request(method, path).then();
  }

  /** What a regulator sees: the obligation, and every filing for it in full. */
  private static Map<String, Object> stateOf(Draft draft) {
    return stateOf(draft.obligationId());
  }

  private static Map<String, Object> stateOf(String obligationId) {
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

  private static void assertNoFiling(String obligationId) {
    as("regulator-admin")
        .queryParam("obligationId", obligationId)
        .get(FILINGS)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
  }

  private static void waive(String obligationId) {
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

  /** The DOC-ANNUAL obligation of a year no other test uses. */
  private static String annualObligation(String platformId) {
    LocalDate yearStart = freshQuarter();
    as("regulator-admin")
        .contentType(ContentType.JSON)
        .body(Map.of("templateCode", "DOC-ANNUAL", "periodStart", yearStart.toString()))
        .post("/api/v1/obligations/generation")
        .then()
        .statusCode(200);
    return as("regulator-admin")
        .queryParam("platformId", platformId)
        .queryParam("templateCode", "DOC-ANNUAL")
        .queryParam("from", yearStart.toString())
        .queryParam("to", yearStart.plusYears(1).toString())
        .get("/api/v1/obligations")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .extract()
        .path("items[0].id");
  }
}
