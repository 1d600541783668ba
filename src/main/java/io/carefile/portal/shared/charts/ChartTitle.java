package io.carefile.portal.shared.charts;

import java.util.Objects;

/**
 * What names a chart: an id for its elements (unique on the page), its title, and a one- or
 * two-sentence summary of what it shows. The title and summary are the chart's accessible name and
 * description; the figures themselves are in the table beside it.
 *
 * @param id lower-case letters, digits and hyphens, starting with a letter
 */
public record ChartTitle(String id, String title, String summary) {

  public ChartTitle {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("A chart's id must be a lower-case HTML id, not " + id);
    }
  }
}
