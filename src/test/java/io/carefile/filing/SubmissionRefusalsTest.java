package io.carefile.filing;

import static io.carefile.filing.FilingFixtures.as;
import static io.carefile.filing.FilingFixtures.submission;
import static io.carefile.filing.FilingFixtures.submit;
import static io.carefile.filing.FilingRefusals.FILING;
import static io.carefile.filing.FilingRefusals.SUBMISSIONS;
import static io.carefile.filing.FilingRefusals.filing;
import static io.carefile.filing.FilingRefusals.newDraft;
import static io.carefile.filing.FilingRefusals.refused;
import static io.carefile.filing.FilingRefusals.stateOf;
import static io.carefile.filing.FilingRefusals.submitAsClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.carefile.filing.FilingRefusals.Draft;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A submission is binding, so it is refused until it is right: errors block it, every warning needs
 * an explanation, only the platform's attestor attests (a person as themselves, a system naming
 * them), the statement must be accepted, and an Idempotency-Key must be readable. A refused
 * submission files nothing.
 */
@QuarkusTest
class SubmissionRefusalsTest {

  /** Each test changes, or tries to change, a return of a platform of its own. */
  private TestPlatform platform;

  @BeforeEach
  void newPlatform() {
    platform = TestPlatforms.newPlatform();
  }

  @Test
  void everyWarningNeedsAnExplanationAndTheStoredVersionKeepsThem() {
    Map<String, Object> values = ReturnSamples.csamQuarter();
    values.put("hash_matching_enabled", false);
    values.put("items_detected_hash_matching", 0);
    values.remove("hash_lists");
    values.remove("hash_matching_coverage_percent");
    values.put("p90_hours_to_removal", new BigDecimal("2500"));
    Draft draft = newDraft(platform, values);
    assertThat(filing(draft).getList("draft.findings.key"))
        .containsExactlyInAnyOrder("CSAMQ-W002", "CSAMQ-W004");
    Map<String, Object> before = stateOf(draft);

    Map<String, Object> onlyOne = submission();
    onlyOne.put("explanations", Map.of("CSAMQ-W004", "A backlog of old reports was cleared."));
    JsonPath problem =
        refused(
            submit(platform.attestor(), draft.filingId(), onlyOne), 422, "explanation-required");
    assertThat(problem.getList("findings.key")).containsExactly("CSAMQ-W002");
    assertThat(problem.getList("findings.severity")).containsExactly("WARNING");

    Map<String, Object> blank = submission();
    blank.put(
        "explanations",
        Map.of("CSAMQ-W002", "   ", "CSAMQ-W004", "A backlog of old reports was cleared."));
    problem =
        refused(submit(platform.attestor(), draft.filingId(), blank), 422, "explanation-required");
    assertThat(problem.getList("findings.key")).containsExactly("CSAMQ-W002");

    Map<String, Object> none = submission();
    problem =
        refused(submit(platform.attestor(), draft.filingId(), none), 422, "explanation-required");
    assertThat(problem.getList("findings.key"))
        .containsExactlyInAnyOrder("CSAMQ-W002", "CSAMQ-W004");
    assertThat(stateOf(draft)).isEqualTo(before);

    Map<String, Object> both = submission();
    both.put(
        "explanations",
        Map.of(
            "CSAMQ-W002", "  Users cannot share images or videos on the service.  ",
            "CSAMQ-W004", "A backlog of old reports was cleared."));
    submit(platform.attestor(), draft.filingId(), both).statusCode(201).body("version", equalTo(1));

    JsonPath version =
        as(platform.officer())
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
        newDraft(platform, ReturnSamples.with(ReturnSamples.csamQuarter(), "items_removed", 2000));
    Map<String, Object> before = stateOf(erroneous);

    JsonPath problem =
        refused(
            submit(platform.attestor(), erroneous.filingId(), submission()),
            422,
            "validation-failed");
    assertThat(problem.getList("findings.findAll { it.severity == 'ERROR' }.ruleId"))
        .containsExactly("CSAMQ-R001");
    assertThat(problem.getString("findings.find { it.ruleId == 'CSAMQ-R001' }.fields"))
        .contains("items_removed");
    assertThat(problem.getString("detail")).startsWith("1 error blocks submission:");
    assertThat(stateOf(erroneous)).isEqualTo(before);

    Draft valid = newDraft(TestPlatforms.newPlatform(), ReturnSamples.csamQuarter());
    before = stateOf(valid);
    Map<String, Object> body = submission();
    body.put(
        "values",
        ReturnSamples.with(
            ReturnSamples.csamQuarter(), "appeals_upheld", 30, "user_reports_actioned_24h", 600));
    problem =
        refused(
            submit(valid.platform().attestor(), valid.filingId(), body), 422, "validation-failed");
    assertThat(problem.getList("findings.findAll { it.severity == 'ERROR' }.ruleId"))
        .containsExactlyInAnyOrder("CSAMQ-R010", "CSAMQ-R011");
    assertThat(problem.getString("detail")).startsWith("2 errors block submission");
    assertThat(stateOf(valid)).isEqualTo(before);
  }

  @Test
  void aPersonWithoutTheAttestorRoleCannotSubmit() {
    Draft draft = newDraft(platform, ReturnSamples.csamQuarter());
    Map<String, Object> before = stateOf(draft);

    for (Map<String, Object> attestation :
        List.of(
            Map.<String, Object>of("statementAccepted", true),
            Map.<String, Object>of("statementAccepted", true, "attestor", platform.attestor()))) {
      JsonPath problem =
          refused(
              submit(platform.officer(), draft.filingId(), Map.of("attestation", attestation)),
              403,
              "attestor-role-required");
      assertThat(problem.getString("detail")).contains("platform-attestor");
    }

    assertThat(stateOf(draft)).isEqualTo(before);
  }

  @Test
  void aPlatformsSystemMustNameTheAttestor() {
    Draft draft = newDraft(platform, ReturnSamples.csamQuarter());
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
  @ValueSource(
      strings = {
        "its officer",
        "no-such-person",
        "regulator-admin",
        "*",
        "%",
        "a\\b",
        "name with spaces",
        "ünïcødé@platform.example"
      })
  void aPlatformsSystemCannotNameSomeoneWhoIsNotItsAttestor(String named) {
    String attestor = named.equals("its officer") ? platform.officer() : named;
    Draft draft = newDraft(platform, ReturnSamples.csamQuarter());
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

  /** Text that cannot be stored never reaches Keycloak, so it is not its failure either. */
  @ParameterizedTest(name = "naming {0}")
  @ValueSource(strings = {"a\\u0000b", "\\ud800", "x\\udfff", "\\u001b[31m"})
  void anAttestorNameThatCannotBeStoredIsInvalidTextNotAnOutage(String escaped) {
    Draft draft = newDraft(platform, ReturnSamples.csamQuarter());
    Map<String, Object> before = stateOf(draft);

    JsonPath problem =
        refused(
            submitAsClient(
                draft,
                "{\"attestation\": {\"statementAccepted\": true, \"attestor\": \""
                    + escaped
                    + "\"}}"),
            400,
            "invalid-text");

    assertThat(problem.getList("errors.field")).containsExactly("attestation.attestor");
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
    Draft draft = newDraft(platform, ReturnSamples.csamQuarter());
    Map<String, Object> before = stateOf(draft);

    JsonPath problem =
        refused(
            as(platform.attestor())
                .contentType(ContentType.JSON)
                .body(body)
                .post(SUBMISSIONS, draft.filingId())
                .then(),
            400,
            "invalid-request");

    assertThat(problem.getList("errors.field")).containsExactly(field);
    assertThat(stateOf(draft)).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"three-hundred", "two words", "tab\tinside"})
  void aBadIdempotencyKeyIsRefusedBeforeAnythingIsFiled(String kind) {
    String key = "three-hundred".equals(kind) ? "k".repeat(300) : kind;
    Draft draft = newDraft(platform, ReturnSamples.csamQuarter());
    Map<String, Object> before = stateOf(draft);

    JsonPath problem =
        refused(
            as(platform.attestor())
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
}
