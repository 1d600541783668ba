package io.carefile.portal.shared.charts;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * Periods as a chart's axis writes them, in one or two short lines: a quarter as "Jan–Mar" over
 * "2026", a calendar year as "2025", a period across two years as "Apr 2025 to" over "Mar 2026".
 */
@ApplicationScoped
public class ChartPeriods {

  private final ChartMessages messages;

  ChartPeriods(ChartMessages messages) {
    this.messages = messages;
  }

  public List<String> axisLabel(LocalDate start, LocalDate end) {
    if (start.getYear() == end.getYear()) {
      if (start.getDayOfYear() == 1 && end.plusDays(1).getDayOfYear() == 1) {
        return List.of(messages.periodYear(start));
      }
      return List.of(messages.periodMonths(start, end), messages.periodYear(end));
    }
    return List.of(messages.periodMonthYearFrom(start), messages.periodMonthYear(end));
  }

  /** The axis label on one line, for a column heading. */
  public String inOneLine(LocalDate start, LocalDate end) {
    return String.join(" ", axisLabel(start, end));
  }
}
