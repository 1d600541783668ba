package io.carefile.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The statements PostgreSQL ran during a run, by role, from {@code pg_stat_statements} (loaded by
 * the benchmark profile): how many round trips a submission costs, and which statements they are.
 * Transaction control (BEGIN, COMMIT) is counted too, since each is a round trip as well.
 */
final class StatementCounter {

  /** One normalised statement of one role, with its calls and time during the run. */
  record Counted(String role, String query, long calls, double totalMillis) {

    boolean transactionControl() {
      String verb = query.strip().toLowerCase(Locale.ROOT);
      return verb.equals("begin") || verb.equals("commit") || verb.equals("rollback");
    }
  }

  /** Everything that ran during a run, by role; most frequent first. */
  record Counts(List<Counted> statements) {

    long calls(Collection<String> roles) {
      return of(roles).stream().mapToLong(Counted::calls).sum();
    }

    long transactionControlCalls(Collection<String> roles) {
      return of(roles).stream().filter(Counted::transactionControl).mapToLong(Counted::calls).sum();
    }

    double millis(Collection<String> roles) {
      return of(roles).stream().mapToDouble(Counted::totalMillis).sum();
    }

    List<Counted> of(Collection<String> roles) {
      return statements.stream()
          .filter(s -> roles.contains(s.role()))
          .sorted(Comparator.comparingLong(Counted::calls).reversed())
          .toList();
    }
  }

  private final DataSource owner;
  private final boolean available;

  /** {@code owner} is a superuser connection: it creates the extension and sees every role. */
  StatementCounter(DataSource owner) {
    this.owner = owner;
    this.available = createExtension();
  }

  boolean available() {
    return available;
  }

  /** Forgets every count, so that the next read covers only what ran since. */
  void reset() {
    if (available) {
      run("select pg_stat_statements_reset()");
    }
  }

  /** What ran in this database since the last reset, by role. */
  Counts read() {
    if (!available) {
      return new Counts(List.of());
    }
    List<Counted> counted = new ArrayList<>();
    try (Connection connection = owner.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select s.userid::regrole::text, s.query, s.calls, s.total_exec_time"
                    + " from pg_stat_statements s"
                    + " where s.dbid = (select oid from pg_database where datname ="
                    + " current_database()) and s.query not like '%pg_stat_statements%'");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        counted.add(
            new Counted(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getDouble(4)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read pg_stat_statements", e);
    }
    return new Counts(counted);
  }

  private boolean createExtension() {
    try (Connection connection = owner.getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet loaded = statement.executeQuery("show shared_preload_libraries")) {
        loaded.next();
        if (!loaded.getString(1).contains("pg_stat_statements")) {
          return false;
        }
      }
      statement.execute("create extension if not exists pg_stat_statements");
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create pg_stat_statements", e);
    }
  }

  private void run(String sql) {
    try (Connection connection = owner.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run " + sql, e);
    }
  }
}
