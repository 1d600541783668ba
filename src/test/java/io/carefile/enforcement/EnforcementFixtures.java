package io.carefile.enforcement;

import static io.carefile.support.SubmittedReturns.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.TestClock;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Enforcement cases made and moved through the public API as the enforcement officer and the
 * platform would; the owner datasource only counts what the API does not show (audit events, rows).
 */
final class EnforcementFixtures {

  static final String OFFICER = "regulator-enforcement";
  static final String CASES = "/api/v1/enforcement-cases";
  static final String CASE = CASES + "/{id}";
  static final String PROBLEM = "application/problem+json";
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private EnforcementFixtures() {}

  static LocalDate today() {
    return LocalDate.now(LONDON);
  }

  /** A ground of an officer's own decision: no key, so any number of cases may have one. */
  static Map<String, Object> officerGround(String finding) {
    return Map.of("kind", "OFFICER_DECISION", "finding", finding);
  }

  static Map<String, Object> opening(TestPlatform platform, List<Map<String, Object>> grounds) {
    return Map.of(
        "platformId", platform.platformId(), "grounds", grounds, "reason", "Opened for a test");
  }

  static ValidatableResponse open(String username, Object body) {
    return as(username).contentType(ContentType.JSON).body(body).post(CASES).then();
  }

  /** A case the officer opened against the platform on a decision of their own: its id. */
  static String opened(TestPlatform platform) {
    return open(OFFICER, opening(platform, List.of(officerGround("Systemic failings found"))))
        .statusCode(201)
        .extract()
        .path("id");
  }

  static JsonPath read(String username, String id) {
    return as(username).get(CASE, id).then().statusCode(200).extract().jsonPath();
  }

  static long version(String id) {
    return read(OFFICER, id).getLong("version");
  }

  static String stage(String id) {
    return read(OFFICER, id).getString("stage");
  }

  static Map<String, Object> transition(String step, long version) {
    Map<String, Object> body = new HashMap<>();
    body.put("step", step);
    body.put("reason", "Because of the test's " + step);
    body.put("expectedVersion", version);
    return body;
  }

  /** A provisional notice whose representations are due by {@code deadline}. */
  static Map<String, Object> notice(long version, LocalDate deadline) {
    Map<String, Object> body = transition("ISSUE_PROVISIONAL_NOTICE", version);
    body.put("representationsDeadline", deadline.toString());
    body.put("noticeText", "We provisionally find that the platform failed its duties.");
    return body;
  }

  static ValidatableResponse step(String username, String id, Object body) {
    return as(username).contentType(ContentType.JSON).body(body).post(CASE + "/steps", id).then();
  }

  static void stepped(String id, Map<String, Object> body) {
    step(OFFICER, id, body).statusCode(200);
  }

  static void investigated(String id) {
    stepped(id, transition("START_INVESTIGATION", version(id)));
  }

  /** Takes an OPEN case to PROVISIONAL_NOTICE with representations due by {@code deadline}. */
  static void noticed(String id, LocalDate deadline) {
    investigated(id);
    stepped(id, notice(version(id), deadline));
  }

  /**
   * Takes an OPEN case to CONFIRMATION_DECISION with these requirements: a notice due tomorrow, and
   * the confirmation the day after, by the test clock, which is then reset.
   */
  static void confirmed(String id, TestClock clock, List<Map<String, Object>> requirements) {
    LocalDate deadline = today().plusDays(1);
    noticed(id, deadline);
    try {
      clock.set(deadline.plusDays(1).atTime(12, 0).atZone(LONDON).toInstant());
      Map<String, Object> confirm = transition("CONFIRM", version(id));
      confirm.put("requirements", requirements);
      stepped(id, confirm);
    } finally {
      clock.reset();
    }
  }

  static Map<String, Object> requirement(String text, LocalDate due) {
    return Map.of("text", text, "dueDate", due.toString());
  }

  /** A refusal: its status, problem+json and type. */
  static JsonPath refused(ValidatableResponse response, int status, String code) {
    JsonPath problem = response.statusCode(status).contentType(PROBLEM).extract().jsonPath();
    assertThat(problem.getString("type")).isEqualTo("urn:carefile:problem:" + code);
    return problem;
  }

  static long auditEvents(AgroalDataSource owner, String caseId) throws SQLException {
    return count(owner, "select count(*) from audit_event where entity_id = ?", caseId);
  }

  /** Rows of the table that belong to the case. */
  static long rows(AgroalDataSource owner, String table, String caseId) throws SQLException {
    return count(owner, "select count(*) from " + table + " where case_id = ?::uuid", caseId);
  }

  /** Cases of the platform, whatever their stage. */
  static long casesOf(AgroalDataSource owner, TestPlatform platform) throws SQLException {
    return count(
        owner,
        "select count(*) from enforcement_case where platform_id = ?::uuid",
        platform.platformId());
  }

  static long count(AgroalDataSource owner, String sql, String parameter) throws SQLException {
    try (Connection connection = owner.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
