package io.carefile.filing;

import static io.carefile.filing.FilingFixtures.as;
import static io.carefile.filing.FilingFixtures.asClient;
import static io.carefile.filing.FilingFixtures.draft;
import static io.carefile.filing.FilingFixtures.submission;
import static io.carefile.filing.FilingFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carefile.common.json.CanonicalJson;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.definition.TemplateFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every submitted version is scored in its submission, from its template version's indicators, and
 * the score is read back explained indicator by indicator; an amendment's submission has a score of
 * its own; a platform never sees another platform's score. The numbers are worked by hand in {@code
 * ScoreCalculatorTest}; here they come back from the database through the API.
 */
@QuarkusTest
class SubmissionScoreTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Each test files for a platform of its own. */
  private TestPlatform platform;

  @BeforeEach
  void newPlatform() {
    platform = TestPlatforms.newPlatform();
  }

  @Test
  void aSubmittedReturnsStoredScoreIsTheHandComputedOne() throws IOException {
    String filing = draft(platform);
    String submittedAt =
        submit(platform.attestor(), filing, submission())
            .statusCode(201)
            .extract()
            .path("submittedAt");

    JsonNode score = score(as(platform.officer()), filing, 1);

    // ReturnSamples.csamQuarter(): (75x3 + 100x2 + 75x2 + 100x2 + 100x2 + 100x1) / 12 = 89.58
    assertThat(indicators(score))
        .containsExactly(
            tuple("proactive_detection_rate", true, 0.8, "75% to 90%", 75, 3),
            tuple("removal_rate", true, 0.99, "99% or more", 100, 2),
            tuple("removal_speed", true, 2.5, "1 to 6 hours", 75, 2),
            tuple("user_report_24h_action_rate", true, 0.9, "90% or more", 100, 2),
            tuple("hash_matching_in_use", true, 1.0, "in use", 100, 2),
            tuple("url_blocking_in_use", true, 1.0, "in use", 100, 1));
    assertThat(score.get("indicators").get(0).get("inputs").get("items_detected_total").asInt())
        .isEqualTo(1000);
    assertThat(
            score.get("indicators").get(0).get("inputs").get("items_detected_classifier").asInt())
        .isEqualTo(200);
    assertThat(score.get("total").decimalValue()).isEqualByComparingTo("89.58");
    assertThat(score.get("band").asText()).isEqualTo("GREEN");
    assertThat(score.get("scoredWeight").decimalValue()).isEqualByComparingTo("12");
    assertThat(score.get("greenFrom").decimalValue()).isEqualByComparingTo("75");
    assertThat(score.get("amberFrom").decimalValue()).isEqualByComparingTo("50");
    assertThat(score.get("templateCode").asText()).isEqualTo("CSAM-Q");
    assertThat(score.get("templateVersion").asInt()).isEqualTo(2);
    assertThat(score.get("indicatorsSha256").asText()).isEqualTo(csamIndicatorsSha256());
    assertThat(score.get("filingId").asText()).isEqualTo(filing);
    assertThat(score.get("versionNumber").asInt()).isEqualTo(1);
    assertThat(score.get("computedAt").asText()).isEqualTo(submittedAt);

    assertThat(score(as("regulator-analyst"), filing, 1)).isEqualTo(score);
    assertThat(score(asClient(platform.apiClient()), filing, 1)).isEqualTo(score);
  }

  @Test
  void anAmendmentsSubmissionHasItsOwnScoreAndTheFirstKeepsIts() throws IOException {
    String filing = draft(platform);
    submit(platform.attestor(), filing, submission()).statusCode(201);
    as(platform.attestor())
        .contentType(ContentType.JSON)
        .post("/api/v1/filings/" + filing + "/amendment")
        .then()
        .statusCode(200);
    Map<String, Object> amended = new HashMap<>();
    amended.put("items_removed", 950);
    amended.put("median_hours_to_removal", 30);
    amended.put("p90_hours_to_removal", 48);
    amended.put("url_blocking_enabled", false);
    Map<String, Object> body = new HashMap<>();
    body.put("values", amended);
    body.put("expectedVersion", currentVersion(filing));
    as(platform.officer())
        .contentType(ContentType.JSON)
        .body(body)
        .patch("/api/v1/filings/" + filing + "/draft")
        .then()
        .statusCode(200);
    submit(platform.attestor(), filing, submission()).statusCode(201).body("version", equalTo(2));

    JsonNode second = score(as(platform.officer()), filing, 2);

    // (75x3 + 75x2 + 20x2 + 100x2 + 100x2 + 0x1) / 12 = 815 / 12 = 67.9166... -> 67.92, AMBER
    assertThat(indicators(second))
        .containsExactly(
            tuple("proactive_detection_rate", true, 0.8, "75% to 90%", 75, 3),
            tuple("removal_rate", true, 0.95, "95% to 99%", 75, 2),
            tuple("removal_speed", true, 30.0, "1 to 3 days", 20, 2),
            tuple("user_report_24h_action_rate", true, 0.9, "90% or more", 100, 2),
            tuple("hash_matching_in_use", true, 1.0, "in use", 100, 2),
            tuple("url_blocking_in_use", true, 0.0, "not in use", 0, 1));
    assertThat(second.get("total").decimalValue()).isEqualByComparingTo("67.92");
    assertThat(second.get("band").asText()).isEqualTo("AMBER");
    assertThat(second.get("versionNumber").asInt()).isEqualTo(2);

    JsonNode first = score(as(platform.officer()), filing, 1);
    assertThat(first.get("total").decimalValue()).isEqualByComparingTo("89.58");
    assertThat(first.get("band").asText()).isEqualTo("GREEN");
    assertThat(first.get("indicatorsSha256")).isEqualTo(second.get("indicatorsSha256"));
  }

  @Test
  void aPlatformCannotReadAnotherPlatformsScore() {
    String filing = draft(platform);
    submit(platform.attestor(), filing, submission()).statusCode(201);
    TestPlatform other = TestPlatforms.newPlatform();

    for (RequestSpecification stranger :
        List.of(as(other.officer()), as(other.attestor()), asClient(other.apiClient()))) {
      stranger
          .get("/api/v1/filings/" + filing + "/versions/1/score")
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:carefile:problem:not-found"));
    }
    as(platform.officer())
        .get("/api/v1/filings/" + filing + "/versions/2/score")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:carefile:problem:not-found"));
  }

  @Test
  void theScoreIsDescribedInTheApiDocumentWithItsProblems() throws IOException {
    JsonNode document =
        JSON.readTree(
            io.restassured.RestAssured.given()
                .accept("application/json")
                .get("/q/openapi?format=json")
                .asString());
    JsonNode operation =
        document.path("paths").path("/api/v1/filings/{id}/versions/{number}/score").path("get");

    assertThat(operation.path("summary").asText()).isEqualTo("The score of a submitted version");
    assertThat(operation.path("responses").path("200").path("content").toString())
        .contains("#/components/schemas/Score");
    assertThat(operation.path("responses").path("404").path("content").toString())
        .contains("application/problem+json")
        .contains("#/components/schemas/Problem");
    assertThat(document.path("components").path("schemas").path("IndicatorScore").isObject())
        .isTrue();
  }

  private static JsonNode score(RequestSpecification caller, String filing, int version)
      throws IOException {
    String body =
        caller
            .get("/api/v1/filings/" + filing + "/versions/" + version + "/score")
            .then()
            .log()
            .ifValidationFails()
            .statusCode(200)
            .extract()
            .asString();
    return JSON.readTree(body);
  }

  private static List<Tuple> indicators(JsonNode score) {
    return StreamSupport.stream(score.get("indicators").spliterator(), false)
        .map(
            indicator ->
                tuple(
                    indicator.get("code").asText(),
                    indicator.get("scored").asBoolean(),
                    indicator.get("value").asDouble(),
                    indicator.get("band").asText(),
                    indicator.get("points").asInt(),
                    indicator.get("weight").asInt()))
        .toList();
  }

  private static String csamIndicatorsSha256() {
    return TemplateFiles.load(Path.of("config/templates")).stream()
        .map(TemplateFiles.TemplateFile::template)
        .filter(template -> template.code().equals("CSAM-Q") && template.version() == 2)
        .map(template -> CanonicalJson.sha256(template.definition().indicators()))
        .findFirst()
        .orElseThrow();
  }

  private long currentVersion(String filing) {
    return as(platform.officer())
        .get("/api/v1/filings/" + filing)
        .then()
        .extract()
        .jsonPath()
        .getLong("version");
  }
}
