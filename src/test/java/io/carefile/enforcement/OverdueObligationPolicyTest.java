package io.carefile.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverdueObligationPolicyTest {

  @ParameterizedTest(name = "{0} days, due {1}, today {2}: {3}")
  @CsvSource({
    "14, 2026-05-01, 2026-05-01, false",
    "14, 2026-05-01, 2026-05-02, false",
    "14, 2026-05-01, 2026-05-15, false",
    "14, 2026-05-01, 2026-05-16, true",
    "14, 2026-05-01, 2026-08-01, true",
    // Across the clocks going back (25 October 2026): calendar days, not 24-hour spans.
    "14, 2026-10-20, 2026-11-03, false",
    "14, 2026-10-20, 2026-11-04, true",
    // Across a leap day.
    "1, 2028-02-28, 2028-02-29, false",
    "1, 2028-02-28, 2028-03-01, true",
    "0, 2026-05-01, 2026-05-01, false",
    "0, 2026-05-01, 2026-05-02, true"
  })
  void aCaseOnceOverdueByMoreThanTheDays(
      int days, LocalDate due, LocalDate today, boolean callsForCase) {
    OverdueObligationPolicy policy = new OverdueObligationPolicy(days);
    assertThat(policy.callsForCase(due, today)).isEqualTo(callsForCase);
    assertThat(!due.isAfter(policy.dueOnOrBefore(today))).isEqualTo(callsForCase);
  }

  @ParameterizedTest
  @CsvSource({"-1", "-14"})
  void negativeDaysAreRefused(int days) {
    assertThatThrownBy(() -> new OverdueObligationPolicy(days))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be negative");
  }
}
