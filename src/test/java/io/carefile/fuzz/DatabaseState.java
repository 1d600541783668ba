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
import java.util.stream.Stream;

/**
 * What a refused request must leave as it was, read as the database owner beneath row-level
 * security: the row count of every platform-owned table (and of the regulator's own tables) and the
 * newest transaction that wrote one of its rows (so an update that a refusal forgot to roll back
 * shows too, not only an insert).
 */
final class DatabaseState {

  /**
   * The platform-owned tables (docs/architecture.md, "Tenant scope"), with their platform column.
   */
  static final List<String> PLATFORM_OWNED =
      List.of(
          "platform",
          "obligation",
          "filing",
          "filing_version",
          "submission_idempotency",
          "filing_score",
          "score_override",
          "review_query",
          "review_query_message",
          "review",
          "review_decision",
          "review_event",
          "enforcement_case",
          "enforcement_case_ground",
          "enforcement_case_event",
          "enforcement_requirement",
          "enforcement_representation",
          "enforcement_representation_document",
          "enforcement_document_content",
          "enforcement_publication",
          "audit_event");

  /** The regulator's own tables, which no platform owns, that a refusal must leave as well. */
  static final List<String> REGULATOR_OWNED = List.of("benchmark_snapshot");

  private final AgroalDataSource owner;
  private final String query;

  DatabaseState(AgroalDataSource owner) {
    this.owner = owner;
    // Every insert or update writes a row version stamped with its transaction (xmin), later than
    // every earlier one; a rolled-back change leaves no visible version. So the row count and the
    // latest xmin of a table change exactly when something was written to it and committed.
    List<String> columns = new ArrayList<>();
    Stream.concat(PLATFORM_OWNED.stream(), REGULATOR_OWNED.stream())
        .forEach(
            table -> {
              columns.add("(select count(*) from " + table + ")::text as \"" + table + " rows\"");
              columns.add(
                  "(select coalesce(max(xmin::text::bigint), 0) from "
                      + table
                      + ")::text as \""
                      + table
                      + " last written\"");
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
