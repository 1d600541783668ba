package io.carefile.review;

import static io.carefile.support.SubmittedReturns.as;

import io.agroal.api.AgroalDataSource;
import io.carefile.common.security.Roles;
import io.carefile.support.KeycloakAdmin;
import io.carefile.support.KeycloakServer;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.support.Tokens;
import io.carefile.template.ReturnSamples;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Returns in review, made and moved through the public API as platforms and analysts would; the
 * owner datasource only counts what the API does not show (audit events) and, where no API takes a
 * return there yet, puts it in QUERIED.
 */
final class ReviewFixtures {

  static final String ANALYST = "regulator-analyst";

  private ReviewFixtures() {}

  /** A CSAM-Q return that scores RED (removal, speed, user reports and URL blocking at 0). */
  static Map<String, Object> redValues() {
    return ReturnSamples.with(
        ReturnSamples.csamQuarter(),
        "items_removed",
        800,
        "median_hours_to_removal",
        new BigDecimal("80"),
        "p90_hours_to_removal",
        new BigDecimal("100"),
        "user_reports_actioned_24h",
        200,
        "url_blocking_enabled",
        false);
  }

  /** A CSAM-Q return that scores AMBER (68.75). */
  static Map<String, Object> amberValues() {
    return ReturnSamples.with(
        ReturnSamples.csamQuarter(),
        "items_removed",
        920,
        "median_hours_to_removal",
        new BigDecimal("10"),
        "url_blocking_enabled",
        false);
  }

  /**
   * Starts and submits the platform's CSAM-Q return for the period with these values, explaining
   * each warning they raise; answers the filing's id.
   */
  static String submitted(TestPlatform platform, LocalDate periodStart, Map<String, ?> values) {
    return submitted(platform, platform.obligation("CSAM-Q", periodStart), values);
  }

  /** Starts and submits the return for the obligation, explaining each warning. */
  static String submitted(TestPlatform platform, String obligation, Map<String, ?> values) {
    String filing =
        as(platform.officer())
            .contentType(ContentType.JSON)
            .body(Map.of("obligationId", obligation, "values", values))
            .post("/api/v1/filings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    submit(platform, filing, null);
    return filing;
  }

  /** Opens an amendment of the filing and submits it with these values changed. */
  static void amend(TestPlatform platform, String filing, Map<String, ?> changed) {
    as(platform.officer())
        .contentType(ContentType.JSON)
        .post("/api/v1/filings/" + filing + "/amendment")
        .then()
        .statusCode(200);
    submit(platform, filing, changed);
  }

  private static void submit(TestPlatform platform, String filing, Map<String, ?> changed) {
    JsonPath draft =
        as(platform.officer()).get("/api/v1/filings/" + filing).then().extract().jsonPath();
    Map<String, Object> values = new HashMap<>(draft.getMap("draft.values"));
    if (changed != null) {
      values.putAll(changed);
    }
    Map<String, Object> body = new HashMap<>();
    body.put("attestation", Map.of("statementAccepted", true));
    body.put("values", values);
    List<String> warnings =
        as(platform.officer())
            .contentType(ContentType.JSON)
            .body(Map.of("values", values, "expectedVersion", draft.getLong("version")))
            .patch("/api/v1/filings/" + filing + "/draft")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("draft.findings.findAll { it.severity == 'WARNING' }.key");
    Map<String, String> explanations = new LinkedHashMap<>();
    warnings.forEach(key -> explanations.put(key, "Explained for " + key + " by the filer."));
    body.put("explanations", explanations);
    as(platform.attestor())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/filings/" + filing + "/submissions")
        .then()
        .statusCode(201);
  }

  /** The return in the queue, as the analyst reads it. */
  static JsonPath review(String filing) {
    return as(ANALYST).get("/api/v1/reviews/" + filing).then().statusCode(200).extract().jsonPath();
  }

  /** The return's review history, as the analyst reads it. */
  static JsonPath history(String filing) {
    return as(ANALYST)
        .get("/api/v1/reviews/" + filing + "/history")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static long version(String filing) {
    return review(filing).getLong("version");
  }

  static ValidatableResponse assign(String as, String filing, String assignee, long version) {
    return as(as)
        .contentType(ContentType.JSON)
        .body(Map.of("assignee", assignee, "expectedVersion", version))
        .put("/api/v1/reviews/" + filing + "/assignee")
        .then();
  }

  /** Assigns the return to the demo analyst, from whatever it is in. */
  static void assignToAnalyst(String filing) {
    assign(ANALYST, filing, ANALYST, version(filing)).statusCode(200);
  }

  static ValidatableResponse release(String as, String filing, long version) {
    return as(as)
        .queryParam("expectedVersion", version)
        .delete("/api/v1/reviews/" + filing + "/assignee")
        .then();
  }

  static ValidatableResponse decide(String as, String filing, Map<String, ?> decision) {
    return as(as)
        .contentType(ContentType.JSON)
        .body(decision)
        .post("/api/v1/reviews/" + filing + "/decision")
        .then();
  }

  static Map<String, Object> accept(long version) {
    return Map.of("outcome", "ACCEPT", "expectedVersion", version);
  }

  static Map<String, Object> reject(long version) {
    return Map.of(
        "outcome",
        "REJECT",
        "reasonCodes",
        List.of("INCOMPLETE"),
        "text",
        "The return leaves out the figures for trusted flaggers.",
        "expectedVersion",
        version);
  }

  /** Takes the return from SUBMITTED through assignment to an accepted decision. */
  static void acceptThroughReview(String filing) {
    assignToAnalyst(filing);
    decide(ANALYST, filing, accept(version(filing))).statusCode(201);
  }

  /** Puts a return under review into QUERIED: an analyst raises a query about it. */
  static void queried(String filing) {
    QueryFixtures.raised(filing, "Why did removals fall?");
  }

  /** How many audit events name the filing. */
  static long auditEvents(AgroalDataSource owner, String filing) throws SQLException {
    return count(owner, "select count(*) from audit_event where entity_id = ?", filing);
  }

  static long rows(AgroalDataSource owner, String table, String filing) throws SQLException {
    return count(owner, "select count(*) from " + table + " where filing_id = ?::uuid", filing);
  }

  private static long count(AgroalDataSource owner, String sql, String filing) throws SQLException {
    try (Connection connection = owner.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, filing);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /**
   * A regulator staff member in the test Keycloak with the demo password, holding the role, or
   * none: answers the username.
   */
  static String regulatorUser(String role) {
    String username = "staff-" + UUID.randomUUID().toString().substring(0, 8);
    try (Keycloak admin = KeycloakAdmin.connect()) {
      RealmResource realm = admin.realm(KeycloakServer.REALM);
      UserRepresentation user = new UserRepresentation();
      user.setUsername(username);
      user.setEmail(username + "@regulator.example");
      user.setFirstName("Sam");
      user.setLastName("Staff");
      user.setEnabled(true);
      user.setEmailVerified(true);
      CredentialRepresentation password = new CredentialRepresentation();
      password.setType(CredentialRepresentation.PASSWORD);
      password.setValue(Tokens.PASSWORD);
      password.setTemporary(false);
      user.setCredentials(List.of(password));
      String id;
      try (Response created = realm.users().create(user)) {
        id = CreatedResponseUtil.getCreatedId(created);
      }
      if (role != null) {
        realm
            .users()
            .get(id)
            .roles()
            .realmLevel()
            .add(List.of(realm.roles().get(role).toRepresentation()));
      }
    }
    return username;
  }

  /** Another regulator analyst. */
  static String anotherAnalyst() {
    return regulatorUser(Roles.REGULATOR_ANALYST);
  }
}
