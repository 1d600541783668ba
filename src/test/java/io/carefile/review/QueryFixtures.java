package io.carefile.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the query tests share: the API calls of a thread, and the database behind them, read on the
 * test-only owner datasource beneath row-level security.
 */
final class QueryFixtures {

  static final String ANALYST = "regulator-analyst";
  static final String PROBLEM = "application/problem+json";
  static final String QUERIES_OF_FILING = "/api/v1/filings/{filing}/queries";
  static final String INBOX = "/api/v1/queries";
  static final String QUERY = "/api/v1/queries/{query}";
  static final String REPLIES = "/api/v1/queries/{query}/replies";
  static final String CLOSURE = "/api/v1/queries/{query}/closure";

  private static final ZoneId REGULATOR_ZONE = ZoneId.of("Europe/London");

  private final AgroalDataSource owner;

  QueryFixtures(AgroalDataSource owner) {
    this.owner = owner;
  }

  /** Today in the regulator's calendar. */
  static LocalDate today() {
    return LocalDate.now(REGULATOR_ZONE);
  }

  static RequestSpecification as(String username) {
    return SubmittedReturns.as(username);
  }

  static RequestSpecification asClient(String clientId) {
    return given().header("Authorization", Tokens.bearer(Tokens.serviceAccount(clientId)));
  }

  /** A query about the return's items removed, due in a fortnight. */
  static Map<String, Object> raising(String subject) {
    return raising(subject, "Please explain the figure.", List.of(), today().plusDays(14));
  }

  static Map<String, Object> raising(
      String subject, String message, List<String> fields, LocalDate dueDate) {
    Map<String, Object> body = new HashMap<>();
    body.put("subject", subject);
    body.put("message", message);
    body.put("fields", fields);
    body.put("dueDate", dueDate.toString());
    return body;
  }

  static ValidatableResponse raise(String username, String filing, Object body) {
    return as(username)
        .contentType(ContentType.JSON)
        .body(body)
        .post(QUERIES_OF_FILING, filing)
        .then();
  }

  /** An analyst raises the query; answers it as read back. */
  static JsonPath raised(String filing, String subject) {
    return raise(ANALYST, filing, raising(subject)).statusCode(201).extract().jsonPath();
  }

  static ValidatableResponse reply(
      RequestSpecification caller, String query, String message, long expectedVersion) {
    return caller
        .contentType(ContentType.JSON)
        .body(Map.of("message", message, "expectedVersion", expectedVersion))
        .post(REPLIES, query)
        .then();
  }

  static ValidatableResponse reply(
      String username, String query, String message, long expectedVersion) {
    return reply(as(username), query, message, expectedVersion);
  }

  /** Replies to the query as it stands now; answers it as the reply left it. */
  static JsonPath replied(String username, String query, String message) {
    return reply(username, query, message, query(ANALYST, query).getLong("version"))
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static ValidatableResponse close(String username, String query, long expectedVersion) {
    return close(as(username), query, expectedVersion);
  }

  static ValidatableResponse close(
      RequestSpecification caller, String query, long expectedVersion) {
    return caller
        .contentType(ContentType.JSON)
        .body(Map.of("expectedVersion", expectedVersion))
        .post(CLOSURE, query)
        .then();
  }

  static JsonPath query(String username, String query) {
    return as(username).get(QUERY, query).then().statusCode(200).extract().jsonPath();
  }

  /** The return's status, as a regulator reads it. */
  static String statusOf(String filing) {
    return as(ANALYST)
        .get("/api/v1/filings/{id}", filing)
        .then()
        .statusCode(200)
        .extract()
        .path("status");
  }

  static JsonPath refused(ValidatableResponse response, int status, String type) {
    return response
        .statusCode(status)
        .contentType(PROBLEM)
        .body("type", equalTo("urn:carefile:problem:" + type))
        .body("status", equalTo(status))
        .extract()
        .jsonPath();
  }

  // ---- the database ------------------------------------------------------------------------

  /** Takes the submitted return into review: the analyst assigns it to themself. */
  static void underReview(String filingId) {
    ReviewFixtures.assignToAnalyst(filingId);
  }

  /**
   * Everything a query step may change about a return: the return's status and version, its queries
   * and their messages row by row, and the platform's audit events.
   */
  String stateOf(UUID platformId, String filingId) {
    return text(
        "select concat_ws(' | ',"
            + " (select status || ' v' || version from filing where id = ?::uuid),"
            + " (select string_agg(q::text, '; ' order by q.id) from review_query q"
            + "   where q.filing_id = ?::uuid),"
            + " (select string_agg(m::text, '; ' order by m.query_id, m.number)"
            + "   from review_query_message m join review_query q on q.id = m.query_id"
            + "   where q.filing_id = ?::uuid),"
            + " (select count(*)::text from audit_event where platform_id = ?::uuid))",
        filingId,
        filingId,
        filingId,
        platformId.toString());
  }

  /** The query's audit events, in the order they happened. */
  List<String> auditActions(String queryId) {
    List<String> actions = new ArrayList<>();
    try (Connection connection = owner.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select action from audit_event where entity_type = 'ReviewQuery'"
                    + " and entity_id = ? order by occurred_at, id")) {
      statement.setString(1, queryId);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          actions.add(rows.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return actions;
  }

  /** Runs SQL as the owner, e.g. an update the application itself could never make. */
  int update(String sql, String... parameters) {
    try (Connection connection = owner.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String text(String sql, String... parameters) {
    try (Connection connection = owner.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
