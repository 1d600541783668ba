package io.carefile.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.carefile.common.tenancy.SystemWork;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestClock;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.carefile.template.ReturnSamples;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database's own line under the ledger (V019): the application's role sees a platform's
 * late-filing decisions and late original submissions only in that platform's scope, every
 * platform's only in the regulator's, none in no scope; it cannot write a decision for another
 * platform, and never changes or removes one. Plain SQL on a session of the application's role,
 * with the settings ScopedConnections would set.
 */
@QuarkusTest
class PenaltyPointsRowLevelSecurityTest {

  private static final List<String> RELATIONS =
      List.of("late_filing_decision", "late_original_submission");

  private static TestPlatform first;
  private static TestPlatform second;

  @Inject TestClock clock;
  @Inject LateFilingPoints points;

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String jdbcUrl;

  @ConfigProperty(name = "quarkus.datasource.username")
  String applicationRole;

  @ConfigProperty(name = "quarkus.datasource.password")
  String applicationPassword;

  /** Two platforms, each with a late return the job has decided. */
  @BeforeEach
  void bothPlatformsHaveADecision() {
    if (first != null) {
      return;
    }
    first = TestPlatforms.newPlatform();
    second = TestPlatforms.newPlatform();
    try {
      clock.set(
          LocalDate.of(2026, 7, 1).atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant());
      for (TestPlatform platform : List.of(first, second)) {
        SubmittedReturns.csamQ(platform, LocalDate.of(2025, 1, 1), ReturnSamples.csamQuarter());
      }
    } finally {
      clock.reset();
    }
    SystemWork.run(points::decideLateReturns);
  }

  @Test
  void aPlatformsSessionSeesOnlyItsOwnAndNoScopeSeesNothing() throws SQLException {
    try (Connection session = session(first.platformId(), "")) {
      for (String relation : RELATIONS) {
        assertThat(platformsIn(session, relation)).as(relation).containsExactly(first.platformId());
      }
    }
    try (Connection session = session("", "all")) {
      for (String relation : RELATIONS) {
        assertThat(platformsIn(session, relation))
            .as(relation)
            .contains(first.platformId(), second.platformId());
      }
    }
    try (Connection session = session("", "")) {
      for (String relation : RELATIONS) {
        assertThat(platformsIn(session, relation)).as(relation).isEmpty();
      }
    }
  }

  @Test
  void aPlatformsSessionCannotWriteADecisionForAnother() throws SQLException {
    try (Connection session = session(first.platformId(), "");
        PreparedStatement insert =
            session.prepareStatement(
                "insert into late_filing_decision (id, platform_id, filing_id, filing_version_id,"
                    + " accession_number, template_code, period_type, submitted_at, submitted_on,"
                    + " point_awarded, points_before, points_after, threshold, fixed_penalty_due,"
                    + " explanation, decided_at)"
                    + " select gen_random_uuid(), ?::uuid, gen_random_uuid(), gen_random_uuid(),"
                    + " 'forged', 'CSAM-Q', 'QUARTERLY', now(), current_date, false, 0, 0, 4,"
                    + " false, 'forged', now()")) {
      insert.setString(1, second.platformId());
      assertThatThrownBy(insert::executeUpdate).hasMessageContaining("row-level security");
    }
  }

  @Test
  void theApplicationMayNeitherChangeNorRemoveADecision() throws SQLException {
    try (Connection session = session("", "all")) {
      for (String sql :
          List.of(
              "update late_filing_decision set explanation = 'forged'",
              "delete from late_filing_decision",
              "truncate late_filing_decision")) {
        try (PreparedStatement statement = session.prepareStatement(sql)) {
          assertThatThrownBy(statement::executeUpdate)
              .as(sql)
              .hasMessageContaining("permission denied");
        }
      }
    }
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

  private static Set<String> platformsIn(Connection session, String relation) throws SQLException {
    Set<String> platforms = new TreeSet<>();
    try (PreparedStatement select =
            session.prepareStatement("select distinct platform_id::text from " + relation);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        platforms.add(rows.getString(1));
      }
    }
    return platforms;
  }
}
