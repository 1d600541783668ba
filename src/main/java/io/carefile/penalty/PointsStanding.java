package io.carefile.penalty;

import io.carefile.template.PeriodType;
import java.time.LocalDate;
import java.util.List;

/**
 * A platform's late-filing points of one period type on one day.
 *
 * @param periodType the tally's period type
 * @param on the day
 * @param points the points standing
 * @param threshold the period type's threshold
 * @param standing each point standing, oldest first
 * @param resetOn while at the threshold, the first day the tally is 0 unless a return is late
 *     before it; null below the threshold
 */
public record PointsStanding(
    PeriodType periodType,
    LocalDate on,
    int points,
    int threshold,
    List<StandingPoint> standing,
    LocalDate resetOn) {

  public PointsStanding {
    standing = List.copyOf(standing);
  }

  public boolean atThreshold() {
    return points >= threshold;
  }
}
