package io.carefile.common.jobs;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The application's datasource for a second scheduler in the test JVM, until {@link #kill()}: from
 * then on that scheduler reaches the database no more, so, seen from the database, its instance is
 * dead: no heartbeat, no completion, no failure recorded.
 */
final class KillableDataSource implements DataSource {

  private final DataSource delegate;
  private volatile boolean killed;

  KillableDataSource(DataSource delegate) {
    this.delegate = delegate;
  }

  void kill() {
    killed = true;
  }

  @Override
  public Connection getConnection() throws SQLException {
    refuseWhenKilled();
    return delegate.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    refuseWhenKilled();
    return delegate.getConnection(username, password);
  }

  private void refuseWhenKilled() throws SQLException {
    if (killed) {
      throw new SQLException("This test instance was killed", "08006");
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return delegate.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return delegate.isWrapperFor(type);
  }
}
