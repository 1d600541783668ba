package io.carefile.register;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the register may publish of the figures counted: a figure counted over fewer than k
 * platforms is withheld, and says so. Returns' figures are over the platforms that had to file (all
 * withheld together); their score figures over the platforms with a score (withheld on their own).
 * Enforcement counts are over the platforms with a case; published decisions are public already and
 * always counted. The on-time rate is returns filed by their due date, per cent of returns due,
 * rounded half up to one decimal; the median score is rounded half up to two.
 */
public final class RegisterStatisticsPolicy {

  private final int minCohort;

  public RegisterStatisticsPolicy(int minCohort) {
    if (minCohort < 2) {
      throw new IllegalArgumentException(
          "carefile.register.min-cohort must be 2 or more, so that no figure is one platform's; it"
              + " is "
              + minCohort);
    }
    this.minCohort = minCohort;
  }

  public int minCohort() {
    return minCohort;
  }

  public ReturnStatistics returns(ReturnFigures f) {
    if (f.platforms() < minCohort) {
      return new ReturnStatistics(
          f.templateCode(),
          f.periodStart(),
          f.periodEnd(),
          f.category(),
          true,
          withheldReason(),
          null,
          null,
          null,
          null,
          null,
          true,
          null,
          null,
          null,
          null,
          null);
    }
    boolean scoresWithheld = f.scoredPlatforms() < minCohort;
    return new ReturnStatistics(
        f.templateCode(),
        f.periodStart(),
        f.periodEnd(),
        f.category(),
        false,
        scoresWithheld ? withheldReason() : null,
        f.platforms(),
        f.returnsDue(),
        f.returnsFiled(),
        f.filedLate(),
        onTimeRate(f.returnsDue(), f.returnsFiled() - f.filedLate()),
        scoresWithheld,
        scoresWithheld ? null : f.scoredPlatforms(),
        scoresWithheld || f.medianScore() == null
            ? null
            : f.medianScore().setScale(2, RoundingMode.HALF_UP),
        scoresWithheld ? null : f.green(),
        scoresWithheld ? null : f.amber(),
        scoresWithheld ? null : f.red());
  }

  public EnforcementStatistics enforcement(EnforcementFigures f) {
    boolean withheld = f.platforms() < minCohort;
    return new EnforcementStatistics(
        f.year(),
        f.category(),
        withheld,
        withheld ? withheldReason() : null,
        withheld ? null : f.casesOpened(),
        withheld ? null : f.confirmed(),
        withheld ? null : f.closedNoAction(),
        f.published());
  }

  /** The words every withheld figure carries. */
  public String withheldReason() {
    return "Counted over fewer than "
        + minCohort
        + " platforms: withheld so that no platform's"
        + " own figures can be read from it";
  }

  static BigDecimal onTimeRate(long due, long onTime) {
    if (due == 0) {
      return null;
    }
    return BigDecimal.valueOf(onTime)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP);
  }
}
