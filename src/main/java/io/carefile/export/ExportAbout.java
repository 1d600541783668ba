package io.carefile.export;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the first sheet of every export says: what was exported, when, by whom, and with which
 * filters (parameter name to value, listed by name; none means everything in scope).
 */
public record ExportAbout(
    String title, Instant exportedAt, String exportedBy, Map<String, String> filters) {

  public ExportAbout {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(exportedAt, "exportedAt");
    Objects.requireNonNull(exportedBy, "exportedBy");
    filters = Collections.unmodifiableMap(new TreeMap<>(filters));
  }
}
