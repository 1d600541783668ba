package io.carefile.benchmark;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Switches {@code synchronous_commit} on for the roles the runs connect as, and back. The server's
 * own setting is the test profile's ({@code off}, unless the benchmark is run durable); a role's
 * setting outranks it in every session opened after, so the application's pool is emptied (its
 * connections reopen with the new setting) and the baseline opens connections of its own.
 */
final class SynchronousCommit {

  private final DataSource owner;
  private final List<String> roles;
  private final AgroalDataSource applicationPool;

  SynchronousCommit(DataSource owner, List<String> roles, AgroalDataSource applicationPool) {
    this.owner = owner;
    this.roles = List.copyOf(roles);
    this.applicationPool = applicationPool;
  }

  /** Every session opened from now on commits synchronously. */
  void on() {
    alterRoles("set synchronous_commit = on");
  }

  /** Sessions opened from now on take the server's setting again. */
  void reset() {
    alterRoles("reset synchronous_commit");
  }

  private void alterRoles(String change) {
    try (Connection connection = owner.getConnection();
        Statement statement = connection.createStatement()) {
      for (String role : roles) {
        statement.execute("alter role \"" + role + "\" " + change);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not " + change, e);
    }
    // Idle connections close now, busy ones when they are returned.
    applicationPool.flush(AgroalDataSource.FlushMode.GRACEFUL);
  }

  /** What a new session of {@code role} gets, asked of a session opened as it. */
  static String sessionSetting(String jdbcUrl, String role, String password) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, role, password);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("show synchronous_commit")) {
      rows.next();
      return rows.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read synchronous_commit as " + role, e);
    }
  }
}
