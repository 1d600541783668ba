package io.carefile.review;

import static io.carefile.review.QueryFixtures.raised;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.carefile.support.SubmittedReturns;
import io.carefile.support.TestPlatforms;
import io.carefile.support.TestPlatforms.TestPlatform;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database's own line under the repositories (V011): the application's role sees and writes a
 * platform's queries and messages only in that platform's scope, every platform's only in the
 * regulator's, none in no scope; it may never change or remove a message. Plain SQL on a session of
 * the application's role, with the session settings ScopedConnections would set.
 */
@QuarkusTest
class QueryRowLevelSecurityTest {

  private static final List<String> TABLES = List.of("review_query", "review_query_message");

  private static TestPlatform first;
  private static TestPlatform second;
  private static String secondsQuery;

  @Inject
  @DataSource("owner")
  AgroalDataSource owner;

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String jdbcUrl;

  @ConfigProperty(name = "quarkus.datasource.username")
  String applicationRole;

  @ConfigProperty(name = "quarkus.datasource.password")
  String applicationPassword;

  /** Two platforms, each with a queried return. */
  @BeforeEach
  void twoPlatformsAreQueried() {
    if (first != null) {
      return;
    }
    QueryFixtures database = new QueryFixtures(owner);
    first = TestPlatforms.newPlatform();
    second = TestPlatforms.newPlatform();
    for (TestPlatform platform : List.of(first, second)) {
      String filing = SubmittedReturns.csamQ(platform);
      QueryFixtures.underReview(filing);
      String query = raised(filing, "Scope").getString("id");
      if (platform == second) {
        secondsQuery = query;
      }
    }
  }

  @Test
  void aPlatformsSessionSeesOnlyItsOwnQueriesAndMessages() throws SQLException {
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
  void aPlatformsSessionCannotWriteInAnotherPlatformsThread() throws SQLException {
    try (Connection session = session(first.platformId(), "");
        PreparedStatement insert =
            session.prepareStatement(
                "insert into review_query_message (id, query_id, platform_id, number,"
                    + " author_username, side, body, sent_at)"
                    + " values (gen_random_uuid(), ?::uuid, ?::uuid, 99, 'x', 'PLATFORM', 'x',"
                    + " now())")) {
      insert.setString(1, secondsQuery);
      insert.setString(2, second.platformId());
      assertThatThrownBy(insert::executeUpdate).hasMessageContaining("row-level security");
    }
  }

  @Test
  void theApplicationMayNeitherChangeNorRemoveAMessageNorRemoveAQuery() throws SQLException {
    try (Connection session = session("", "all")) {
      for (String sql :
          List.of(
              "update review_query_message set body = 'forged'",
              "delete from review_query_message",
              "delete from review_query")) {
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
