package io.carefile.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.carefile.template.PeriodType;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingPeriodTest {

  @ParameterizedTest(name = "{0} containing {1} is {2}..{3}")
  @CsvSource({
    "MONTHLY,   2026-02-14, 2026-02-01, 2026-02-28",
    "MONTHLY,   2028-02-29, 2028-02-01, 2028-02-29",
    "QUARTERLY, 2026-01-01, 2026-01-01, 2026-03-31",
    "QUARTERLY, 2026-06-30, 2026-04-01, 2026-06-30",
    "QUARTERLY, 2026-08-15, 2026-07-01, 2026-09-30",
    "QUARTERLY, 2026-12-31, 2026-10-01, 2026-12-31",
    "ANNUAL,    2026-07-04, 2026-01-01, 2026-12-31"
  })
  void periodsAreWholeCalendarUnits(
      PeriodType type, LocalDate date, LocalDate start, LocalDate end) {
    assertThat(ReportingPeriod.containing(type, date)).isEqualTo(new ReportingPeriod(start, end));
  }

  @ParameterizedTest(name = "last {0} ended before {1} is {2}..{3}")
  @CsvSource({
    "QUARTERLY, 2026-11-25, 2026-07-01, 2026-09-30",
    "QUARTERLY, 2026-10-01, 2026-07-01, 2026-09-30",
    "QUARTERLY, 2026-01-01, 2025-10-01, 2025-12-31",
    "MONTHLY,   2026-03-01, 2026-02-01, 2026-02-28",
    "ANNUAL,    2026-11-25, 2025-01-01, 2025-12-31"
  })
  void lastEndedPeriod(PeriodType type, LocalDate today, LocalDate start, LocalDate end) {
    assertThat(ReportingPeriod.lastEndedBefore(type, today))
        .isEqualTo(new ReportingPeriod(start, end));
  }

  @ParameterizedTest
  @CsvSource({"QUARTERLY, 2026-02-01", "MONTHLY, 2026-02-02", "ANNUAL, 2026-04-01"})
  void aPeriodMustBeNamedByItsFirstDay(PeriodType type, LocalDate notAStart) {
    assertThatThrownBy(() -> ReportingPeriod.startingOn(type, notAStart))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not the first day");
  }

  @ParameterizedTest
  @CsvSource({"2026-03-31, 30, 2026-04-30", "2026-12-31, 1, 2027-01-01"})
  void dueDateIsPeriodEndPlusOffset(LocalDate end, int offset, LocalDate due) {
    assertThat(new ReportingPeriod(end.withDayOfMonth(1), end).dueDate(offset)).isEqualTo(due);
  }
}
