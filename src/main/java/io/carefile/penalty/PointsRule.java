package io.carefile.penalty;

import java.util.Objects;

/**
 * The late-filing points rule of one period type ({@code carefile.penalty.points.<type>.*}).
 *
 * @param threshold the points at which a fixed penalty is issued, 1 or more
 * @param expiryMonths how long a point stands while the tally is below the threshold
 * @param complianceMonths at the threshold, how long without a late return resets the tally to 0
 * @param fixedPenalty the fixed penalty issued on reaching the threshold and for each late return
 *     while at it: positive, in whole minor units
 */
public record PointsRule(
    int threshold, int expiryMonths, int complianceMonths, Money fixedPenalty) {

  public PointsRule {
    if (threshold < 1 || expiryMonths < 1 || complianceMonths < 1) {
      throw new IllegalArgumentException(
          "A points threshold, expiry and compliance period are each 1 or more, not "
              + threshold
              + ", "
              + expiryMonths
              + " and "
              + complianceMonths);
    }
    Objects.requireNonNull(fixedPenalty, "fixedPenalty");
    if (fixedPenalty.signum() <= 0 || !fixedPenalty.isInMinorUnits()) {
      throw new IllegalArgumentException(
          "A fixed late-filing penalty is positive, in whole minor units, not " + fixedPenalty);
    }
  }
}
