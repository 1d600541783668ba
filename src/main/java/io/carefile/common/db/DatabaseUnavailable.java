package io.carefile.common.db;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * The one place that tells "the database cannot be reached" from every other failure, by the kind
 * of exception and its SQLState, never by message text: the API answers it with 503, background
 * jobs wait for the database to come back.
 */
public final class DatabaseUnavailable {

  /** Class 08: connection exception (refused, broken, or never established). */
  private static final String CONNECTION_EXCEPTION_CLASS = "08";

  /**
   * The server is going or coming: admin_shutdown (a fast stop cut the session), crash_shutdown,
   * cannot_connect_now (starting up or shutting down).
   */
  private static final Set<String> SERVER_GOING = Set.of("57P01", "57P02", "57P03");

  /** Agroal's own refusal when no connection could be had in time carries no SQLState. */
  private static final String POOL_PACKAGE = "io.agroal.pool.";

  private DatabaseUnavailable() {}

  /** True when {@code failure}, or one of its causes, says the database cannot be reached. */
  public static boolean isCause(Throwable failure) {
    return recognised(failure).isPresent();
  }

  /** The cause that says so, for a one-line log: "08001 Connection to localhost:5432 refused." */
  public static String reason(Throwable failure) {
    return recognised(failure)
        .map(
            cause ->
                cause instanceof SQLException sql && sql.getSQLState() != null
                    ? sql.getSQLState() + " " + sql.getMessage()
                    : cause.getMessage())
        .orElse(String.valueOf(failure));
  }

  private static Optional<Throwable> recognised(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
      if (cause instanceof SQLException sql && isUnreachable(sql)) {
        return Optional.of(sql);
      }
      if (cause instanceof JDBCConnectionException connection) {
        return Optional.of(
            connection.getSQLException() != null ? connection.getSQLException() : connection);
      }
    }
    return Optional.empty();
  }

  private static boolean isUnreachable(SQLException e) {
    String state = e.getSQLState();
    if (state != null) {
      return state.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_GOING.contains(state);
    }
    StackTraceElement[] origin = e.getStackTrace();
    return e.getClass() == SQLException.class
        && origin.length > 0
        && origin[0].getClassName().startsWith(POOL_PACKAGE);
  }
}
