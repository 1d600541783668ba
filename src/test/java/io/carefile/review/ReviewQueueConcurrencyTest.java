package io.carefile.review;

import static io.carefile.support.SubmittedReturns.as;
import static io.carefile.support.SubmittedReturns.previousQuarter;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.support.Tokens;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One platform's returns of consecutive periods submitted at the same moment: each submission
 * writes its own queue row and the next period's comparison, so without serialising them one would
 * be refused as stale or compare with a neighbour that had not committed yet.
 */
@QuarkusTest
class ReviewQueueConcurrencyTest {

  private static final int PERIODS = 6;

  @Test
  void consecutivePeriodsSubmittedAndAmendedAtOnceAreAllAcceptedAndEachComparesWithTheOneBefore()
      throws Exception {
    TestPlatform platform = TestPlatforms.newPlatform();
    List<LocalDate> periods = new ArrayList<>();
    List<String> filings = new ArrayList<>();
    for (int i = PERIODS - 1; i >= 0; i--) {
      LocalDate period = previousQuarter().minusMonths(3L * i);
      periods.add(period);
      filings.add(draft(platform, period));
    }

    assertThat(submittedAtOnce(platform, filings)).as("originals' answers").containsOnly(201);
    // Amendments at once: each rewrites its own row and the next period's, which the next
    // period's own amendment rewrites too.
    for (int round = 0; round < 2; round++) {
      for (String filing : filings) {
        as(platform.officer())
            .contentType(ContentType.JSON)
            .post("/api/v1/filings/" + filing + "/amendment")
            .then()
            .statusCode(200);
      }
      assertThat(submittedAtOnce(platform, filings))
          .as("amendments' answers, round %d", round + 1)
          .containsOnly(201);
    }

    JsonPath earliest = ReviewFixtures.review(filings.get(0));
    assertThat(earliest.getString("previousTotal")).isNull();
    for (int i = 1; i < PERIODS; i++) {
      JsonPath before = ReviewFixtures.review(filings.get(i - 1));
      JsonPath review = ReviewFixtures.review(filings.get(i));
      assertThat(review.getString("previousTotal"))
          .as("the return for %s compares with %s", periods.get(i), periods.get(i - 1))
          .isNotNull()
          .isEqualTo(before.getString("total"));
    }
  }

  /** Submits every filing's draft at the same moment; answers the status codes. */
  private static List<Integer> submittedAtOnce(TestPlatform platform, List<String> filings)
      throws Exception {
    // Signed in before the start, so that no request waits for a token while the others run.
    String bearer = Tokens.bearer(Tokens.user(platform.attestor()));
    ExecutorService pool = Executors.newFixedThreadPool(filings.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> submissions = new ArrayList<>();
      for (String filing : filings) {
        submissions.add(
            pool.submit(
                () -> {
                  start.await();
                  return given()
                      .header("Authorization", bearer)
                      .contentType(ContentType.JSON)
                      .body(Map.of("attestation", Map.of("statementAccepted", true)))
                      .post("/api/v1/filings/" + filing + "/submissions")
                      .then()
                      .extract()
                      .statusCode();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> submission : submissions) {
        statuses.add(submission.get(60, TimeUnit.SECONDS));
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String draft(TestPlatform platform, LocalDate period) {
    return as(platform.officer())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "obligationId",
                platform.obligation("CSAM-Q", period),
                "values",
                ReturnSamples.csamQuarter()))
        .post("/api/v1/filings")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
