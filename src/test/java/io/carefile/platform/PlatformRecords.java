package io.carefile.platform;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Reads the database behind the API, to prove what was and was not stored. */
final class PlatformRecords {

  private final AgroalDataSource dataSource;

  PlatformRecords(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  long platformsWithSlug(String slug) {
    return count("select count(*) from platform where slug = ?", slug);
  }

  long platformsNamed(String legalName) {
    return count("select count(*) from platform where legal_name = ?", legalName);
  }

  long auditEvents(String action, UUID platformId) {
    return count(
        "select count(*) from audit_event where action = ? and platform_id = ?::uuid",
        action,
        platformId.toString());
  }

  long auditEvents(String action) {
    return count("select count(*) from audit_event where action = ?", action);
  }

  String lastActor(UUID platformId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select actor from audit_event where platform_id = ?"
                    + " order by occurred_at desc limit 1")) {
      statement.setObject(1, platformId);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs DDL or DML that shapes the database for one test. */
  void execute(String sql) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.execute();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long count(String sql, String... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
