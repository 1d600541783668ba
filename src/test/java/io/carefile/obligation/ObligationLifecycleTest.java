package io.carefile.obligation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.carefile.common.tenancy.SystemWork;
import io.carefile.support.TestClock;
import io.carefile.support.Tokens;
import io.carefile.template.TemplateService;
import io.carefile.template.TemplateVersionSummary;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Obligations are generated once per platform and period, fall OVERDUE the day after their due date
 * in the regulator's calendar (at once, when generated after it), and can be waived with a reason.
 */
@QuarkusTest
class ObligationLifecycleTest {

  private static final String CSAM_Q = "CSAM-Q";

  @Inject ObligationService obligations;
  @Inject TemplateService templates;
  @Inject TestClock clock;

  @Inject
  @DataSource("owner")
  AgroalDataSource dataSource;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void concurrentGenerationRunsCreateEachObligationOnce() throws Exception {
    LocalDate quarter = LocalDate.of(2031, 1, 1);
    ExecutorService replicas = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    Callable<ObligationGenerationResult> run =
        () -> {
          start.await();
          return SystemWork.call(() -> obligations.generate(CSAM_Q, quarter));
        };
    List<Future<ObligationGenerationResult>> runs =
        List.of(replicas.submit(run), replicas.submit(run));
    start.countDown();
    ObligationGenerationResult first = runs.get(0).get(1, TimeUnit.MINUTES);
    ObligationGenerationResult second = runs.get(1).get(1, TimeUnit.MINUTES);
    replicas.shutdown();

    long stored = countFor(quarter);
    assertThat(stored).isGreaterThanOrEqualTo(2);
    assertThat(first.created() + second.created()).isEqualTo(stored);
    assertThat(first.created() + first.alreadyExisting()).isEqualTo(stored);

    // A third run, through the API, finds everything already there.
    asAdmin()
        .contentType("application/json")
        .body("{\"templateCode\": \"CSAM-Q\", \"periodStart\": \"2031-01-01\"}")
        .post("/api/v1/obligations/generation")
        .then()
        .statusCode(200)
        .body("created", equalTo(0))
        .body("alreadyExisting", equalTo((int) stored))
        .body("periodEnd", equalTo("2031-03-31"))
        .body("dueDate", equalTo(expectedDueDate(LocalDate.of(2031, 3, 31)).toString()));
    assertThat(countFor(quarter)).isEqualTo(stored);
  }

  @Test
  void obligationFallsOverdueAfterItsDueDateInLondon() {
    LocalDate quarter = LocalDate.of(2031, 4, 1);
    SystemWork.call(() -> obligations.generate(CSAM_Q, quarter));
    LocalDate due = expectedDueDate(LocalDate.of(2031, 6, 30));
    UUID northwind = obligationOf(Tokens.NORTHWIND_ID, quarter);

    // 23:30 UTC on the due date is already the next day in London (BST): not before that.
    clock.set(due.atTime(22, 30).toInstant(java.time.ZoneOffset.UTC));
    SystemWork.call(obligations::markOverdue);
    assertStatus(northwind, "OPEN");

    clock.set(due.atTime(23, 30).toInstant(java.time.ZoneOffset.UTC));
    SystemWork.call(obligations::markOverdue);
    assertStatus(northwind, "OVERDUE");
    assertThat(auditEvents(northwind, "obligation.overdue")).isEqualTo(1);

    SystemWork.call(obligations::markOverdue);
    assertThat(auditEvents(northwind, "obligation.overdue")).isEqualTo(1);
  }

  @Test
  void anObligationGeneratedAfterItsDueDateIsOverdueFromTheStart() {
    // Years this class alone uses: its clock moves past their due dates, and the overdue rule
    // applies to every platform's obligations.
    LocalDate onTime = LocalDate.of(2030, 1, 1);
    LocalDate late = LocalDate.of(2030, 4, 1);
    LocalDate lateDue = expectedDueDate(LocalDate.of(2030, 6, 30));

    // On its due date in London (BST: 22:30 UTC is 23:30 there) an obligation is still OPEN.
    clock.set(expectedDueDate(LocalDate.of(2030, 3, 31)).atTime(22, 30).toInstant(ZoneOffset.UTC));
    SystemWork.call(() -> obligations.generate(CSAM_Q, onTime));
    UUID open = obligationOf(Tokens.NORTHWIND_ID, onTime);
    assertStatus(open, "OPEN");
    assertThat(auditEvents(open, "obligation.overdue")).isZero();

    // Past midnight in London after the due date, it is created OVERDUE, audited as both.
    clock.set(lateDue.atTime(23, 30).toInstant(ZoneOffset.UTC));
    ObligationGenerationResult result = SystemWork.call(() -> obligations.generate(CSAM_Q, late));
    assertThat(result.created()).isGreaterThanOrEqualTo(2);
    for (String platform : List.of(Tokens.NORTHWIND_ID, Tokens.BRIGHTSEARCH_ID)) {
      UUID overdue = obligationOf(platform, late);
      assertStatus(overdue, "OVERDUE");
      assertThat(auditEvents(overdue, "obligation.generated")).isEqualTo(1);
      assertThat(auditEvents(overdue, "obligation.overdue")).isEqualTo(1);
    }
    assertThat(
            query(
                "select count(*) from obligation where template_code = 'CSAM-Q'"
                    + " and period_start = ? and status <> 'OVERDUE'",
                late))
        .isZero();

    // The nightly rule finds nothing more to do for it, and audits nothing twice.
    SystemWork.call(obligations::markOverdue);
    UUID northwind = obligationOf(Tokens.NORTHWIND_ID, late);
    assertThat(auditEvents(northwind, "obligation.overdue")).isEqualTo(1);
  }

  @Test
  void regulatorAdminWaivesWithAReason() {
    LocalDate quarter = LocalDate.of(2031, 7, 1);
    SystemWork.call(() -> obligations.generate(CSAM_Q, quarter));
    UUID obligation = obligationOf(Tokens.BRIGHTSEARCH_ID, quarter);

    asAdmin()
        .contentType("application/json")
        .body("{\"reason\": \" \", \"expectedVersion\": 0}")
        .post("/api/v1/obligations/{id}/waiver", obligation)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    assertStatus(obligation, "OPEN");

    for (String who : List.of("brightsearch-attestor", "regulator-analyst")) {
      given()
          .header("Authorization", Tokens.bearer(Tokens.user(who)))
          .contentType("application/json")
          .body("{\"reason\": \"Service closed\", \"expectedVersion\": 0}")
          .post("/api/v1/obligations/{id}/waiver", obligation)
          .then()
          .statusCode(403);
    }
    assertStatus(obligation, "OPEN");

    asAdmin()
        .contentType("application/json")
        .body("{\"reason\": \"Service closed in the period\", \"expectedVersion\": 0}")
        .post("/api/v1/obligations/{id}/waiver", obligation)
        .then()
        .statusCode(200)
        .body("status", equalTo("WAIVED"))
        .body("waiverReason", equalTo("Service closed in the period"))
        .body("waivedBy", equalTo("regulator-admin"));
    assertThat(auditEvents(obligation, "obligation.waived")).isEqualTo(1);

    asAdmin()
        .contentType("application/json")
        .body("{\"reason\": \"Again\", \"expectedVersion\": 1}")
        .post("/api/v1/obligations/{id}/waiver", obligation)
        .then()
        .statusCode(409)
        .body(
            "detail",
            equalTo("Obligation " + obligation + " is WAIVED and can no longer be waived"));
    asAdmin()
        .contentType("application/json")
        .body("{\"reason\": \"Stale\", \"expectedVersion\": 0}")
        .post("/api/v1/obligations/{id}/waiver", obligation)
        .then()
        .statusCode(409)
        .body("detail", org.hamcrest.Matchers.containsString("has changed since you read it"));
  }

  @Test
  void generationRefusesBadRequests() {
    asAdmin()
        .contentType("application/json")
        .body("{\"templateCode\": \"NO-SUCH\", \"periodStart\": \"2031-01-01\"}")
        .post("/api/v1/obligations/generation")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:carefile:problem:not-found"));
    asAdmin()
        .contentType("application/json")
        .body("{\"templateCode\": \"CSAM-Q\", \"periodStart\": \"2031-02-01\"}")
        .post("/api/v1/obligations/generation")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("periodStart"));
    asAdmin()
        .contentType("application/json")
        .body("{\"templateCode\": \"CSAM-Q\", \"periodStart\": \"first of May\"}")
        .post("/api/v1/obligations/generation")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:carefile:problem:malformed-body"));
    given()
        .header("Authorization", Tokens.bearer(Tokens.user("northwind-attestor")))
        .contentType("application/json")
        .body("{\"templateCode\": \"CSAM-Q\", \"periodStart\": \"2031-10-01\"}")
        .post("/api/v1/obligations/generation")
        .then()
        .statusCode(403);
    assertThat(countFor(LocalDate.of(2031, 10, 1))).isZero();
  }

  @Test
  void calendarFiltersByPeriodAndStatus() {
    SystemWork.call(() -> obligations.generate(CSAM_Q, LocalDate.of(2032, 1, 1)));
    SystemWork.call(() -> obligations.generate(CSAM_Q, LocalDate.of(2032, 4, 1)));
    given()
        .header("Authorization", Tokens.bearer(Tokens.user("northwind-officer")))
        .queryParam("from", "2032-01-01")
        .queryParam("to", "2032-03-31")
        .queryParam("status", "OPEN")
        .get("/api/v1/obligations")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].periodStart", equalTo("2032-01-01"));
    given()
        .header("Authorization", Tokens.bearer(Tokens.user("northwind-officer")))
        .queryParam("from", "2032-04-01")
        .queryParam("to", "2032-01-01")
        .get("/api/v1/obligations")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("from"));
    given()
        .header("Authorization", Tokens.bearer(Tokens.user("northwind-officer")))
        .queryParam("status", "SOMETIMES")
        .get("/api/v1/obligations")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:carefile:problem:invalid-request"))
        .body("errors.field", contains("status"))
        .body("errors[0].message", containsString("OPEN, FULFILLED, OVERDUE, WAIVED"));
  }

  @Test
  void platformsSeeOnlyTheirOwnObligations() {
    LocalDate quarter = LocalDate.of(2032, 7, 1);
    SystemWork.call(() -> obligations.generate(CSAM_Q, quarter));
    UUID northwind = obligationOf(Tokens.NORTHWIND_ID, quarter);
    UUID brightsearch = obligationOf(Tokens.BRIGHTSEARCH_ID, quarter);

    for (String token :
        List.of(
            Tokens.user("northwind-officer"),
            Tokens.user("northwind-attestor"),
            Tokens.serviceAccount("northwind-filer"))) {
      given()
          .header("Authorization", Tokens.bearer(token))
          .queryParam("size", 200)
          .get("/api/v1/obligations")
          .then()
          .statusCode(200)
          .body("items.platformId", everyItem(equalTo(Tokens.NORTHWIND_ID)))
          .body("items.id", hasItem(northwind.toString()))
          .body("items.id", not(hasItem(brightsearch.toString())));
      given()
          .header("Authorization", Tokens.bearer(token))
          .get("/api/v1/obligations/{id}", northwind)
          .then()
          .statusCode(200)
          .body("templateCode", equalTo(CSAM_Q));
      given()
          .header("Authorization", Tokens.bearer(token))
          .get("/api/v1/obligations/{id}", brightsearch)
          .then()
          .statusCode(404);
      given()
          .header("Authorization", Tokens.bearer(token))
          .queryParam("platformId", Tokens.BRIGHTSEARCH_ID)
          .get("/api/v1/obligations")
          .then()
          .statusCode(200)
          .body("totalItems", equalTo(0));
    }
    // Other tests' platforms have the quarter too, so each platform's is looked up by its filter.
    for (String who : List.of("regulator-analyst", "regulator-enforcement", "regulator-admin")) {
      for (var expected :
          java.util.Map.of(Tokens.NORTHWIND_ID, northwind, Tokens.BRIGHTSEARCH_ID, brightsearch)
              .entrySet()) {
        given()
            .header("Authorization", Tokens.bearer(Tokens.user(who)))
            .queryParam("from", quarter.toString())
            .queryParam("to", quarter.toString())
            .queryParam("platformId", expected.getKey())
            .get("/api/v1/obligations")
            .then()
            .statusCode(200)
            .body("items.id", hasItem(expected.getValue().toString()));
      }
    }
  }

  private LocalDate expectedDueDate(LocalDate periodEnd) {
    TemplateVersionSummary csamQ =
        templates.latestVersions().stream()
            .filter(t -> t.code().equals(CSAM_Q))
            .findFirst()
            .orElseThrow();
    return periodEnd.plusDays(csamQ.dueOffsetDays());
  }

  private static RequestSpecification asAdmin() {
    return given().header("Authorization", Tokens.bearer(Tokens.user("regulator-admin")));
  }

  private void assertStatus(UUID obligation, String status) {
    asAdmin()
        .get("/api/v1/obligations/{id}", obligation)
        .then()
        .statusCode(200)
        .body("status", equalTo(status));
  }

  private long countFor(LocalDate periodStart) {
    return query(
        "select count(*) from obligation where template_code = 'CSAM-Q' and period_start = ?",
        periodStart);
  }

  private long auditEvents(UUID obligation, String action) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select count(*) from audit_event where entity_id = ? and action = ?")) {
      statement.setString(1, obligation.toString());
      statement.setString(2, action);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private UUID obligationOf(String platformId, LocalDate periodStart) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select id from obligation where platform_id = ? and template_code = 'CSAM-Q'"
                    + " and period_start = ?")) {
      statement.setObject(1, UUID.fromString(platformId));
      statement.setObject(2, periodStart);
      try (ResultSet rows = statement.executeQuery()) {
        assertThat(rows.next()).as("obligation of %s for %s", platformId, periodStart).isTrue();
        return rows.getObject(1, UUID.class);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long query(String sql, LocalDate date) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, date);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
