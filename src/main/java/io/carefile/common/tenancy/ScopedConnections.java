package io.carefile.common.tenancy;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The second line of tenant scoping: tells the database session whose rows it may see, each time a
 * connection leaves the pool. In a JTA transaction Agroal calls this once, when the transaction
 * first takes its connection; outside one (reads without a transaction) once per checkout. One
 * statement, one round trip, sets both settings the row-level security policies read (see
 * V007__row_level_security.sql); every checkout overwrites them, so nothing leaks from a
 * connection's earlier user. Session settings (not transaction-local ones) because a connection
 * taken outside a transaction is in auto-commit mode, where a local setting would end with this
 * very statement.
 */
@ApplicationScoped
class ScopedConnections implements AgroalPoolInterceptor {

  private static final String SET_SCOPE =
      "select set_config('carefile.platform', ?, false), set_config('carefile.scope', ?, false)";

  private final TenantScope tenantScope;

  ScopedConnections(TenantScope tenantScope) {
    this.tenantScope = tenantScope;
  }

  @Override
  public void onConnectionAcquire(Connection connection) {
    Scope scope = tenantScope.current();
    try (PreparedStatement statement = connection.prepareStatement(SET_SCOPE)) {
      statement.setString(1, scope.platform() == null ? "" : scope.platform().toString());
      statement.setString(2, scope.all() ? "all" : "");
      statement.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not set the tenant scope of a connection", e);
    }
  }
}
