package io.carefile.filing;

import static io.carefile.filing.FilingFixtures.as;
import static io.carefile.filing.FilingFixtures.csamObligation;
import static io.carefile.filing.FilingFixtures.start;
import static io.carefile.filing.FilingFixtures.submission;
import static io.carefile.filing.FilingFixtures.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validation is advisory while drafting and binding at submission: each ERROR rule of CSAM-Q blocks
 * submission until fixed, and each WARNING until it is explained in writing.
 */
@QuarkusTest
class SubmissionValidationTest {

  /** Each test files for a platform of its own. */
  private TestPlatform platform;

  @BeforeEach
  void newPlatform() {
    platform = TestPlatforms.newPlatform();
  }

  static Stream<Arguments> errorRules() {
    return ReturnSamples.csamErrorSamples().entrySet().stream()
        .map(sample -> Arguments.of(sample.getKey(), sample.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorRules")
  void eachErrorRuleBlocksSubmissionUntilFixed(String ruleId, Map<String, Object> failing) {
    String filing = start(platform.officer(), csamObligation(platform), failing);
    as(platform.officer())
        .get("/api/v1/filings/" + filing)
        .then()
        .statusCode(200)
        .body("draft.findings.findAll { it.severity == 'ERROR' }.ruleId", contains(ruleId));

    submit(platform.attestor(), filing, submission())
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:carefile:problem:validation-failed"))
        .body("findings.findAll { it.severity == 'ERROR' }.ruleId", contains(ruleId));
    as(platform.officer())
        .get("/api/v1/filings/" + filing)
        .then()
        .body("status", equalTo("DRAFT"))
        .body("versions", empty());

    Map<String, Object> passing = new HashMap<>(ReturnSamples.csamQuarter());
    failing.keySet().forEach(code -> passing.putIfAbsent(code, null));
    as(platform.officer())
        .contentType(ContentType.JSON)
        .body(Map.of("values", passing, "expectedVersion", 0))
        .patch("/api/v1/filings/" + filing + "/draft")
        .then()
        .statusCode(200)
        .body("draft.findings", empty());
    submit(platform.attestor(), filing, submission()).statusCode(201);
  }

  @Test
  void aWarningBlocksSubmissionUntilExplainedAndTheExplanationIsFiled() {
    String filing =
        start(
            platform.officer(),
            csamObligation(platform),
            ReturnSamples.csamWarningSamples().get("CSAMQ-W001"));

    submit(platform.attestor(), filing, submission())
        .statusCode(422)
        .body("type", equalTo("urn:carefile:problem:explanation-required"))
        .body("findings.key", contains("CSAMQ-W001"))
        .body("findings[0].severity", equalTo("WARNING"))
        .body("findings[0].fields", contains("reports_to_nca"));

    Map<String, Object> explained = submission();
    explained.put("explanations", Map.of("CSAMQ-W001", "  "));
    submit(platform.attestor(), filing, explained).statusCode(422);

    String why = "Our NCA reporting channel was being set up; all items went to NCMEC.";
    explained.put("explanations", Map.of("CSAMQ-W001", why, "CSAMQ-W002", "not a warning here"));
    submit(platform.attestor(), filing, explained).statusCode(201);

    as(platform.officer())
        .get("/api/v1/filings/" + filing + "/versions/1")
        .then()
        .statusCode(200)
        .body("findings.key", contains("CSAMQ-W001"))
        .body("explanations.CSAMQ-W001", equalTo(why))
        .body("explanations.CSAMQ-W002", nullValue());
  }

  @Test
  void aFigureThatSwingsAgainstThePreviousAcceptedReturnNeedsAnExplanation() {
    // The platform is new: the quarter before this one is its first return.
    LocalDate current = FilingFixtures.currentQuarter();
    String previous =
        start(
            platform.officer(),
            platform.obligation("CSAM-Q", current.minusMonths(3)),
            ReturnSamples.with(
                ReturnSamples.csamQuarter(),
                "user_reports_received",
                100,
                "user_reports_actioned_24h",
                90));
    submit(platform.attestor(), previous, submission()).statusCode(201);
    String filing =
        start(platform.officer(), csamObligation(platform), ReturnSamples.csamQuarter());

    // Submitted is not accepted: there is nothing to compare with yet.
    as(platform.officer()).get("/api/v1/filings/" + filing).then().body("draft.findings", empty());

    // The regulator's review accepts it, and from then on it is the comparison.
    acceptThroughReview(previous);
    as(platform.officer())
        .get("/api/v1/filings/" + filing)
        .then()
        .body("draft.findings.key", contains("CSAMQ-P001/user_reports_received"))
        .body("draft.findings[0].severity", equalTo("WARNING"));

    submit(platform.attestor(), filing, submission())
        .statusCode(422)
        .body("findings.key", hasItem("CSAMQ-P001/user_reports_received"));
    Map<String, Object> explained = submission();
    explained.put(
        "explanations",
        Map.of("CSAMQ-P001/user_reports_received", "A new in-app reporting button launched."));
    submit(platform.attestor(), filing, explained).statusCode(201);
  }

  /** The regulator's review accepts the return: an analyst takes it on and accepts it. */
  private static void acceptThroughReview(String filing) {
    as("regulator-analyst")
        .contentType(ContentType.JSON)
        .body(Map.of("assignee", "regulator-analyst", "expectedVersion", reviewVersion(filing)))
        .put("/api/v1/reviews/" + filing + "/assignee")
        .then()
        .statusCode(200)
        .body("status", equalTo("UNDER_REVIEW"));
    as("regulator-analyst")
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "ACCEPT", "expectedVersion", reviewVersion(filing)))
        .post("/api/v1/reviews/" + filing + "/decision")
        .then()
        .statusCode(201)
        .body("toStatus", equalTo("ACCEPTED"));
  }

  private static long reviewVersion(String filing) {
    return as("regulator-analyst")
        .get("/api/v1/reviews/" + filing)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("version");
  }
}
