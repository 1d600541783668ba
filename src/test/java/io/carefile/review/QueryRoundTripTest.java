package io.carefile.review;

import static io.carefile.review.QueryFixtures.ANALYST;
import static io.carefile.review.QueryFixtures.INBOX;
import static io.carefile.review.QueryFixtures.QUERIES_OF_FILING;
import static io.carefile.review.QueryFixtures.as;
import static io.carefile.review.QueryFixtures.asClient;
import static io.carefile.review.QueryFixtures.close;
import static io.carefile.review.QueryFixtures.query;
import static io.carefile.review.QueryFixtures.raise;
import static io.carefile.review.QueryFixtures.raised;
import static io.carefile.review.QueryFixtures.raising;
import static io.carefile.review.QueryFixtures.refused;
import static io.carefile.review.QueryFixtures.replied;
import static io.carefile.review.QueryFixtures.reply;
import static io.carefile.review.QueryFixtures.statusOf;
import static io.carefile.review.QueryFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestClock;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A query's thread between an analyst and the platform, through the API: raising one queries the
 * return, the platform sees it in its inbox and answers, and the return is under review again once
 * no query of it is open; a follow-up queries it again; an amendment answers every open query; a
 * closed query takes no more messages. Each step is one audit event.
 */
@QuarkusTest
class QueryRoundTripTest {

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  @Inject TestClock clock;

  private QueryFixtures database;

  /** Each test files for a platform of its own. */
  private TestPlatform platform;

  @BeforeEach
  void newPlatform() {
    database = new QueryFixtures(owner);
    platform = TestPlatforms.newPlatform();
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void theAnalystAsksThePlatformSeesItAnswersAndTheReturnIsUnderReviewAgain() {
    String filing = SubmittedReturns.csamQ(platform);
    QueryFixtures.underReview(filing);

    ExtractableResponse<Response> created =
        raise(
                ANALYST,
                filing,
                raising(
                    "Removals",
                    "Why were fewer items removed than detected?",
                    List.of("items_removed", "items_detected_total"),
                    today()))
            .statusCode(201)
            .extract();
    JsonPath query = created.jsonPath();
    String id = query.getString("id");
    assertThat(created.header("Location")).endsWith("/api/v1/queries/" + id);
    assertThat(query.getString("filingId")).isEqualTo(filing);
    assertThat(query.getString("platformId")).isEqualTo(platform.platformId());
    assertThat(query.getInt("versionNumber")).isEqualTo(1);
    assertThat(query.getString("subject")).isEqualTo("Removals");
    assertThat(query.getList("fields")).containsExactly("items_removed", "items_detected_total");
    assertThat(query.getString("dueDate")).isEqualTo(today().toString());
    assertThat(query.getString("status")).isEqualTo("OPEN");
    assertThat(query.getBoolean("overdue")).isFalse();
    assertThat(query.getString("raisedBy")).isEqualTo(ANALYST);
    assertThat(query.getList("messages.side")).containsExactly("REGULATOR");
    assertThat(query.getList("messages.author")).containsExactly(ANALYST);
    assertThat(query.getList("messages.body"))
        .containsExactly("Why were fewer items removed than detected?");
    assertThat(statusOf(filing)).isEqualTo("QUERIED");

    // The platform's officer finds it in the inbox and in the return's queries.
    JsonPath inbox = as(platform.officer()).get(INBOX).then().statusCode(200).extract().jsonPath();
    assertThat(inbox.getList("items.id")).containsExactly(id);
    assertThat(inbox.getString("items[0].status")).isEqualTo("OPEN");
    assertThat(
            as(platform.officer())
                .get(QUERIES_OF_FILING, filing)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id"))
        .containsExactly(id);

    JsonPath answered =
        replied(platform.officer(), id, "A backlog of duplicates was set aside, not removed.");
    assertThat(answered.getString("status")).isEqualTo("ANSWERED");
    assertThat(answered.getList("messages.number")).containsExactly(1, 2);
    assertThat(answered.getList("messages.side")).containsExactly("REGULATOR", "PLATFORM");
    assertThat(answered.getString("messages[1].author")).isEqualTo(platform.officer());
    assertThat(answered.getLong("version")).isEqualTo(query.getLong("version") + 1);
    assertThat(statusOf(filing)).isEqualTo("UNDER_REVIEW");

    // The analyst reads the thread as the platform left it.
    JsonPath read = query(ANALYST, id);
    assertThat(read.getList("messages.body"))
        .containsExactly(
            "Why were fewer items removed than detected?",
            "A backlog of duplicates was set aside, not removed.");
    assertThat(database.auditActions(id))
        .containsExactly("review.query-raised", "review.query-answered");

    // Both steps are in the review's history, beside the queue's own.
    JsonPath history = ReviewFixtures.history(filing);
    assertThat(history.getList("items.action"))
        .containsExactly("SUBMITTED", "ASSIGNED", "QUERIED", "ANSWERED");
    assertThat(history.getList("items.toStatus"))
        .containsExactly("SUBMITTED", "UNDER_REVIEW", "QUERIED", "UNDER_REVIEW");
    assertThat(history.getString("items[3].actor")).isEqualTo(platform.officer());
    assertThat(history.getString("items[3].detail")).isEqualTo("Query answered: Removals");
    assertThat(ReviewFixtures.review(filing).getString("status")).isEqualTo("UNDER_REVIEW");
  }

  @Test
  void aReturnWithTwoOpenQueriesIsUnderReviewAgainOnlyOnceBothAreAnswered() {
    String filing = SubmittedReturns.csamQ(platform);
    QueryFixtures.underReview(filing);
    String first = raised(filing, "Removals").getString("id");
    String second = raised(filing, "Reports to the NCA").getString("id");
    assertThat(statusOf(filing)).isEqualTo("QUERIED");

    replied(platform.attestor(), second, "All reports were made within the week.");
    assertThat(statusOf(filing)).isEqualTo("QUERIED");
    assertThat(query(platform.officer(), first).getString("status")).isEqualTo("OPEN");

    replied(platform.officer(), first, "See the attached explanation.");
    assertThat(statusOf(filing)).isEqualTo("UNDER_REVIEW");
    assertThat(database.auditActions(first))
        .containsExactly("review.query-raised", "review.query-answered");
    assertThat(database.auditActions(second))
        .containsExactly("review.query-raised", "review.query-answered");
  }

  @Test
  void aFollowUpQueriesTheReturnAgainAndThePlatformsClientMayAnswerIt() {
    String filing = SubmittedReturns.csamQ(platform);
    QueryFixtures.underReview(filing);
    String id = raised(filing, "Appeals").getString("id");
    replied(platform.officer(), id, "Three appeals were upheld.");
    assertThat(statusOf(filing)).isEqualTo("UNDER_REVIEW");

    JsonPath followedUp = replied(ANALYST, id, "On what grounds?");
    assertThat(followedUp.getString("status")).isEqualTo("OPEN");
    assertThat(followedUp.getList("messages.side"))
        .containsExactly("REGULATOR", "PLATFORM", "REGULATOR");
    assertThat(statusOf(filing)).isEqualTo("QUERIED");

    String client = platform.apiClient();
    JsonPath answered =
        reply(asClient(client), id, "Mistaken removals.", followedUp.getLong("version"))
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answered.getString("status")).isEqualTo("ANSWERED");
    assertThat(answered.getString("messages[3].author")).isEqualTo("service-account-" + client);
    assertThat(statusOf(filing)).isEqualTo("UNDER_REVIEW");
    assertThat(database.auditActions(id))
        .containsExactly(
            "review.query-raised",
            "review.query-answered",
            "review.query-followed-up",
            "review.query-answered");
  }

  @Test
  void anAmendmentAnswersEveryOpenQueryOfItsReturn() {
    String filing = SubmittedReturns.csamQ(platform);
    QueryFixtures.underReview(filing);
    String removals = raised(filing, "Removals").getString("id");
    String reports = raised(filing, "Reports").getString("id");
    String withdrawn = raised(filing, "Staff").getString("id");
    close(ANALYST, withdrawn, query(ANALYST, withdrawn).getLong("version")).statusCode(200);
    assertThat(statusOf(filing)).isEqualTo("QUERIED");

    SubmittedReturns.amend(platform, filing, Map.of("items_removed", 995));

    assertThat(statusOf(filing)).isEqualTo("UNDER_REVIEW");
    for (String id : List.of(removals, reports)) {
      JsonPath answered = query(platform.officer(), id);
      assertThat(answered.getString("status")).isEqualTo("ANSWERED");
      assertThat(answered.getInt("versionNumber")).isEqualTo(1);
      assertThat(answered.getList("messages.side")).containsExactly("REGULATOR", "PLATFORM");
      assertThat(answered.getString("messages[1].author")).isEqualTo("system");
      assertThat(answered.getString("messages[1].body")).isEqualTo("Answered by amendment v2.");
      assertThat(database.auditActions(id))
          .containsExactly("review.query-raised", "review.query-answered-by-amendment");
    }
    JsonPath closed = query(ANALYST, withdrawn);
    assertThat(closed.getString("status")).isEqualTo("CLOSED");
    assertThat(closed.getList("messages")).hasSize(1);
    assertThat(database.auditActions(withdrawn))
        .containsExactly("review.query-raised", "review.query-closed");
  }

  @Test
  void aClosedQueryTakesNoMoreMessagesAndClosingTheLastOpenOneEndsTheQuery() {
    String filing = SubmittedReturns.csamQ(platform);
    QueryFixtures.underReview(filing);
    String id = raised(filing, "Hash lists").getString("id");
    long version = query(ANALYST, id).getLong("version");

    JsonPath closed = close(ANALYST, id, version).statusCode(200).extract().jsonPath();
    assertThat(closed.getString("status")).isEqualTo("CLOSED");
    assertThat(closed.getString("closedBy")).isEqualTo(ANALYST);
    assertThat(closed.getString("closedAt")).isNotNull();
    // Nothing is outstanding with the platform: the return is under review again.
    assertThat(statusOf(filing)).isEqualTo("UNDER_REVIEW");

    String before = database.stateOf(platform.id(), filing);
    long now = closed.getLong("version");
    refused(reply(platform.officer(), id, "Too late?", now), 409, "query-closed");
    refused(reply(ANALYST, id, "One more thing.", now), 409, "query-closed");
    refused(close(ANALYST, id, now), 409, "query-closed");
    assertThat(database.stateOf(platform.id(), filing)).isEqualTo(before);
    assertThat(database.auditActions(id))
        .containsExactly("review.query-raised", "review.query-closed");
  }

  @Test
  void theInboxListsTheThreadThatMovedLastFirstAndFilters() {
    String current = SubmittedReturns.csamQ(platform);
    String previous =
        SubmittedReturns.csamQ(
            platform, SubmittedReturns.previousQuarter(), ReturnSamples.csamQuarter());
    QueryFixtures.underReview(current);
    QueryFixtures.underReview(previous);
    String early = raised(previous, "Earlier quarter").getString("id");
    String late =
        raise(ANALYST, current, raising("This quarter", "Why?", List.of(), today().plusDays(1)))
            .statusCode(201)
            .extract()
            .path("id");
    assertThat(inbox(Map.of())).containsExactly(late, early);

    replied(platform.officer(), early, "Because.");
    assertThat(inbox(Map.of())).containsExactly(early, late);
    assertThat(inbox(Map.of("status", "OPEN"))).containsExactly(late);
    assertThat(inbox(Map.of("status", "ANSWERED"))).containsExactly(early);
    assertThat(inbox(Map.of("filingId", current))).containsExactly(late);
    assertThat(inbox(Map.of("overdue", "true"))).isEmpty();
    assertThat(inbox(Map.of("status", ""))).containsExactly(early, late);

    // Two days on, the open query is past its due date; the answered one is not overdue.
    clock.set(Instant.now().plus(2, ChronoUnit.DAYS));
    assertThat(query(platform.officer(), late).getBoolean("overdue")).isTrue();
    assertThat(query(platform.officer(), early).getBoolean("overdue")).isFalse();
    assertThat(inbox(Map.of("overdue", "true"))).containsExactly(late);
    assertThat(inbox(Map.of("overdue", "false"))).containsExactly(early);

    // A regulator sees every platform's queries; this platform's by its filter.
    assertThat(
            as(ANALYST)
                .queryParam("platformId", platform.platformId())
                .get(INBOX)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id"))
        .containsExactly(early, late);
    // A return's queries are listed in the order they were raised.
    assertThat(
            as(ANALYST)
                .get(QUERIES_OF_FILING, previous)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id"))
        .containsExactly(early);
  }

  @Test
  void answersToTheLastTwoOpenQueriesAtOnceLeaveTheReturnUnderReview() throws Exception {
    String current = SubmittedReturns.csamQ(platform);
    String previous =
        SubmittedReturns.csamQ(
            platform, SubmittedReturns.previousQuarter(), ReturnSamples.csamQuarter());
    for (String filing : List.of(current, previous)) {
      QueryFixtures.underReview(filing);
      String first = raised(filing, "First").getString("id");
      String second = raised(filing, "Second").getString("id");

      // Both answered at the same moment: each answer is stored, or refused as stale and
      // retried; neither leaves the return queried with nothing open, and nothing fails.
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (var answer :
            List.of(Map.entry(platform.officer(), first), Map.entry(platform.attestor(), second))) {
          long version = query(ANALYST, answer.getValue()).getLong("version");
          answers.add(
              pool.submit(
                  () -> {
                    start.await();
                    return reply(answer.getKey(), answer.getValue(), "At once.", version)
                        .extract()
                        .statusCode();
                  }));
        }
        start.countDown();
        List<String> retried = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
          int status = answers.get(i).get(30, TimeUnit.SECONDS);
          assertThat(status).isIn(200, 409);
          if (status == 409) {
            retried.add(i == 0 ? first : second);
          }
        }
        for (String id : retried) {
          replied(platform.officer(), id, "Again.");
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(query(ANALYST, first).getString("status")).isEqualTo("ANSWERED");
      assertThat(query(ANALYST, second).getString("status")).isEqualTo("ANSWERED");
      assertThat(statusOf(filing)).isEqualTo("UNDER_REVIEW");
    }
  }

  @Test
  void theDatabaseRefusesToChangeOrRemoveAMessage() {
    String filing = SubmittedReturns.csamQ(platform);
    QueryFixtures.underReview(filing);
    String id = raised(filing, "Kept").getString("id");
    String before = database.stateOf(platform.id(), filing);

    for (String sql :
        List.of(
            "update review_query_message set body = 'forged' where query_id = ?::uuid",
            "delete from review_query_message where query_id = ?::uuid")) {
      assertThatThrownBy(() -> database.update(sql, id))
          .rootCause()
          .hasMessageContaining(
              "query messages are append-only: "
                  + (sql.startsWith("update") ? "UPDATE" : "DELETE")
                  + " on review_query_message is not allowed");
    }
    assertThatThrownBy(() -> database.update("truncate review_query_message cascade"))
        .rootCause()
        .hasMessageContaining("append-only");
    assertThat(database.stateOf(platform.id(), filing)).isEqualTo(before);
  }

  private List<String> inbox(Map<String, String> filters) {
    return as(platform.officer())
        .queryParams(filters)
        .get(INBOX)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id");
  }
}
