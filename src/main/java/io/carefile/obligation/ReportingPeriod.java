package io.carefile.obligation;

import io.carefile.template.PeriodType;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A calendar reporting period: whole months, calendar quarters or calendar years. */
public record ReportingPeriod(LocalDate start, LocalDate end) {

  /** The period of {@code type} that begins on {@code start}; refuses a date mid-period. */
  public static ReportingPeriod startingOn(PeriodType type, LocalDate start) {
    ReportingPeriod period = containing(type, start);
    if (!period.start().equals(start)) {
      throw new IllegalArgumentException(
          start
              + " is not the first day of a "
              + type.name().toLowerCase()
              + " period; the"
              + " period containing it starts on "
              + period.start());
    }
    return period;
  }

  public static ReportingPeriod containing(PeriodType type, LocalDate date) {
    LocalDate start =
        switch (type) {
          case MONTHLY -> date.withDayOfMonth(1);
          case QUARTERLY ->
              date.withDayOfMonth(1).withMonth(((date.getMonthValue() - 1) / 3) * 3 + 1);
          case ANNUAL -> date.withDayOfYear(1);
        };
    LocalDate end =
        switch (type) {
          case MONTHLY -> start.with(TemporalAdjusters.lastDayOfMonth());
          case QUARTERLY -> start.plusMonths(3).minusDays(1);
          case ANNUAL -> start.with(TemporalAdjusters.lastDayOfYear());
        };
    return new ReportingPeriod(start, end);
  }

  /** The latest period of {@code type} that had ended before {@code today}. */
  public static ReportingPeriod lastEndedBefore(PeriodType type, LocalDate today) {
    return containing(type, containing(type, today).start().minusDays(1));
  }

  public LocalDate dueDate(int dueOffsetDays) {
    return end.plusDays(dueOffsetDays);
  }
}
