package io.carefile.filing;

import static io.carefile.filing.FilingFixtures.NORTHWIND_ATTESTOR;
import static io.carefile.filing.FilingFixtures.NORTHWIND_OFFICER;
import static io.carefile.filing.FilingFixtures.as;
import static io.carefile.filing.FilingFixtures.csamObligation;
import static io.carefile.filing.FilingFixtures.start;
import static io.carefile.filing.FilingFixtures.submission;
import static io.carefile.filing.FilingFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.Tokens;
import io.carefile.template.ReturnSamples;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
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

  @Inject
  @DataSource("owner")
  AgroalDataSource dataSource;

  static Stream<Arguments> errorRules() {
    return ReturnSamples.csamErrorSamples().entrySet().stream()
        .map(sample -> Arguments.of(sample.getKey(), sample.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorRules")
  void eachErrorRuleBlocksSubmissionUntilFixed(String ruleId, Map<String, Object> failing) {
    String filing = start(NORTHWIND_OFFICER, csamObligation(Tokens.NORTHWIND_ID), failing);
    as(NORTHWIND_OFFICER)
        .get("/api/v1/filings/" + filing)
        .then()
        .statusCode(200)
        .body("draft.findings.findAll { it.severity == 'ERROR' }.ruleId", contains(ruleId));

    submit(NORTHWIND_ATTESTOR, filing, submission())
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:carefile:problem:validation-failed"))
        .body("findings.findAll { it.severity == 'ERROR' }.ruleId", contains(ruleId));
    as(NORTHWIND_OFFICER)
        .get("/api/v1/filings/" + filing)
        .then()
        .body("status", equalTo("DRAFT"))
        .body("versions", empty());

    Map<String, Object> passing = new HashMap<>(ReturnSamples.csamQuarter());
    failing.keySet().forEach(code -> passing.putIfAbsent(code, null));
    as(NORTHWIND_OFFICER)
        .contentType(ContentType.JSON)
        .body(Map.of("values", passing, "expectedVersion", 0))
        .patch("/api/v1/filings/" + filing + "/draft")
        .then()
        .statusCode(200)
        .body("draft.findings", empty());
    submit(NORTHWIND_ATTESTOR, filing, submission()).statusCode(201);
  }

  @Test
  void aWarningBlocksSubmissionUntilExplainedAndTheExplanationIsFiled() {
    String filing =
        start(
            NORTHWIND_OFFICER,
            csamObligation(Tokens.NORTHWIND_ID),
            ReturnSamples.csamWarningSamples().get("CSAMQ-W001"));

    submit(NORTHWIND_ATTESTOR, filing, submission())
        .statusCode(422)
        .body("type", equalTo("urn:carefile:problem:explanation-required"))
        .body("findings.key", contains("CSAMQ-W001"))
        .body("findings[0].severity", equalTo("WARNING"))
        .body("findings[0].fields", contains("reports_to_nca"));

    Map<String, Object> explained = submission();
    explained.put("explanations", Map.of("CSAMQ-W001", "  "));
    submit(NORTHWIND_ATTESTOR, filing, explained).statusCode(422);

    String why = "Our NCA reporting channel was being set up; all items went to NCMEC.";
    explained.put("explanations", Map.of("CSAMQ-W001", why, "CSAMQ-W002", "not a warning here"));
    submit(NORTHWIND_ATTESTOR, filing, explained).statusCode(201);

    as(NORTHWIND_OFFICER)
        .get("/api/v1/filings/" + filing + "/versions/1")
        .then()
        .statusCode(200)
        .body("findings.key", contains("CSAMQ-W001"))
        .body("explanations.CSAMQ-W001", equalTo(why))
        .body("explanations.CSAMQ-W002", nullValue());
  }

  @Test
  void aFigureThatSwingsAgainstThePreviousAcceptedReturnNeedsAnExplanation() throws Exception {
    LocalDate earlier = FilingFixtures.latestQuarter();
    String previous =
        start(
            NORTHWIND_OFFICER,
            csamObligation(Tokens.NORTHWIND_ID, earlier),
            ReturnSamples.with(
                ReturnSamples.csamQuarter(),
                "user_reports_received",
                100,
                "user_reports_actioned_24h",
                90));
    submit(NORTHWIND_ATTESTOR, previous, submission()).statusCode(201);
    // Review is a later feature: the regulator's acceptance is recorded directly here.
    accept(previous);

    String current =
        start(
            NORTHWIND_OFFICER,
            csamObligation(Tokens.NORTHWIND_ID, earlier.plusMonths(3)),
            ReturnSamples.csamQuarter());
    as(NORTHWIND_OFFICER)
        .get("/api/v1/filings/" + current)
        .then()
        .body("draft.findings.key", contains("CSAMQ-P001/user_reports_received"))
        .body("draft.findings[0].severity", equalTo("WARNING"));

    submit(NORTHWIND_ATTESTOR, current, submission())
        .statusCode(422)
        .body("findings.key", hasItem("CSAMQ-P001/user_reports_received"));
    Map<String, Object> explained = submission();
    explained.put(
        "explanations",
        Map.of("CSAMQ-P001/user_reports_received", "A new in-app reporting button launched."));
    submit(NORTHWIND_ATTESTOR, current, explained).statusCode(201);
  }

  private void accept(String filing) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement("update filing set status = 'ACCEPTED' where id = ?")) {
      update.setObject(1, UUID.fromString(filing));
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }
}
