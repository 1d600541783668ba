package io.carefile.portal.shared.charts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One period of a trend: its name in full (for the table), its name on the axis (one or two short
 * lines), its value (none when there is nothing to plot, as for a return that could not be scored)
 * and what the value means, as a tone for the chart and in words for the table.
 */
public record TrendPoint(
    String period, List<String> axisLabel, BigDecimal value, ChartTone tone, String status) {

  public TrendPoint {
    Objects.requireNonNull(period, "period");
    axisLabel = List.copyOf(axisLabel);
    Objects.requireNonNull(tone, "tone");
    Objects.requireNonNull(status, "status");
  }
}
