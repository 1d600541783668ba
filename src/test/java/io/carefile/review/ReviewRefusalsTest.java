package io.carefile.review;

import static io.carefile.review.ReviewFixtures.ANALYST;
import static io.carefile.review.ReviewFixtures.assignToAnalyst;
import static io.carefile.review.ReviewFixtures.auditEvents;
import static io.carefile.review.ReviewFixtures.review;
import static io.carefile.review.ReviewFixtures.rows;
import static io.carefile.review.ReviewFixtures.submitted;
import static io.carefile.support.SubmittedReturns.as;
import static io.carefile.support.SubmittedReturns.currentQuarter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.TestPlatforms;
import io.carefile.template.ReturnSamples;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad decisions and assignments: each its specific 4xx problem+json, and nothing changed (the
 * return stays under review, with the same version, no decision, no audit event). Every test is a
 * refusal, so the class shares one return, under review.
 */
@QuarkusTest
class ReviewRefusalsTest {

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  private static String filing;
  private long version;
  private long audited;

  // Once per class, from the first test: RestAssured points at the application only around each
  // test, not in @BeforeAll.
  @BeforeEach
  void before() throws Exception {
    if (filing == null) {
      String submitted =
          submitted(TestPlatforms.newPlatform(), currentQuarter(), ReturnSamples.csamQuarter());
      assignToAnalyst(submitted);
      filing = submitted;
    }
    version = ReviewFixtures.version(filing);
    audited = auditEvents(owner, filing);
  }

  @AfterEach
  void nothingChanged() throws Exception {
    JsonPath unchanged = review(filing);
    assertThat(unchanged.getLong("version")).isEqualTo(version);
    assertThat(unchanged.getString("status")).isEqualTo("UNDER_REVIEW");
    assertThat(unchanged.getString("assignee")).isEqualTo(ANALYST);
    assertThat(auditEvents(owner, filing)).isEqualTo(audited);
    assertThat(rows(owner, "review_decision", filing)).isZero();
  }

  static Stream<Arguments> badDecisions() {
    String tooLong = "x".repeat(4001);
    return Stream.of(
        refused(
            "an unknown reason",
            Map.of("outcome", "REJECT", "reasonCodes", List.of("NOT_A_REASON"), "text", "Why."),
            422,
            "unknown-rejection-reason",
            "reasonCodes[0]"),
        refused(
            "an unknown reason among known ones",
            Map.of(
                "outcome",
                "REJECT",
                "reasonCodes",
                List.of("INCOMPLETE", "incomplete"),
                "text",
                "Why."),
            422,
            "unknown-rejection-reason",
            "reasonCodes[1]"),
        refused(
            "a rejection without reasons",
            Map.of("outcome", "REJECT", "text", "Why."),
            400,
            "rejection-reasons-required",
            "reasonCodes"),
        refused(
            "a rejection with an empty list of reasons",
            Map.of("outcome", "REJECT", "reasonCodes", List.of(), "text", "Why."),
            400,
            "rejection-reasons-required",
            "reasonCodes"),
        refused(
            "a rejection without text",
            Map.of("outcome", "REJECT", "reasonCodes", List.of("INCOMPLETE")),
            400,
            "rejection-text-required",
            "text"),
        refused(
            "a rejection with blank text",
            Map.of("outcome", "REJECT", "reasonCodes", List.of("INCOMPLETE"), "text", "   "),
            400,
            "rejection-text-required",
            "text"),
        refused(
            "a rejection with empty text",
            Map.of("outcome", "REJECT", "reasonCodes", List.of("INCOMPLETE"), "text", ""),
            400,
            "invalid-request",
            "text"),
        refused(
            "a rejection with over-long text",
            Map.of("outcome", "REJECT", "reasonCodes", List.of("INCOMPLETE"), "text", tooLong),
            400,
            "invalid-request",
            "text"),
        refused(
            "a rejection with invisible characters in its text",
            Map.of("outcome", "REJECT", "reasonCodes", List.of("INCOMPLETE"), "text", "Why\u200B."),
            400,
            "invalid-request",
            "text"),
        refused(
            "findings on a plain acceptance",
            Map.of("outcome", "ACCEPT", "findings", List.of(Map.of("text", "Note this."))),
            400,
            "findings-not-allowed",
            "findings"),
        refused(
            "findings on a rejection",
            Map.of(
                "outcome",
                "REJECT",
                "reasonCodes",
                List.of("INCOMPLETE"),
                "text",
                "Why.",
                "findings",
                List.of(Map.of("text", "Note this."))),
            400,
            "findings-not-allowed",
            "findings"),
        refused(
            "reasons on an acceptance",
            Map.of("outcome", "ACCEPT", "reasonCodes", List.of("INCOMPLETE")),
            400,
            "rejection-reasons-not-allowed",
            "reasonCodes"),
        refused(
            "an acceptance with findings but none",
            Map.of("outcome", "ACCEPT_WITH_FINDINGS"),
            400,
            "findings-required",
            "findings"),
        refused(
            "an acceptance with an empty list of findings",
            Map.of("outcome", "ACCEPT_WITH_FINDINGS", "findings", List.of()),
            400,
            "findings-required",
            "findings"),
        refused(
            "a finding about a field the template does not have",
            Map.of(
                "outcome",
                "ACCEPT_WITH_FINDINGS",
                "findings",
                List.of(
                    Map.of("text", "Fine."),
                    Map.of("text", "Check these.", "fields", List.of("items_removed", "likes")))),
            422,
            "unknown-finding-field",
            "findings[1].fields[1]"),
        refused(
            "a finding without text",
            Map.of("outcome", "ACCEPT_WITH_FINDINGS", "findings", List.of(Map.of("text", " "))),
            400,
            "invalid-request",
            "findings[0].text"),
        refused(
            "an over-long finding",
            Map.of("outcome", "ACCEPT_WITH_FINDINGS", "findings", List.of(Map.of("text", tooLong))),
            400,
            "invalid-request",
            "findings[0].text"),
        refused(
            "an outcome that is none",
            Map.of("outcome", "MAYBE"),
            400,
            "malformed-body",
            "outcome"),
        refused("no outcome", Map.of(), 400, "invalid-request", "outcome"));
  }

  private static Arguments refused(
      String name, Map<String, Object> decision, int status, String code, String field) {
    return Arguments.of(name, decision, status, code, field);
  }

  @ParameterizedTest(name = "{0}: {2} {3}")
  @MethodSource("badDecisions")
  void aBadDecisionIsRefusedNamingWhatIsWrong(
      String name, Map<String, Object> decision, int status, String code, String field) {
    Map<String, Object> body = new HashMap<>(decision);
    body.put("expectedVersion", version);
    as(ANALYST)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/reviews/" + filing + "/decision")
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:carefile:problem:" + code))
        .body("errors.field", hasItem(field));
  }

  @Test
  void aDecisionWithoutExpectedVersionOrWithAnUnknownMemberIsRefused() {
    as(ANALYST)
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "ACCEPT"))
        .post("/api/v1/reviews/" + filing + "/decision")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:carefile:problem:invalid-request"));
    as(ANALYST)
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "ACCEPT", "expectedVersion", version, "expectedversion", 1))
        .post("/api/v1/reviews/" + filing + "/decision")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:carefile:problem:unknown-member"));
  }

  @Test
  void aBadAssignmentOrReleaseIsRefused() {
    for (String assignee : List.of("", "   ", "a".repeat(256))) {
      as(ANALYST)
          .contentType(ContentType.JSON)
          .body(Map.of("assignee", assignee, "expectedVersion", version))
          .put("/api/v1/reviews/" + filing + "/assignee")
          .then()
          .statusCode(400)
          .body("type", equalTo("urn:carefile:problem:invalid-request"))
          .body("errors[0].field", equalTo("assignee"));
    }
    as(ANALYST)
        .contentType(ContentType.JSON)
        .body(Map.of("assignee", ANALYST))
        .put("/api/v1/reviews/" + filing + "/assignee")
        .then()
        .statusCode(400);
    as(ANALYST)
        .delete("/api/v1/reviews/" + filing + "/assignee")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:carefile:problem:invalid-request"));
    as(ANALYST)
        .queryParam("expectedVersion", -1)
        .delete("/api/v1/reviews/" + filing + "/assignee")
        .then()
        .statusCode(400);
  }
}
