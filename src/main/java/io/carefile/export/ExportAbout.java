package io.carefile.export;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the first sheet of every export says: what was exported, when, by whom, and with which
 * filters (parameter name to value, listed by name; none means everything in scope).
 *
 * @param details what a one-record export holds (label to value, in the order given), listed before
 *     the filters; a one-record export with details and no filters lists no filters
 */
public record ExportAbout(
    String title,
    Instant exportedAt,
    String exportedBy,
    Map<String, String> filters,
    Map<String, String> details) {

  public ExportAbout {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(exportedAt, "exportedAt");
    Objects.requireNonNull(exportedBy, "exportedBy");
    filters = Collections.unmodifiableMap(new TreeMap<>(filters));
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /** A register's export: its filters, and no details. */
  public ExportAbout(
      String title, Instant exportedAt, String exportedBy, Map<String, String> filters) {
    this(title, exportedAt, exportedBy, filters, Map.of());
  }
}
