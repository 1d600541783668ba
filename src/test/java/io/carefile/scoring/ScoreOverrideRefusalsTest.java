package io.carefile.scoring;

import static io.carefile.scoring.Overrides.ANALYST;
import static io.carefile.scoring.Overrides.body;
import static io.carefile.scoring.Overrides.change;
import static io.carefile.scoring.Overrides.history;
import static io.carefile.scoring.Overrides.override;
import static io.carefile.scoring.Overrides.overrideAs;
import static io.carefile.support.SubmittedReturns.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.support.Tokens;
import io.carefile.template.ReturnSamples;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every bad override request is a specific 4xx problem that changes nothing: no override, no audit
 * event, no change of state. A platform reads its own overrides (without the analysts' names) and
 * never another platform's, and changes none.
 */
@QuarkusTest
class ScoreOverrideRefusalsTest {

  private static final String COMMENT = "A comment.";

  /** A platform whose current-quarter return (GREEN) has an ACTIVE RED override, version 1. */
  private static TestPlatform platform;

  private static String overridden;

  /** The same platform's previous-quarter return, a draft never submitted. */
  private static String unsubmitted;

  /** Another platform, with a submitted return that has no override. */
  private static TestPlatform other;

  private static String plain;

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  private OverrideRecords records;

  // Once per class, from the first test: RestAssured points at the application only around each
  // test, not in @BeforeAll.
  @BeforeEach
  void platformsWithReturns() {
    records = new OverrideRecords(owner);
    if (plain != null) {
      return;
    }
    platform = TestPlatforms.newPlatform();
    overridden = SubmittedReturns.csamQ(platform);
    overrideAs(overridden, "RED", "KNOWN_INCIDENT", "The setup's override.");
    unsubmitted =
        as(platform.officer())
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "obligationId",
                    platform.obligation("CSAM-Q", SubmittedReturns.previousQuarter()),
                    "values",
                    ReturnSamples.csamQuarter()))
            .post("/api/v1/filings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    other = TestPlatforms.newPlatform();
    // Set last: a setup that failed half-way is tried again by the next test.
    plain = SubmittedReturns.csamQ(other);
  }

  @Test
  void everyBadOverrideIsRefusedAndChangesNothing() {
    record Bad(String why, Map<String, Object> body, int status, String code, String field) {}
    List<Bad> bad =
        List.of(
            new Bad(
                "no band",
                body(null, "KNOWN_INCIDENT", COMMENT, 1L),
                400,
                "invalid-request",
                "band"),
            new Bad(
                "NOT_SCORED is no band to give",
                body("NOT_SCORED", "KNOWN_INCIDENT", COMMENT, 1L),
                400,
                null,
                "band"),
            new Bad(
                "no reason",
                body("AMBER", null, COMMENT, 1L),
                400,
                "invalid-request",
                "reasonCode"),
            new Bad(
                "empty reason",
                body("AMBER", "", COMMENT, 1L),
                400,
                "invalid-request",
                "reasonCode"),
            new Bad(
                "over-long reason",
                body("AMBER", "R".repeat(65), COMMENT, 1L),
                400,
                "invalid-request",
                "reasonCode"),
            new Bad(
                "unknown reason",
                body("AMBER", "GUT_FEELING", COMMENT, 1L),
                422,
                "unknown-override-reason",
                "reasonCode"),
            new Bad(
                "a reason in lower case",
                body("AMBER", "known_incident", COMMENT, 1L),
                422,
                "unknown-override-reason",
                "reasonCode"),
            new Bad(
                "the computed band",
                body("GREEN", "KNOWN_INCIDENT", COMMENT, 1L),
                422,
                "override-unchanged",
                "band"),
            new Bad(
                "no comment",
                body("AMBER", "KNOWN_INCIDENT", null, 1L),
                400,
                "invalid-request",
                "comment"),
            new Bad(
                "empty comment",
                body("AMBER", "KNOWN_INCIDENT", "", 1L),
                400,
                "invalid-request",
                "comment"),
            new Bad(
                "blank comment",
                body("AMBER", "KNOWN_INCIDENT", "   ", 1L),
                400,
                "invalid-request",
                "comment"),
            new Bad(
                "over-long comment",
                body("AMBER", "KNOWN_INCIDENT", "x".repeat(2001), 1L),
                400,
                "invalid-request",
                "comment"),
            new Bad(
                "invisible comment",
                body("AMBER", "KNOWN_INCIDENT", "ok\u200Bok", 1L),
                400,
                "invalid-request",
                "comment"),
            new Bad(
                "stale: none, as read",
                body("AMBER", "KNOWN_INCIDENT", COMMENT, 0L),
                409,
                "stale-version",
                "expectedVersion"),
            new Bad(
                "stale: a later one",
                body("AMBER", "KNOWN_INCIDENT", COMMENT, 2L),
                409,
                "stale-version",
                "expectedVersion"),
            new Bad(
                "negative version",
                body("AMBER", "KNOWN_INCIDENT", COMMENT, -1L),
                400,
                "invalid-request",
                "expectedVersion"));
    for (Bad request : bad) {
      List<Long> before = records.state(platform.platformId());
      ValidatableResponse refused =
          override(ANALYST, overridden, request.body())
              .statusCode(request.status())
              .contentType("application/problem+json")
              .body("errors.field", hasItem(request.field()));
      if (request.code() != null) {
        refused.body("type", equalTo("urn:carefile:problem:" + request.code()));
      }
      assertThat(records.state(platform.platformId())).as(request.why()).isEqualTo(before);
    }
    // The setup's override is as it was.
    assertThat(Overrides.score(ANALYST, overridden, 1).getString("override.band")).isEqualTo("RED");
  }

  @Test
  void aStepTheOverridesStateDoesNotAllowIsRefusedNamingWhereItMayGo() {
    for (String step : List.of("reconfirmation", "lapse")) {
      List<Long> before = records.state(platform.platformId());
      change(ANALYST, overridden, step, 1)
          .statusCode(409)
          .body("type", equalTo("urn:carefile:problem:override-step-not-allowed"))
          .body("allowed", contains("SUPERSEDED", "WITHDRAWN"));
      assertThat(records.state(platform.platformId())).as(step).isEqualTo(before);
    }
  }

  @Test
  void aChangeNeedsTheCurrentVersion() {
    for (String step : List.of("reconfirmation", "lapse", "withdrawal")) {
      List<Long> before = records.state(platform.platformId());
      change(ANALYST, overridden, step, 0)
          .statusCode(409)
          .body("type", equalTo("urn:carefile:problem:stale-version"))
          .body("errors.field", contains("expectedVersion"));
      change(ANALYST, overridden, step, null)
          .statusCode(400)
          .body("type", equalTo("urn:carefile:problem:invalid-request"))
          .body("errors.field", hasItem("expectedVersion"));
      change(ANALYST, overridden, step, "1")
          .statusCode(400)
          .body("type", equalTo("urn:carefile:problem:wrong-type"));
      assertThat(records.state(platform.platformId())).as(step).isEqualTo(before);
    }
  }

  @Test
  void aReturnWithoutAnOverrideHasNothingToReconfirmLapseOrWithdraw() {
    for (String step : List.of("reconfirmation", "lapse", "withdrawal")) {
      List<Long> before = records.state(other.platformId());
      change(ANALYST, plain, step, 0)
          .statusCode(409)
          .body("type", equalTo("urn:carefile:problem:no-score-override"));
      assertThat(records.state(other.platformId())).as(step).isEqualTo(before);
    }
  }

  @Test
  void aReturnNeverSubmittedOrNotThereHasNoScoreToOverride() {
    for (String filing : List.of(unsubmitted, UUID.randomUUID().toString())) {
      List<Long> before = records.state(platform.platformId());
      override(ANALYST, filing, body("AMBER", "KNOWN_INCIDENT", COMMENT, null))
          .statusCode(404)
          .body("type", equalTo("urn:carefile:problem:not-found"));
      change(ANALYST, filing, "withdrawal", 1).statusCode(404);
      as(ANALYST)
          .get("/api/v1/filings/" + filing + "/score-overrides")
          .then()
          .statusCode(404)
          .body("type", equalTo("urn:carefile:problem:not-found"));
      assertThat(records.state(platform.platformId())).isEqualTo(before);
    }
  }

  @Test
  void onlyAnAnalystChangesOverrides() {
    List<Supplier<RequestSpecification>> callers =
        List.of(
            () -> as(platform.officer()),
            () -> as(platform.attestor()),
            () ->
                given()
                    .header(
                        "Authorization",
                        Tokens.bearer(Tokens.serviceAccount(platform.apiClient()))),
            () -> as("regulator-admin"),
            () -> as("regulator-enforcement"));
    Map<String, Map<String, Object>> changes = new HashMap<>();
    changes.put("", body("AMBER", "KNOWN_INCIDENT", COMMENT, 1L));
    changes.put("/reconfirmation", Map.of("expectedVersion", 1));
    changes.put("/lapse", Map.of("expectedVersion", 1));
    changes.put("/withdrawal", Map.of("expectedVersion", 1));
    for (Supplier<RequestSpecification> caller : callers) {
      for (Map.Entry<String, Map<String, Object>> change : changes.entrySet()) {
        List<Long> before = records.state(platform.platformId());
        caller
            .get()
            .contentType(ContentType.JSON)
            .body(change.getValue())
            .post("/api/v1/filings/" + overridden + "/score-override" + change.getKey())
            .then()
            .statusCode(403)
            .contentType("application/problem+json")
            .body("type", equalTo("urn:carefile:problem:forbidden"));
        assertThat(records.state(platform.platformId())).isEqualTo(before);
      }
    }
  }

  @Test
  void aPlatformReadsItsOwnOverridesWithoutTheAnalystsNameAndNoOneElses() {
    var own = history(platform.officer(), overridden);
    assertThat(own.getList("items.reasonCode")).containsExactly("KNOWN_INCIDENT");
    assertThat(own.getList("items.comment")).containsExactly("The setup's override.");
    assertThat(own.getList("items.createdBy")).containsOnlyNulls();
    assertThat(own.getInt("totalItems")).isEqualTo(1);
    assertThat(history(ANALYST, overridden).getList("items.createdBy")).containsExactly(ANALYST);

    for (RequestSpecification stranger : List.of(as(other.officer()), as(other.attestor()))) {
      stranger
          .get("/api/v1/filings/" + overridden + "/score-overrides")
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:carefile:problem:not-found"));
    }
    as(other.officer())
        .get("/api/v1/filings/" + overridden + "/versions/1/score")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:carefile:problem:not-found"));
    // Its own return, with no override, has an empty history.
    assertThat(history(other.officer(), plain).getList("items")).isEmpty();
  }

  @Test
  void everyoneSignedInReadsTheConfiguredReasons() {
    for (String reader : List.of(platform.officer(), ANALYST)) {
      as(reader)
          .get("/api/v1/score-override-reasons")
          .then()
          .statusCode(200)
          .body(
              "code",
              contains(
                  "CONTEXT_NOT_IN_FIGURES",
                  "DATA_QUALITY_CONCERN",
                  "KNOWN_INCIDENT",
                  "REGULATOR_INTELLIGENCE"))
          .body(
              "find { it.code == 'KNOWN_INCIDENT' }.label",
              equalTo("A known incident in the period"));
    }
    given().get("/api/v1/score-override-reasons").then().statusCode(401);
  }
}
