package io.carefile.common.tenancy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Test-only endpoint that does what no production code may: plain SQL on the application's own
 * connection, in the caller's transaction, naming no platform at all. What it can see and change is
 * what row-level security leaves to the caller. Every change is rolled back.
 */
@Path("/api/v1/test-support/row-level-security")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class RowLevelSecurityProbe {

  static final List<String> TABLES =
      List.of(
          "platform",
          "obligation",
          "filing",
          "filing_version",
          "submission_idempotency",
          "filing_score",
          "review",
          "review_decision",
          "review_event",
          "audit_event");

  private final AgroalDataSource dataSource;

  RowLevelSecurityProbe(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Per table, the platforms whose rows {@code select ... from <table>} returns. */
  @GET
  @Path("/visible")
  @RolesAllowed("**")
  @Transactional
  public Map<String, Set<String>> visible() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return visibleOn(connection);
    }
  }

  /**
   * Per table, how many rows {@code update <table> set <column> = <column>} changes: every row the
   * session may write. Rolled back.
   */
  @POST
  @Path("/update-everything")
  @RolesAllowed("**")
  @Transactional
  public Map<String, Integer> updateEverything() throws SQLException {
    Map<String, Integer> changed = new TreeMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      changed.put("platform", statement.executeUpdate("update platform set version = version"));
      changed.put("obligation", statement.executeUpdate("update obligation set version = version"));
      // The application may not update filing_version, submission_idempotency, review_decision,
      // review_event nor audit_event.
      changed.put("filing", statement.executeUpdate("update filing set version = version"));
      changed.put("review", statement.executeUpdate("update review set version = version"));
    } finally {
      QuarkusTransaction.setRollbackOnly();
    }
    return changed;
  }

  /** Tries to insert an obligation for the platform; answers "inserted" or the SQL state. */
  @POST
  @Path("/insert-obligation")
  @RolesAllowed("**")
  @Transactional
  public String insertObligation(@QueryParam("platform") UUID platform) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into obligation (id, platform_id, template_code, template_version,"
                    + " period_start, period_end, due_date, status, created_at, version)"
                    + " values (?, ?, 'CSAM-Q', 1, date '2999-01-01', date '2999-03-31',"
                    + " date '2999-04-30', 'OPEN', now(), 0)")) {
      insert.setObject(1, UUID.randomUUID());
      insert.setObject(2, platform);
      insert.executeUpdate();
      return "inserted";
    } catch (SQLException refused) {
      return refused.getSQLState() + " " + refused.getMessage();
    } finally {
      QuarkusTransaction.setRollbackOnly();
    }
  }

  static Map<String, Set<String>> visibleOn(Connection connection) throws SQLException {
    Map<String, Set<String>> seen = new TreeMap<>();
    try (Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        String column = table.equals("platform") ? "id" : "platform_id";
        Set<String> platforms = new TreeSet<>();
        try (ResultSet rows =
            statement.executeQuery(
                "select distinct coalesce(cast(" + column + " as text), 'none') from " + table)) {
          while (rows.next()) {
            platforms.add(rows.getString(1));
          }
        }
        seen.put(table, platforms);
      }
    }
    return seen;
  }
}
