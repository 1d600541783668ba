package io.carefile.scoring;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the database behind the API as its owner, to prove what was and was not stored. */
final class OverrideRecords {

  private final AgroalDataSource owner;

  OverrideRecords(AgroalDataSource owner) {
    this.owner = owner;
  }

  long auditEvents(String action, String platformId) {
    return number(
        "select count(*) from audit_event where action = ? and platform_id = ?::uuid",
        action,
        platformId);
  }

  /**
   * What a refusal must leave as it was, for these platforms: their overrides (how many, and the
   * newest transaction that wrote one) and their audit events.
   */
  List<Long> state(String... platformIds) {
    List<Long> state = new ArrayList<>();
    for (String platform : platformIds) {
      state.add(
          number("select count(*) from score_override where platform_id = ?::uuid", platform));
      state.add(
          number(
              "select coalesce(max(xmin::text::bigint), 0) from score_override"
                  + " where platform_id = ?::uuid",
              platform));
      state.add(number("select count(*) from audit_event where platform_id = ?::uuid", platform));
    }
    return state;
  }

  /** Runs a statement as the owner; answers the rows it changed. */
  int execute(String sql, Object... parameters) throws SQLException {
    try (Connection connection = owner.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  long number(String sql, Object... parameters) {
    try (Connection connection = owner.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static UUID id(String id) {
    return UUID.fromString(id);
  }
}
