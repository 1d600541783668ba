package io.carefile.review;

import static io.carefile.review.ReviewFixtures.ANALYST;
import static io.carefile.review.ReviewFixtures.accept;
import static io.carefile.review.ReviewFixtures.acceptThroughReview;
import static io.carefile.review.ReviewFixtures.amend;
import static io.carefile.review.ReviewFixtures.assign;
import static io.carefile.review.ReviewFixtures.assignToAnalyst;
import static io.carefile.review.ReviewFixtures.auditEvents;
import static io.carefile.review.ReviewFixtures.decide;
import static io.carefile.review.ReviewFixtures.queried;
import static io.carefile.review.ReviewFixtures.reject;
import static io.carefile.review.ReviewFixtures.release;
import static io.carefile.review.ReviewFixtures.review;
import static io.carefile.review.ReviewFixtures.rows;
import static io.carefile.review.ReviewFixtures.submitted;
import static io.carefile.review.ReviewFixtures.version;
import static io.carefile.support.SubmittedReturns.as;
import static io.carefile.support.SubmittedReturns.currentQuarter;
import static io.carefile.support.SubmittedReturns.previousQuarter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.carefile.common.security.Roles;
import io.carefile.common.tenancy.SystemWork;
import io.carefile.scoring.EffectiveBandChanged;
import io.carefile.scoring.ScoreBand;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.agroal.DataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A return's review through the API: assignment, release and reassignment, each decision from each
 * status (the legal ones and the refused ones, with the statuses allowed), amendments coming back
 * into the queue with their assignee, the platform's view of its review, and one audit event and
 * one history entry per step.
 */
@QuarkusTest
class ReviewWorkflowTest {

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  @Inject Event<EffectiveBandChanged> bandChanged;

  @Test
  void aSubmittedReturnIsInTheQueueAndAssigningItTakesItIntoReview() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = submitted(platform, currentQuarter(), ReturnSamples.csamQuarter());

    JsonPath queued = review(filing);
    assertThat(queued.getString("status")).isEqualTo("SUBMITTED");
    assertThat(queued.getString("assignee")).isNull();
    assertThat(queued.getInt("latestVersion")).isEqualTo(1);
    assertThat(queued.getString("band")).isEqualTo("GREEN");
    assertThat(queued.getString("category")).isEqualTo("CATEGORY_1");
    assertThat(queued.getString("platformName")).startsWith("Test ");
    assertThat(queued.getInt("priority")).isEqualTo(20);
    assertThat(queued.getList("priorityReasons.factor")).containsExactly("CATEGORY");
    long audited = auditEvents(owner, filing);

    assign(ANALYST, filing, ANALYST, queued.getLong("version"))
        .statusCode(200)
        .body("status", equalTo("UNDER_REVIEW"))
        .body("assignee", equalTo(ANALYST))
        .body("assignedAt", notNullValue())
        .body("version", equalTo((int) queued.getLong("version") + 1));

    as(platform.officer())
        .get("/api/v1/filings/" + filing)
        .then()
        .body("status", equalTo("UNDER_REVIEW"));
    assertThat(auditEvents(owner, filing)).isEqualTo(audited + 1);
    as(ANALYST)
        .get("/api/v1/reviews/" + filing + "/history")
        .then()
        .statusCode(200)
        .body("items.action", contains("SUBMITTED", "ASSIGNED"))
        .body("items[1].actor", equalTo(ANALYST))
        .body("items[1].fromStatus", equalTo("SUBMITTED"))
        .body("items[1].toStatus", equalTo("UNDER_REVIEW"))
        .body("items[1].assignee", equalTo(ANALYST));
  }

  @Test
  void aReturnIsReassignedToAnotherAnalystAndReleasedEachStepOneAuditEvent() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = submitted(platform, currentQuarter(), ReturnSamples.csamQuarter());
    assignToAnalyst(filing);
    String colleague = ReviewFixtures.anotherAnalyst();
    long audited = auditEvents(owner, filing);

    // Any analyst may hand it on, not only the one who has it.
    assign(colleague, filing, colleague, version(filing))
        .statusCode(200)
        .body("assignee", equalTo(colleague))
        .body("status", equalTo("UNDER_REVIEW"));
    assertThat(auditEvents(owner, filing)).isEqualTo(audited + 1);

    // Assigning it to the one who has it changes nothing.
    long version = version(filing);
    assign(ANALYST, filing, colleague, version)
        .statusCode(200)
        .body("version", equalTo((int) version));
    assertThat(auditEvents(owner, filing)).isEqualTo(audited + 1);

    release(ANALYST, filing, version)
        .statusCode(200)
        .body("assignee", nullValue())
        .body("assignedAt", nullValue())
        .body("status", equalTo("UNDER_REVIEW"));
    assertThat(auditEvents(owner, filing)).isEqualTo(audited + 2);

    long released = version(filing);
    release(ANALYST, filing, released)
        .statusCode(409)
        .body("type", equalTo("urn:carefile:problem:review-not-assigned"));
    assertThat(version(filing)).isEqualTo(released);
    assertThat(auditEvents(owner, filing)).isEqualTo(audited + 2);

    JsonPath history =
        as(ANALYST).get("/api/v1/reviews/" + filing + "/history").then().extract().jsonPath();
    assertThat(history.getList("items.action"))
        .containsExactly("SUBMITTED", "ASSIGNED", "REASSIGNED", "RELEASED");
    assertThat(history.getString("items[2].previousAssignee")).isEqualTo(ANALYST);
    assertThat(history.getString("items[2].assignee")).isEqualTo(colleague);
    assertThat(history.getString("items[2].actor")).isEqualTo(colleague);
    assertThat(history.getString("items[3].previousAssignee")).isEqualTo(colleague);
    assertThat(history.getString("items[3].assignee")).isNull();
    assertThat(history.getString("items[3].actor")).isEqualTo(ANALYST);
  }

  @Test
  void onlyAnEnabledAnalystCanBeAssignedAndARefusalChangesNothing() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = submitted(platform, currentQuarter(), ReturnSamples.csamQuarter());
    long version = version(filing);
    long audited = auditEvents(owner, filing);
    long history = rows(owner, "review_event", filing);

    for (String notAnAnalyst :
        List.of(
            ReviewFixtures.regulatorUser(null),
            ReviewFixtures.regulatorUser(Roles.REGULATOR_ADMIN),
            "regulator-enforcement",
            platform.officer(),
            "nobody-" + UUID.randomUUID())) {
      assign(ANALYST, filing, notAnAnalyst, version)
          .statusCode(422)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:carefile:problem:assignee-not-analyst"))
          .body("errors[0].field", equalTo("assignee"));
    }

    JsonPath unchanged = review(filing);
    assertThat(unchanged.getLong("version")).isEqualTo(version);
    assertThat(unchanged.getString("status")).isEqualTo("SUBMITTED");
    assertThat(unchanged.getString("assignee")).isNull();
    assertThat(auditEvents(owner, filing)).isEqualTo(audited);
    assertThat(rows(owner, "review_event", filing)).isEqualTo(history);
  }

  @Test
  void aStaleExpectedVersionIsRefusedAndChangesNothing() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = submitted(platform, currentQuarter(), ReturnSamples.csamQuarter());
    long first = version(filing);
    assignToAnalyst(filing);
    long version = version(filing);
    long audited = auditEvents(owner, filing);

    assign(ANALYST, filing, ReviewFixtures.anotherAnalyst(), first)
        .statusCode(409)
        .body("type", equalTo("urn:carefile:problem:stale-version"))
        .body("errors[0].field", equalTo("expectedVersion"));
    release(ANALYST, filing, first)
        .statusCode(409)
        .body("type", equalTo("urn:carefile:problem:stale-version"));
    decide(ANALYST, filing, accept(first))
        .statusCode(409)
        .body("type", equalTo("urn:carefile:problem:stale-version"));

    JsonPath unchanged = review(filing);
    assertThat(unchanged.getLong("version")).isEqualTo(version);
    assertThat(unchanged.getString("status")).isEqualTo("UNDER_REVIEW");
    assertThat(unchanged.getString("assignee")).isEqualTo(ANALYST);
    assertThat(auditEvents(owner, filing)).isEqualTo(audited);
    assertThat(rows(owner, "review_decision", filing)).isZero();
  }

  @Test
  void aSubmittedReturnIsDecidedOnlyOnceTakenIntoReview() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = submitted(platform, currentQuarter(), ReturnSamples.csamQuarter());
    long version = version(filing);
    long audited = auditEvents(owner, filing);

    for (Map<String, Object> decision :
        List.of(accept(version), reject(version), withFindings(version))) {
      decide(ANALYST, filing, decision)
          .statusCode(409)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:carefile:problem:review-step-not-allowed"))
          .body("allowed", contains("UNDER_REVIEW"));
    }
    assertThat(review(filing).getString("status")).isEqualTo("SUBMITTED");
    assertThat(version(filing)).isEqualTo(version);
    assertThat(auditEvents(owner, filing)).isEqualTo(audited);
    assertThat(rows(owner, "review_decision", filing)).isZero();
  }

  @Test
  void aReturnUnderReviewIsAcceptedAndThenDecidedNoMore() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = submitted(platform, currentQuarter(), ReturnSamples.csamQuarter());
    assignToAnalyst(filing);
    long audited = auditEvents(owner, filing);

    // Any analyst decides, assigned or not; the decision records who.
    String colleague = ReviewFixtures.anotherAnalyst();
    decide(colleague, filing, accept(version(filing)))
        .statusCode(201)
        .body("outcome", equalTo("ACCEPT"))
        .body("fromStatus", equalTo("UNDER_REVIEW"))
        .body("toStatus", equalTo("ACCEPTED"))
        .body("versionNumber", equalTo(1))
        .body("decidedBy", equalTo(colleague))
        .body("findings", empty())
        .body("reasons", empty());
    assertThat(auditEvents(owner, filing)).isEqualTo(audited + 1);
    as(platform.officer())
        .get("/api/v1/filings/" + filing)
        .then()
        .body("status", equalTo("ACCEPTED"))
        .body("acceptedVersion", equalTo(1));

    assertDecidedNoMore(filing, 1);
  }

  @Test
  void aReturnUnderReviewIsRejectedWithReasonsAndThenDecidedNoMore() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = submitted(platform, currentQuarter(), ReturnSamples.csamQuarter());
    assignToAnalyst(filing);
    long audited = auditEvents(owner, filing);

    decide(
            ANALYST,
            filing,
            Map.of(
                "outcome",
                "REJECT",
                "reasonCodes",
                List.of("IMPLAUSIBLE_FIGURES", "INCOMPLETE", "IMPLAUSIBLE_FIGURES"),
                "text",
                "The moderation staff figure cannot be right for a service of this size.",
                "expectedVersion",
                version(filing)))
        .statusCode(201)
        .body("toStatus", equalTo("REJECTED"))
        .body("reasons.code", contains("IMPLAUSIBLE_FIGURES", "INCOMPLETE"))
        .body("reasons[0].label", equalTo(RejectionReasons.DEFAULTS.get("IMPLAUSIBLE_FIGURES")))
        .body(
            "text",
            equalTo("The moderation staff figure cannot be right for a service of this size."));
    assertThat(auditEvents(owner, filing)).isEqualTo(audited + 1);
    as(platform.officer())
        .get("/api/v1/filings/" + filing)
        .then()
        .body("status", equalTo("REJECTED"))
        .body("acceptedVersion", nullValue());

    assertDecidedNoMore(filing, 1);
  }

  @Test
  void aReturnUnderReviewIsAcceptedWithFindingsAboutItsFields() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = submitted(platform, currentQuarter(), ReturnSamples.csamQuarter());
    assignToAnalyst(filing);

    decide(ANALYST, filing, withFindings(version(filing)))
        .statusCode(201)
        .body("outcome", equalTo("ACCEPT_WITH_FINDINGS"))
        .body("toStatus", equalTo("ACCEPTED"))
        .body("findings[0].text", equalTo("Report appeals by outcome next quarter."))
        .body("findings[0].fields", contains("appeals_received", "appeals_upheld"))
        .body("findings[1].fields", empty());

    as(platform.officer())
        .get("/api/v1/filings/" + filing + "/review")
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"))
        .body("decisions.outcome", contains("ACCEPT_WITH_FINDINGS"))
        .body("decisions[0].findings[0].fields", contains("appeals_received", "appeals_upheld"))
        .body("$", not(hasKey("queue")));
  }

  @Test
  void aQueriedReturnMayBeRejectedButNotAcceptedAndStaysAssignable() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = submitted(platform, currentQuarter(), ReturnSamples.csamQuarter());
    assignToAnalyst(filing);
    queried(filing);
    long audited = auditEvents(owner, filing);

    for (Map<String, Object> decision :
        List.of(accept(version(filing)), withFindings(version(filing)))) {
      decide(ANALYST, filing, decision)
          .statusCode(409)
          .body("type", equalTo("urn:carefile:problem:review-step-not-allowed"))
          .body("allowed", contains("UNDER_REVIEW", "QUERIED", "REJECTED"));
    }
    assertThat(auditEvents(owner, filing)).isEqualTo(audited);

    String colleague = ReviewFixtures.anotherAnalyst();
    assign(ANALYST, filing, colleague, version(filing))
        .statusCode(200)
        .body("status", equalTo("QUERIED"))
        .body("assignee", equalTo(colleague));
    decide(ANALYST, filing, reject(version(filing)))
        .statusCode(201)
        .body("fromStatus", equalTo("QUERIED"))
        .body("toStatus", equalTo("REJECTED"));
    assertThat(auditEvents(owner, filing)).isEqualTo(audited + 2);
    assertDecidedNoMore(filing, 1);
  }

  @Test
  void aReturnNeverSubmittedIsNotInTheQueue() {
    TestPlatform platform = TestPlatforms.newPlatform();
    String draft =
        as(platform.officer())
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "obligationId",
                    platform.obligation("CSAM-Q", currentQuarter()),
                    "values",
                    ReturnSamples.csamQuarter()))
            .post("/api/v1/filings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    as(ANALYST).get("/api/v1/reviews/" + draft).then().statusCode(404);
    assign(ANALYST, draft, ANALYST, 0).statusCode(404);
    decide(ANALYST, draft, accept(0)).statusCode(404);
    release(ANALYST, draft, 0).statusCode(404);
    as(platform.officer()).get("/api/v1/filings/" + draft + "/review").then().statusCode(404);
    as(platform.officer()).get("/api/v1/filings/" + draft).then().body("status", equalTo("DRAFT"));
  }

  @Test
  void anAmendmentOfAnAcceptedReturnComesBackSubmittedToItsAssignee() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = submitted(platform, currentQuarter(), ReturnSamples.csamQuarter());
    acceptThroughReview(filing);
    String acceptedAt = review(filing).getString("assignedAt");

    amend(platform, filing, Map.of("accounts_terminated", 41));

    JsonPath back = review(filing);
    assertThat(back.getString("status")).isEqualTo("SUBMITTED");
    assertThat(back.getInt("latestVersion")).isEqualTo(2);
    assertThat(back.getString("assignee")).isEqualTo(ANALYST);
    assertThat(back.getString("assignedAt")).isEqualTo(acceptedAt);
    as(ANALYST).get("/api/v1/reviews").then().statusCode(200);

    // The analyst takes it into review again by assigning it to themself.
    long audited = auditEvents(owner, filing);
    assign(ANALYST, filing, ANALYST, back.getLong("version"))
        .statusCode(200)
        .body("status", equalTo("UNDER_REVIEW"))
        .body("assignee", equalTo(ANALYST));
    assertThat(auditEvents(owner, filing)).isEqualTo(audited + 1);
    decide(ANALYST, filing, accept(version(filing)))
        .statusCode(201)
        .body("versionNumber", equalTo(2));

    as(platform.officer())
        .get("/api/v1/filings/" + filing + "/review")
        .then()
        .body("decisions.versionNumber", contains(1, 2))
        .body("latestVersion", equalTo(2));
    JsonPath history =
        as(ANALYST).get("/api/v1/reviews/" + filing + "/history").then().extract().jsonPath();
    assertThat(history.getList("items.action"))
        .containsExactly("SUBMITTED", "ASSIGNED", "DECIDED", "SUBMITTED", "ASSIGNED", "DECIDED");
    assertThat(history.getString("items[3].fromStatus")).isEqualTo("ACCEPTED");
    assertThat(history.getString("items[3].toStatus")).isEqualTo("SUBMITTED");
    assertThat(history.getString("items[3].actor")).isEqualTo(platform.attestor());
  }

  @Test
  void anAmendmentOfAQueriedReturnAnswersItUnderReviewWithItsAssignee() throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = submitted(platform, currentQuarter(), ReturnSamples.csamQuarter());
    assignToAnalyst(filing);
    queried(filing);

    amend(platform, filing, Map.of("accounts_terminated", 41));

    JsonPath back = review(filing);
    assertThat(back.getString("status")).isEqualTo("UNDER_REVIEW");
    assertThat(back.getInt("latestVersion")).isEqualTo(2);
    assertThat(back.getString("assignee")).isEqualTo(ANALYST);
    decide(ANALYST, filing, accept(back.getLong("version")))
        .statusCode(201)
        .body("versionNumber", equalTo(2));
    JsonPath history = ReviewFixtures.history(filing);
    assertThat(history.getList("items.action"))
        .containsExactly("SUBMITTED", "ASSIGNED", "QUERIED", "SUBMITTED", "DECIDED");
    assertThat(history.getList("items.toStatus"))
        .containsExactly("SUBMITTED", "UNDER_REVIEW", "QUERIED", "UNDER_REVIEW", "ACCEPTED");
    assertThat(history.getString("items[2].detail"))
        .isEqualTo("Query raised: Why did removals fall?");
  }

  @Test
  void aPlatformReadsItsOwnReviewWithoutTheQueueAndNeverAnotherPlatforms() {
    TestPlatform platform = TestPlatforms.newPlatform();
    TestPlatform other = TestPlatforms.newPlatform();
    String filing = submitted(platform, currentQuarter(), ReturnSamples.csamQuarter());
    acceptThroughReview(filing);

    as(platform.officer())
        .get("/api/v1/filings/" + filing + "/review")
        .then()
        .statusCode(200)
        .body("filingId", equalTo(filing))
        .body("status", equalTo("ACCEPTED"))
        .body("decisions.outcome", contains("ACCEPT"))
        .body("decisions[0].decidedBy", equalTo(ANALYST))
        .body("$", not(hasKey("queue")))
        .body("$", not(hasKey("assignee")))
        .body("$", not(hasKey("priority")));
    as(platform.attestor()).get("/api/v1/filings/" + filing + "/review").then().statusCode(200);
    as(ANALYST)
        .get("/api/v1/filings/" + filing + "/review")
        .then()
        .statusCode(200)
        .body("queue.assignee", equalTo(ANALYST))
        .body("queue.priority", equalTo(20));

    as(other.officer())
        .get("/api/v1/filings/" + filing + "/review")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:carefile:problem:not-found"));
    as(other.officer())
        .get("/api/v1/filings/" + UUID.randomUUID() + "/review")
        .then()
        .statusCode(404);
  }

  @Test
  void theQueueAndItsStepsAreTheRegulatorsAndItsStepsTheAnalysts() {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = submitted(platform, previousQuarter(), ReturnSamples.csamQuarter());
    long version = version(filing);

    for (String platformUser : List.of(platform.officer(), platform.attestor())) {
      as(platformUser).get("/api/v1/reviews").then().statusCode(403);
      as(platformUser).get("/api/v1/reviews/" + filing).then().statusCode(403);
      as(platformUser).get("/api/v1/reviews/" + filing + "/history").then().statusCode(403);
    }
    for (String notAnAnalyst :
        List.of(platform.officer(), "regulator-admin", "regulator-enforcement")) {
      assign(notAnAnalyst, filing, ANALYST, version)
          .statusCode(403)
          .contentType("application/problem+json");
      release(notAnAnalyst, filing, version).statusCode(403);
      decide(notAnAnalyst, filing, accept(version)).statusCode(403);
    }
    for (String regulator : List.of("regulator-admin", "regulator-enforcement", ANALYST)) {
      as(regulator).get("/api/v1/reviews").then().statusCode(200);
      as(regulator).get("/api/v1/reviews/" + filing).then().statusCode(200);
    }
    assertThat(review(filing).getLong("version")).isEqualTo(version);
    assertThat(review(filing).getString("status")).isEqualTo("SUBMITTED");

    as(platform.officer())
        .get("/api/v1/rejection-reasons")
        .then()
        .statusCode(200)
        .body("code", contains(RejectionReasons.DEFAULTS.keySet().toArray()))
        .body("[0].label", equalTo(RejectionReasons.DEFAULTS.get("INCOMPLETE")));
  }

  @Test
  void anOverriddenBandCountsForThePriorityUntilAnAmendmentIsScoredAgain() {
    TestPlatform platform = TestPlatforms.newPlatform();
    String filing = submitted(platform, currentQuarter(), ReturnSamples.csamQuarter());
    UUID id = UUID.fromString(filing);
    assertThat(review(filing).getInt("priority")).isEqualTo(20);

    // As a score override fires it, in its own transaction.
    SystemWork.run(
        () ->
            QuarkusTransaction.requiringNew()
                .run(
                    () ->
                        bandChanged.fire(
                            new EffectiveBandChanged(id, platform.id(), 1, ScoreBand.RED, true))));

    JsonPath overridden = review(filing);
    assertThat(overridden.getString("band")).isEqualTo("RED");
    assertThat(overridden.getBoolean("bandOverridden")).isTrue();
    assertThat(overridden.getInt("priority")).isEqualTo(60);
    assertThat(overridden.getString("priorityReasons[0].description"))
        .isEqualTo("Band RED (overridden by an analyst)");
    as(ANALYST)
        .queryParam("band", "RED")
        .queryParam("platformId", platform.platformId())
        .get("/api/v1/reviews")
        .then()
        .body("items.filingId", contains(filing));
    as(ANALYST)
        .get("/api/v1/reviews/" + filing + "/history")
        .then()
        .body("items.action", contains("SUBMITTED", "BAND_CHANGED"))
        .body("items[1].detail", equalTo("Band GREEN to RED (overridden)"));

    // The amendment is scored afresh; an override of the earlier version no longer counts.
    amend(platform, filing, Map.of("accounts_terminated", 41));
    SystemWork.run(
        () ->
            QuarkusTransaction.requiringNew()
                .run(
                    () ->
                        bandChanged.fire(
                            new EffectiveBandChanged(
                                id, platform.id(), 1, ScoreBand.AMBER, true))));
    JsonPath amended = review(filing);
    assertThat(amended.getString("band")).isEqualTo("GREEN");
    assertThat(amended.getBoolean("bandOverridden")).isFalse();
    assertThat(amended.getInt("priority")).isEqualTo(20);
  }

  /** A decided return is decided no more: every decision and assignment is refused. */
  private void assertDecidedNoMore(String filing, int decisions) throws Exception {
    long version = version(filing);
    long audited = auditEvents(owner, filing);
    for (Map<String, Object> decision :
        List.of(accept(version), reject(version), withFindings(version))) {
      decide(ANALYST, filing, decision)
          .statusCode(409)
          .body("type", equalTo("urn:carefile:problem:review-step-not-allowed"))
          // Nowhere to go until the platform amends it: no status is allowed.
          .body("$", not(hasKey("allowed")));
    }
    assign(ANALYST, filing, ReviewFixtures.ANALYST, version)
        .statusCode(409)
        .body("type", equalTo("urn:carefile:problem:assignment-not-allowed"))
        .body("$", not(hasKey("allowed")));
    assertThat(version(filing)).isEqualTo(version);
    assertThat(auditEvents(owner, filing)).isEqualTo(audited);
    assertThat(rows(owner, "review_decision", filing)).isEqualTo(decisions);
  }

  private static Map<String, Object> withFindings(long version) {
    return Map.of(
        "outcome",
        "ACCEPT_WITH_FINDINGS",
        "findings",
        List.of(
            Map.of(
                "text",
                "Report appeals by outcome next quarter.",
                "fields",
                List.of("appeals_received", "appeals_upheld")),
            Map.of("text", "Keep the moderation staff figure current.")),
        "expectedVersion",
        version);
  }
}
