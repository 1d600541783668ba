package io.carefile.common.tenancy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The where-clause of a list query, built from optional filters: a condition joins only when its
 * value is given, and its value is always bound as a parameter, never spliced into the query.
 * Scoped repositories add the caller's platform to whatever this holds.
 *
 * <pre>{@code
 * Conditions where = Conditions.where()
 *     .and("status = :status", "status", filter.wantedStatus())
 *     .and("periodEnd >= :from", "from", filter.from());
 * }</pre>
 */
public final class Conditions {

  private final List<String> clauses = new ArrayList<>();
  private final Map<String, Object> parameters = new HashMap<>();

  private Conditions() {}

  public static Conditions where() {
    return new Conditions();
  }

  /** Adds {@code clause}, which names the parameter {@code :name}, when {@code value} is given. */
  public Conditions and(String clause, String name, Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(present -> and(clause, name, present)).orElse(this);
    }
    if (value != null) {
      clauses.add(clause);
      parameters.put(name, value);
    }
    return this;
  }

  /**
   * A query parameter as a filter value: absent, and empty as a plain HTML form sends for "any",
   * filter nothing.
   */
  public static Optional<String> given(String parameter) {
    return Optional.ofNullable(parameter).map(String::strip).filter(text -> !text.isEmpty());
  }

  /** The conditions joined with {@code and}; empty when no filter was given. */
  public String query() {
    return String.join(" and ", clauses);
  }

  public Map<String, Object> parameters() {
    return Map.copyOf(parameters);
  }
}
