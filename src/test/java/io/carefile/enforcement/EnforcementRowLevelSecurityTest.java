package io.carefile.enforcement;

import static io.carefile.enforcement.EnforcementFixtures.CASE;
import static io.carefile.enforcement.EnforcementFixtures.LONDON;
import static io.carefile.enforcement.EnforcementFixtures.OFFICER;
import static io.carefile.enforcement.EnforcementFixtures.noticed;
import static io.carefile.enforcement.EnforcementFixtures.opened;
import static io.carefile.enforcement.EnforcementFixtures.requirement;
import static io.carefile.enforcement.EnforcementFixtures.stepped;
import static io.carefile.enforcement.EnforcementFixtures.today;
import static io.carefile.enforcement.EnforcementFixtures.transition;
import static io.carefile.enforcement.EnforcementFixtures.version;
import static io.carefile.support.SubmittedReturns.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.carefile.support.TestClock;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database's own line under the repositories (V015): the application's role sees and writes a
 * platform's enforcement rows only in that platform's scope, every platform's only in the
 * regulator's, none in no scope; it may never remove a case nor change or remove its history,
 * representations or documents, nor a penalty, nor change or remove its payments and history
 * (V016). Plain SQL on a session of the application's role, with the session settings
 * ScopedConnections would set.
 */
@QuarkusTest
class EnforcementRowLevelSecurityTest {

  private static final List<String> TABLES =
      List.of(
          "enforcement_case",
          "enforcement_case_ground",
          "enforcement_case_event",
          "enforcement_requirement",
          "enforcement_representation",
          "enforcement_representation_document",
          "enforcement_document_content",
          "penalty",
          "penalty_payment",
          "penalty_event");

  private static TestPlatform first;
  private static TestPlatform second;
  private static String secondsCase;

  @Inject TestClock clock;

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String jdbcUrl;

  @ConfigProperty(name = "quarkus.datasource.username")
  String applicationRole;

  @ConfigProperty(name = "quarkus.datasource.password")
  String applicationPassword;

  /** Two platforms, each with a confirmed case that has representations and a requirement. */
  @BeforeEach
  void bothPlatformsHaveACase() {
    if (first != null) {
      return;
    }
    first = TestPlatforms.newPlatform();
    second = TestPlatforms.newPlatform();
    for (TestPlatform platform : List.of(first, second)) {
      String id = opened(platform);
      LocalDate deadline = today().plusDays(1);
      noticed(id, deadline);
      as(platform.officer())
          .multiPart("text", "Representations")
          .multiPart("documents", "a.pdf", DocumentSamples.pdf(), "application/pdf")
          .post(CASE + "/representations", id)
          .then()
          .statusCode(201);
      try {
        clock.set(deadline.plusDays(1).atTime(10, 0).atZone(LONDON).toInstant());
        Map<String, Object> confirm = transition("CONFIRM", version(id));
        confirm.put("requirements", List.of(requirement("Fix it", deadline.plusDays(9))));
        confirm.put("penalty", Map.of("dailyRate", dailyPenalty()));
        stepped(id, confirm);
        String penalty = as(OFFICER).get(CASE, id).then().extract().path("penaltyId");
        as(OFFICER)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "reference",
                    "RLS-1",
                    "amount",
                    Map.of("amount", new BigDecimal("10"), "currency", "GBP"),
                    "receivedOn",
                    deadline.toString()))
            .post("/api/v1/penalties/{id}/payments", penalty)
            .then()
            .statusCode(201);
      } finally {
        clock.reset();
      }
      if (platform == second) {
        secondsCase = id;
      }
    }
  }

  @Test
  void aPlatformsSessionSeesOnlyItsOwnEnforcementRows() throws SQLException {
    try (Connection session = session(first.platformId(), "")) {
      for (String table : TABLES) {
        assertThat(platformsIn(session, table)).as(table).containsExactly(first.platformId());
      }
    }
  }

  @Test
  void theRegulatorsSessionSeesEveryPlatformsAndNoScopeSeesNothing() throws SQLException {
    try (Connection session = session("", "all")) {
      for (String table : TABLES) {
        assertThat(platformsIn(session, table))
            .as(table)
            .contains(first.platformId(), second.platformId());
      }
    }
    try (Connection session = session("", "")) {
      for (String table : TABLES) {
        assertThat(platformsIn(session, table)).as(table).isEmpty();
      }
    }
  }

  @Test
  void aPlatformsSessionCannotWriteIntoAnotherPlatformsCase() throws SQLException {
    try (Connection session = session(first.platformId(), "");
        PreparedStatement insert =
            session.prepareStatement(
                "insert into enforcement_representation (id, case_id, platform_id, text,"
                    + " submitted_by, submitted_at)"
                    + " values (gen_random_uuid(), ?::uuid, ?::uuid, 'forged', 'x', now())")) {
      insert.setString(1, secondsCase);
      insert.setString(2, second.platformId());
      assertThatThrownBy(insert::executeUpdate).hasMessageContaining("row-level security");
    }
    try (Connection session = session(first.platformId(), "");
        PreparedStatement update =
            session.prepareStatement(
                "update enforcement_case set opening_reason = 'forged' where id = ?::uuid")) {
      update.setString(1, secondsCase);
      assertThat(update.executeUpdate()).isZero();
    }
  }

  @Test
  void theApplicationMayNeitherRemoveNorRewriteWhatWasRecorded() throws SQLException {
    try (Connection session = session("", "all")) {
      for (String sql :
          List.of(
              "delete from enforcement_case",
              "delete from enforcement_requirement",
              "delete from enforcement_case_ground",
              "update enforcement_case_event set reason = 'forged'",
              "delete from enforcement_case_event",
              "update enforcement_representation set text = 'forged'",
              "update enforcement_representation_document set file_name = 'forged'",
              "update enforcement_document_content set content = 'forged'",
              "delete from penalty",
              "update penalty_payment set amount = 1",
              "delete from penalty_payment",
              "update penalty_event set reason = 'forged'",
              "delete from penalty_event")) {
        try (PreparedStatement statement = session.prepareStatement(sql)) {
          assertThatThrownBy(statement::executeUpdate)
              .as(sql)
              .hasMessageContaining("permission denied");
        }
      }
      // What it may update, grounds, it may only close with their case.
      try (PreparedStatement statement =
          session.prepareStatement(
              "update enforcement_case_ground set finding = 'forged' where case_id = ?::uuid")) {
        statement.setString(1, secondsCase);
        assertThatThrownBy(statement::executeUpdate)
            .hasMessageContaining("only closes with its case");
      }
    }
  }

  private static Map<String, Object> dailyPenalty() {
    return Map.of(
        "dailyAmount", Map.of("amount", new BigDecimal("100"), "currency", "GBP"),
        "days", 2,
        "worldwideRevenue", Map.of("amount", new BigDecimal("1000000"), "currency", "GBP"),
        "worldwideRevenueMonths", 12,
        "imposedForSameBreach", Map.of("amount", BigDecimal.ZERO, "currency", "GBP"));
  }

  /** A session of the application's role, scoped as ScopedConnections scopes one. */
  private Connection session(String platform, String scope) throws SQLException {
    Connection connection =
        DriverManager.getConnection(jdbcUrl, applicationRole, applicationPassword);
    try (PreparedStatement settings =
        connection.prepareStatement(
            "select set_config('carefile.platform', ?, false),"
                + " set_config('carefile.scope', ?, false)")) {
      settings.setString(1, platform);
      settings.setString(2, scope);
      settings.execute();
    }
    return connection;
  }

  private static Set<String> platformsIn(Connection session, String table) throws SQLException {
    Set<String> platforms = new TreeSet<>();
    try (PreparedStatement select =
            session.prepareStatement("select distinct platform_id::text from " + table);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        platforms.add(rows.getString(1));
      }
    }
    return platforms;
  }
}
