package io.carefile.review;

import static io.carefile.review.QueryFixtures.ANALYST;
import static io.carefile.review.QueryFixtures.CLOSURE;
import static io.carefile.review.QueryFixtures.INBOX;
import static io.carefile.review.QueryFixtures.QUERIES_OF_FILING;
import static io.carefile.review.QueryFixtures.QUERY;
import static io.carefile.review.QueryFixtures.as;
import static io.carefile.review.QueryFixtures.asClient;
import static io.carefile.review.QueryFixtures.close;
import static io.carefile.review.QueryFixtures.query;
import static io.carefile.review.QueryFixtures.raise;
import static io.carefile.review.QueryFixtures.raised;
import static io.carefile.review.QueryFixtures.raising;
import static io.carefile.review.QueryFixtures.refused;
import static io.carefile.review.QueryFixtures.reply;
import static io.carefile.review.QueryFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every refused query step is a specific problem and changes nothing: not the return, not its
 * queries or their messages, not the audit log. A platform never sees, nor writes in, another
 * platform's queries (404); platform users neither raise nor close queries (403). Every test here
 * is a refusal, so the class shares one queried return and one other platform.
 */
@QuarkusTest
class QueryRefusalsTest {

  /** A platform whose current return is queried, and the query. */
  private static TestPlatform platform;

  private static String filing;
  private static String openQuery;

  /** The same platform's previous-quarter return, submitted and not yet in review. */
  private static String submitted;

  /** A platform of its own, with nothing to do with the return. */
  private static TestPlatform other;

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  private QueryFixtures database;
  private String before;
  private String beforeSubmitted;

  @BeforeEach
  void queriedReturn() {
    database = new QueryFixtures(owner);
    if (platform == null) {
      platform = TestPlatforms.newPlatform();
      filing = SubmittedReturns.csamQ(platform);
      submitted =
          SubmittedReturns.csamQ(
              platform, SubmittedReturns.previousQuarter(), ReturnSamples.csamQuarter());
      QueryFixtures.underReview(filing);
      openQuery = raised(filing, "Removals").getString("id");
      other = TestPlatforms.newPlatform();
    }
    before = database.stateOf(platform.id(), filing);
    beforeSubmitted = database.stateOf(platform.id(), submitted);
  }

  @AfterEach
  void nothingChanged() {
    assertThat(database.stateOf(platform.id(), filing)).isEqualTo(before);
    assertThat(database.stateOf(platform.id(), submitted)).isEqualTo(beforeSubmitted);
  }

  @Test
  void aFieldNotOfTheReturnsTemplateIsNamed() {
    JsonPath problem =
        refused(
            raise(
                ANALYST,
                filing,
                raising(
                    "Fields",
                    "About these fields.",
                    List.of("items_removed", "no_such_field", "risk_assessment_date"),
                    today())),
            422,
            "query-field-unknown");
    assertThat(problem.getList("errors.field")).containsExactly("fields[1]", "fields[2]");
  }

  @Test
  void aDueDateBeforeTodayIsRefused() {
    JsonPath problem =
        refused(
            raise(
                ANALYST, filing, raising("Late", "Already late.", List.of(), today().minusDays(1))),
            422,
            "query-due-date-past");
    assertThat(problem.getList("errors.field")).containsExactly("dueDate");
  }

  @ParameterizedTest(name = "subject or message: [{0}]")
  @ValueSource(strings = {"", "   ", "zero\u200Bwidth", "over-long"})
  void anEmptyOverLongOrInvisibleTextIsRefused(String text) {
    String value = text.equals("over-long") ? "x".repeat(4001) : text;
    String subject = text.equals("over-long") ? "x".repeat(201) : text;
    JsonPath problem =
        refused(
            raise(ANALYST, filing, raising(subject, "Fine.", List.of(), today())),
            400,
            "invalid-request");
    assertThat(problem.getList("errors.field")).containsExactly("subject");
    problem =
        refused(
            raise(ANALYST, filing, raising("Fine", value, List.of(), today())),
            400,
            "invalid-request");
    assertThat(problem.getList("errors.field")).containsExactly("message");
    problem =
        refused(reply(platform.officer(), openQuery, value, version()), 400, "invalid-request");
    assertThat(problem.getList("errors.field")).containsExactly("message");
  }

  @Test
  void aFieldCodeLongerThanAnyIsRefused() {
    refused(
        raise(ANALYST, filing, raising("Fine", "Fine.", List.of("f".repeat(65)), today())),
        400,
        "invalid-request");
  }

  @Test
  void aStaleVersionIsRefused() {
    long version = version();
    JsonPath problem =
        refused(reply(platform.officer(), openQuery, "Answer.", version + 1), 409, "stale-version");
    assertThat(problem.getList("errors.field")).containsExactly("expectedVersion");
    refused(reply(ANALYST, openQuery, "Follow-up.", version + 2), 409, "stale-version");
    refused(close(ANALYST, openQuery, version + 1), 409, "stale-version");
  }

  @Test
  void aMisspeltOrMissingExpectedVersionIsRefused() {
    refused(
        as(platform.officer())
            .contentType(ContentType.JSON)
            .body(Map.of("message", "Answer.", "expectedversion", version()))
            .post(QueryFixtures.REPLIES, openQuery)
            .then(),
        400,
        "unknown-member");
    refused(
        as(ANALYST).contentType(ContentType.JSON).body(Map.of()).post(CLOSURE, openQuery).then(),
        400,
        "invalid-request");
  }

  @Test
  void aReturnNotUnderReviewCannotBeQueried() {
    JsonPath problem =
        refused(raise(ANALYST, submitted, raising("Too soon")), 409, "review-step-not-allowed");
    assertThat(problem.getList("allowed")).containsExactly("UNDER_REVIEW");
  }

  @Test
  void anotherPlatformNeitherSeesNorWritesInTheQueries() {
    for (var caller :
        List.of(as(other.officer()), as(other.attestor()), asClient(other.apiClient()))) {
      refused(caller.get(QUERY, openQuery).then(), 404, "not-found");
    }
    refused(as(other.officer()).get(QUERIES_OF_FILING, filing).then(), 404, "not-found");
    refused(reply(other.officer(), openQuery, "Not ours.", version()), 404, "not-found");
    refused(
        reply(asClient(other.apiClient()), openQuery, "Not ours.", version()), 404, "not-found");
    assertThat(
            as(other.officer())
                .queryParam("filingId", filing)
                .get(INBOX)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items"))
        .isEmpty();
    assertThat(
            as(other.officer())
                .queryParam("platformId", platform.platformId())
                .get(INBOX)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items"))
        .isEmpty();
  }

  @Test
  void onlyAnAnalystRaisesAndClosesQueries() {
    for (String user :
        List.of(
            platform.officer(), platform.attestor(), "regulator-admin", "regulator-enforcement")) {
      refused(raise(user, filing, raising("Not mine to ask")), 403, "forbidden");
      refused(close(user, openQuery, version()), 403, "forbidden");
    }
    refused(close(asClient(platform.apiClient()), openQuery, version()), 403, "forbidden");
    for (String user : List.of("regulator-admin", "regulator-enforcement")) {
      refused(reply(user, openQuery, "Not mine to say.", version()), 403, "forbidden");
    }
    // Other regulators may read the thread.
    assertThat(query("regulator-enforcement", openQuery).getString("status")).isEqualTo("OPEN");
  }

  @Test
  void unknownQueriesAndReturnsAreNotFound() {
    String missing = "00000000-0000-4000-8000-000000000001";
    refused(as(ANALYST).get(QUERY, missing).then(), 404, "not-found");
    refused(reply(ANALYST, missing, "Anyone?", 0), 404, "not-found");
    refused(close(ANALYST, missing, 0), 404, "not-found");
    refused(raise(ANALYST, missing, raising("Nobody")), 404, "not-found");
    refused(as(ANALYST).get(QUERIES_OF_FILING, missing).then(), 404, "not-found");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"status=PENDING", "overdue=maybe", "size=0", "page=0"})
  void aWrongFilterIsNamed(String filter) {
    String[] parameter = filter.split("=");
    JsonPath problem =
        refused(
            as(platform.officer()).queryParam(parameter[0], parameter[1]).get(INBOX).then(),
            400,
            "invalid-request");
    assertThat(problem.getList("errors.field")).containsExactly(parameter[0]);
  }

  private static long version() {
    return query(ANALYST, openQuery).getLong("version");
  }
}
