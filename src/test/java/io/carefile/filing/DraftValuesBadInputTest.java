package io.carefile.filing;

import static io.carefile.filing.FilingFixtures.as;
import static io.carefile.filing.FilingFixtures.submission;
import static io.carefile.filing.FilingFixtures.submit;
import static io.carefile.filing.FilingRefusals.FILINGS;
import static io.carefile.filing.FilingRefusals.annualObligation;
import static io.carefile.filing.FilingRefusals.assertFieldTypeFindings;
import static io.carefile.filing.FilingRefusals.assertNoFiling;
import static io.carefile.filing.FilingRefusals.filing;
import static io.carefile.filing.FilingRefusals.newDraft;
import static io.carefile.filing.FilingRefusals.refused;
import static io.carefile.filing.FilingRefusals.saveDraft;
import static io.carefile.filing.FilingRefusals.stateOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.carefile.filing.FilingRefusals.Draft;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values that cannot be read for their fields (an unknown field, a value of the wrong JSON type)
 * refuse the whole start, save or submission with {@code invalid-values}, each listed as a finding,
 * and store nothing.
 */
@QuarkusTest
class DraftValuesBadInputTest {

  // Every test here is refused and changes nothing (each asserts so), so they share one platform:
  // a draft, and obligations that have no return.
  private static TestPlatform platform;
  private static Draft openDraft;
  private static String unfiledCsam;
  private static String unfiledAnnual;

  // Once per class, from the first test: RestAssured points at the application only around each
  // test, not in @BeforeAll.
  @BeforeEach
  void platformWithADraft() {
    if (unfiledAnnual != null) {
      return;
    }
    platform = TestPlatforms.newPlatform();
    openDraft = newDraft(platform, ReturnSamples.csamQuarter());
    unfiledCsam = platform.obligation("CSAM-Q", FilingFixtures.currentQuarter().minusMonths(3));
    // Set last: a setup that failed half-way is tried again by the next test.
    unfiledAnnual = annualObligation(platform);
  }

  @Test
  void anUnknownFieldRefusesTheStartAndNoFilingIsCreated() {
    String obligation = unfiledCsam;

    JsonPath problem =
        refused(
            as(platform.officer())
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
        .isEqualTo("\"items_found_by_magic\" is not a field of CSAM-Q version 2");
    assertNoFiling(obligation);
  }

  @Test
  void anUnknownFieldRefusesTheDraftSaveAndTheDraftStaysAsItWas() {
    Draft draft = openDraft;
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
          items_detected_total    | 9223372036854775808
          items_detected_total    | 9007199254740992
          items_detected_total    | -9007199254740992
          items_detected_total    | 1e300
          median_hours_to_removal | 1e300
          median_hours_to_removal | 1%s
          median_hours_to_removal | 12345678901234567890
          median_hours_to_removal | 1234567890123456
          median_hours_to_removal | 1e-400
          """)
  void aNumberBeyondWhatItsFieldHoldsIsRefusedAndTheDraftStaysAsItWas(String field, String json) {
    Draft draft = openDraft;
    Map<String, Object> before = stateOf(draft);

    JsonPath problem =
        refused(
            saveDraft(
                draft,
                "{\"values\": {\""
                    + field
                    + "\": "
                    + json.formatted("0".repeat(300))
                    + "}, \"expectedVersion\": "
                    + draft.version()
                    + "}"),
            400,
            "invalid-values");

    assertThat(problem.getList("findings.ruleId")).containsExactly("FIELD-RANGE");
    assertThat(problem.getList("findings[0].fields")).containsExactly(field);
    assertThat(stateOf(draft)).isEqualTo(before);
  }

  @Test
  void decimalsAreKeptExactlyAsSent() {
    Draft draft = newDraft(TestPlatforms.newPlatform(), ReturnSamples.csamQuarter());

    saveDraft(
            draft,
            "{\"values\": {\"median_hours_to_removal\": 123456789.123456, \"moderation_staff_fte\":"
                + " 100000000000}, \"expectedVersion\": "
                + draft.version()
                + "}")
        .statusCode(200);

    JsonPath filing =
        filing(draft).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    assertThat(filing.<BigDecimal>get("draft.values.median_hours_to_removal"))
        .isEqualTo(new BigDecimal("123456789.123456"));
    assertThat(new BigDecimal(filing.getString("draft.values.moderation_staff_fte")))
        .isEqualByComparingTo("100000000000");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          items_detected_total           | "1000"               | must be a whole number
          items_detected_total           | 1.5                  | must be a whole number
          items_detected_total           | true                 | must be a whole number
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
    Draft draft = openDraft;
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
    String obligation = unfiledCsam;

    JsonPath problem =
        refused(
            as(platform.officer())
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
    String obligation = unfiledAnnual;

    JsonPath problem =
        refused(
            as(platform.officer())
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
    Draft draft = openDraft;
    Map<String, Object> before = stateOf(draft);
    Map<String, Object> body = submission();
    body.put("values", ReturnSamples.with(ReturnSamples.csamQuarter(), "items_removed", "990"));

    JsonPath problem =
        refused(submit(platform.attestor(), draft.filingId(), body), 400, "invalid-values");

    assertFieldTypeFindings(problem, "items_removed");
    assertThat(stateOf(draft)).isEqualTo(before);
  }
}
