package io.carefile.filing;

import static io.carefile.filing.FilingFixtures.as;
import static io.carefile.filing.FilingFixtures.draft;
import static io.carefile.filing.FilingFixtures.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A retried submission with the same Idempotency-Key files nothing twice. */
@QuarkusTest
class SubmissionIdempotencyTest {

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  /** Each test files for a platform of its own. */
  private TestPlatform platform;

  @BeforeEach
  void newPlatform() {
    platform = TestPlatforms.newPlatform();
  }

  @Test
  void aRetryWithTheSameKeyAndBodyAnswersTheFirstResult() {
    String filing = draft(platform);
    String key = UUID.randomUUID().toString();

    ExtractableResponse<Response> first = submitWithKey(filing, key, submission());
    ExtractableResponse<Response> retry = submitWithKey(filing, key, submission());

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));
    as(platform.officer())
        .get("/api/v1/filings/" + filing)
        .then()
        .body("versions", hasSize(1))
        .body("latestVersion", equalTo(1));
  }

  @Test
  void theSameKeyWithADifferentBodyIsRefusedAndFilesNothing() {
    String filing = draft(platform);
    String key = UUID.randomUUID().toString();
    submitWithKey(filing, key, submission());
    as(platform.attestor())
        .contentType(ContentType.JSON)
        .post("/api/v1/filings/" + filing + "/amendment")
        .then()
        .statusCode(200);

    Map<String, Object> different = submission();
    different.put("values", Map.of("items_detected_total", 1));
    ExtractableResponse<Response> refused = submitWithKey(filing, key, different);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.jsonPath().getString("type"))
        .isEqualTo("urn:carefile:problem:idempotency-key-reused");
    assertThat(refused.jsonPath().getString("detail")).contains(key);
    as(platform.officer())
        .get("/api/v1/filings/" + filing)
        .then()
        .body("versions", hasSize(1))
        .body("draft.values.items_detected_total", equalTo(1000));
  }

  @Test
  void concurrentRetriesWithOneKeyStoreOneVersion() throws Exception {
    String filing = draft(platform);
    String key = UUID.randomUUID().toString();
    ExecutorService clients = Executors.newFixedThreadPool(4);
    CountDownLatch go = new CountDownLatch(1);
    Callable<ExtractableResponse<Response>> attempt =
        () -> {
          go.await();
          return submitWithKey(filing, key, submission());
        };
    List<Future<ExtractableResponse<Response>>> attempts =
        List.of(
            clients.submit(attempt),
            clients.submit(attempt),
            clients.submit(attempt),
            clients.submit(attempt));
    go.countDown();
    for (Future<ExtractableResponse<Response>> response : attempts) {
      ExtractableResponse<Response> answer = response.get(1, TimeUnit.MINUTES);
      assertThat(answer.statusCode()).isEqualTo(201);
      assertThat(answer.jsonPath().getInt("version")).isEqualTo(1);
    }
    clients.shutdown();

    as(platform.officer()).get("/api/v1/filings/" + filing).then().body("versions", hasSize(1));
  }

  /**
   * Two requests with one key for different filings both find the key unused; the one that stores
   * second is refused as in flight, and files nothing. The first is a transaction held open here,
   * beneath the application, so that the submission's insert of the key waits for it.
   */
  @Test
  void aKeyStoredAtTheSameMomentByAnotherSubmissionIsRefusedAsInFlight() throws Exception {
    TestPlatform other = TestPlatforms.newPlatform();
    String otherFiling = draft(other);
    FilingFixtures.submit(other.attestor(), otherFiling, submission()).statusCode(201);
    String filing = draft(platform);
    String key = UUID.randomUUID().toString();
    ExecutorService client = Executors.newSingleThreadExecutor();
    try (Connection racing = owner.getConnection()) {
      racing.setAutoCommit(false);
      try (PreparedStatement insert =
          racing.prepareStatement(
              "insert into submission_idempotency"
                  + " (platform_id, idempotency_key, request_sha256, filing_version_id, created_at)"
                  + " select ?, ?, repeat('0', 64), id, now() from filing_version"
                  + " where filing_id = ?")) {
        insert.setObject(1, platform.id());
        insert.setString(2, key);
        insert.setObject(3, UUID.fromString(otherFiling));
        assertThat(insert.executeUpdate()).isEqualTo(1);
      }
      Future<ExtractableResponse<Response>> submitting =
          client.submit(() -> submitWithKey(filing, key, submission()));
      awaitInsertWaitingForTheRacingKey();
      racing.commit();

      ExtractableResponse<Response> refused = submitting.get(1, TimeUnit.MINUTES);
      assertThat(refused.statusCode()).isEqualTo(409);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.jsonPath().getString("type"))
          .isEqualTo("urn:carefile:problem:idempotency-key-in-flight");
    } finally {
      client.shutdownNow();
    }
    as(platform.officer())
        .get("/api/v1/filings/" + filing)
        .then()
        .body("versions", hasSize(0))
        .body("status", equalTo("DRAFT"));
  }

  private void awaitInsertWaitingForTheRacingKey() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      try (Connection connection = owner.getConnection();
          PreparedStatement waiting =
              connection.prepareStatement(
                  "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                      + " and query like 'insert into submission_idempotency%'");
          ResultSet rows = waiting.executeQuery()) {
        rows.next();
        if (rows.getLong(1) > 0) {
          return;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("The submission never waited for the racing key");
  }

  private ExtractableResponse<Response> submitWithKey(
      String filing, String key, Map<String, Object> body) {
    return as(platform.attestor())
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/filings/" + filing + "/submissions")
        .then()
        .extract();
  }
}
