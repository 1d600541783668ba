package io.carefile.enforcement;

import java.time.LocalDate;

/**
 * When an unfiled obligation calls for an enforcement case: once it is overdue by more than the
 * configured days, counted in calendar days of the regulator's zone from its due date. An
 * obligation is overdue from the day after its due date (the rule that marks it OVERDUE), so with
 * 14 days one due on 1 May is overdue from 2 May and opens a case on 16 May, its fifteenth day
 * overdue. Whether it is still unfiled is its status's: OPEN or OVERDUE; a fulfilled one was filed,
 * late or not, and a waived one has nothing to file.
 *
 * <p>Plain Java on purpose: tested with a table; its number comes from {@link EnforcementConfig}.
 */
public final class OverdueObligationPolicy {

  private final int days;

  public OverdueObligationPolicy(int days) {
    if (days < 0) {
      throw new IllegalArgumentException(
          "carefile.enforcement.triggers.overdue-obligation.days cannot be negative: " + days);
    }
    this.days = days;
  }

  /** Whether an obligation due on {@code dueDate} is, today, overdue by more than the days. */
  public boolean callsForCase(LocalDate dueDate, LocalDate today) {
    return today.isAfter(dueDate.plusDays(days));
  }

  /** The latest due date that calls for a case today: every obligation due before or on it. */
  public LocalDate dueOnOrBefore(LocalDate today) {
    return today.minusDays(days + 1L);
  }
}
