package io.carefile.filing;

import java.time.LocalDate;

/**
 * Whether a submission is late. A return is late when it is first submitted on a day after its due
 * date plus the configured grace days, both as dates in the regulator's zone, so a return filed at
 * 23:59 on the due day is on time. Lateness is the original return's: an amendment corrects a
 * return, it does not file one, so it is never late itself.
 *
 * <p>Plain Java on purpose: tested with a table; its number comes from {@link FilingConfig}.
 */
public final class LatenessPolicy {

  private final int graceDays;

  public LatenessPolicy(int graceDays) {
    if (graceDays < 0) {
      throw new IllegalArgumentException("Grace days cannot be negative: " + graceDays);
    }
    this.graceDays = graceDays;
  }

  public boolean isLate(int versionNumber, LocalDate submittedOn, LocalDate dueDate) {
    return versionNumber == 1 && submittedOn.isAfter(dueDate.plusDays(graceDays));
  }
}
