package io.carefile.fuzz;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What a refused request must leave as it was, read as the database owner beneath row-level
 * security: the row count of every platform-owned table, and a digest of the rows of the fuzzed
 * platforms (so an update that a refusal forgot to roll back shows too).
 */
final class DatabaseState {

  /**
   * The platform-owned tables (docs/architecture.md, "Tenant scope"), with their platform column.
   */
  static final Map<String, String> PLATFORM_OWNED =
      Map.of(
          "platform", "id",
          "obligation", "platform_id",
          "filing", "platform_id",
          "filing_version", "platform_id",
          "submission_idempotency", "platform_id",
          "audit_event", "platform_id");

  private final AgroalDataSource owner;
  private final String query;

  DatabaseState(AgroalDataSource owner, List<UUID> platforms) {
    this.owner = owner;
    List<String> columns = new ArrayList<>();
    String ids = String.join(",", platforms.stream().map(id -> "'" + id + "'::uuid").toList());
    PLATFORM_OWNED.keySet().stream()
        .sorted()
        .forEach(
            table -> {
              String column = PLATFORM_OWNED.get(table);
              columns.add("(select count(*) from " + table + ")::text as \"" + table + " rows\"");
              columns.add(
                  "(select coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
                      + table
                      + " t where t."
                      + column
                      + " in ("
                      + ids
                      + ")) as \""
                      + table
                      + " rows of the fuzzed platforms\"");
            });
    this.query = "select " + String.join(", ", columns);
  }

  /** The state now: column label to value. */
  Map<String, String> snapshot() {
    try (Connection connection = owner.getConnection();
        PreparedStatement statement = connection.prepareStatement(query);
        ResultSet row = statement.executeQuery()) {
      row.next();
      Map<String, String> state = new LinkedHashMap<>();
      for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
        state.put(row.getMetaData().getColumnLabel(i), row.getString(i));
      }
      return state;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the database state", e);
    }
  }

  /** What differs between two snapshots, for a failure message. */
  static List<String> differences(Map<String, String> before, Map<String, String> after) {
    List<String> changed = new ArrayList<>();
    before.forEach(
        (label, value) -> {
          if (!Objects.equals(value, after.get(label))) {
            changed.add(label);
          }
        });
    return changed;
  }
}
