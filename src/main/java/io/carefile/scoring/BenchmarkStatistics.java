package io.carefile.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The statistics of peer benchmarks, over one value per platform (not-scored values are left out
 * before they get here, per indicator). Plain Java and exact: values are decimals, and every result
 * is computed exactly and then rounded half up, percentiles to six decimals and percentile ranks to
 * two.
 *
 * <ul>
 *   <li><b>Percentiles</b> by linear interpolation between the closest ranks (Hyndman and Fan's
 *       type 7, as PostgreSQL's {@code percentile_cont} and Excel's {@code PERCENTILE.INC}): over
 *       the n values sorted, x[0] … x[n−1], the p-th percentile is at h = (n − 1)·p, and is x[⌊h⌋]
 *       + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). One value is every percentile of itself.
 *   <li><b>Percentile rank</b> of a value, ties counted half: (below + ½·equal) / n × 100, where
 *       below counts the values less than it and equal those equal to it (itself included when it
 *       is one of them). The lowest of n distinct values ranks 50/n, the highest 100 − 50/n, and
 *       when every value is equal each ranks 50.
 *   <li><b>Outliers</b> by Tukey's fences: below Q1 − 1.5·IQR or above Q3 + 1.5·IQR, where Q1 and
 *       Q3 are the 25th and 75th percentiles above and IQR = Q3 − Q1; a value on a fence is not an
 *       outlier.
 *   <li><b>Suppression</b>: anything computed over fewer than k platforms is withheld from platform
 *       users.
 * </ul>
 */
public final class BenchmarkStatistics {

  /** Decimals of a percentile, a fence. */
  public static final int SCALE = 6;

  /** Decimals of a percentile rank. */
  public static final int RANK_SCALE = 2;

  private static final BigDecimal P5 = new BigDecimal("0.05");
  private static final BigDecimal P25 = new BigDecimal("0.25");
  private static final BigDecimal P50 = new BigDecimal("0.5");
  private static final BigDecimal P75 = new BigDecimal("0.75");
  private static final BigDecimal P95 = new BigDecimal("0.95");
  private static final BigDecimal FENCE = new BigDecimal("1.5");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final int minCohort;

  /**
   * @param minCohort k, the fewest platforms anything shown to a platform may be computed over
   * @throws IllegalArgumentException for k below 1
   */
  public BenchmarkStatistics(int minCohort) {
    if (minCohort < 1) {
      throw new IllegalArgumentException(
          "The minimum cohort (carefile.benchmarks.min-cohort) is at least 1, not " + minCohort);
    }
    this.minCohort = minCohort;
  }

  public int minCohort() {
    return minCohort;
  }

  /** Whether a cohort of this many platforms is too small to show platforms anything about. */
  public boolean suppressed(int platforms) {
    return platforms < minCohort;
  }

  /** P5, P25, median, P75, P95 and Tukey's fences of the values; none for no values. */
  public static Optional<BenchmarkDistribution> distribution(Collection<BigDecimal> values) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    List<BigDecimal> sorted = values.stream().sorted().toList();
    BigDecimal q1 = percentile(sorted, P25);
    BigDecimal q3 = percentile(sorted, P75);
    BigDecimal reach = FENCE.multiply(q3.subtract(q1));
    return Optional.of(
        new BenchmarkDistribution(
            percentile(sorted, P5),
            q1,
            percentile(sorted, P50),
            q3,
            percentile(sorted, P95),
            tidy(q1.subtract(reach)),
            tidy(q3.add(reach))));
  }

  /**
   * The p-th percentile (0 ≤ p ≤ 1) of values in ascending order, type 7, rounded to {@link #SCALE}
   * decimals.
   */
  public static BigDecimal percentile(List<BigDecimal> sorted, BigDecimal p) {
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("No percentile of no values");
    }
    if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("A percentile is between 0 and 1, not " + p);
    }
    BigDecimal h = BigDecimal.valueOf(sorted.size() - 1L).multiply(p);
    int low = h.intValue();
    BigDecimal fraction = h.subtract(BigDecimal.valueOf(low));
    BigDecimal lower = sorted.get(low);
    if (fraction.signum() == 0 || low + 1 >= sorted.size()) {
      return tidy(lower);
    }
    return tidy(lower.add(fraction.multiply(sorted.get(low + 1).subtract(lower))));
  }

  /**
   * The percentile rank of {@code value} among {@code values}, ties counted half, 0 to 100 rounded
   * to {@link #RANK_SCALE} decimals.
   */
  public static BigDecimal percentileRank(Collection<BigDecimal> values, BigDecimal value) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("No percentile rank among no values");
    }
    long below = values.stream().filter(other -> other.compareTo(value) < 0).count();
    long equal = values.stream().filter(other -> other.compareTo(value) == 0).count();
    // (below + equal / 2) / n x 100, as one division so that it is rounded once.
    return BigDecimal.valueOf(2 * below + equal)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(2L * values.size()), RANK_SCALE, RoundingMode.HALF_UP);
  }

  /** Which fence the value lies beyond, if either. */
  public static Optional<BenchmarkOutlierSide> outlier(
      BigDecimal value, BenchmarkDistribution distribution) {
    if (value.compareTo(distribution.lowerFence()) < 0) {
      return Optional.of(BenchmarkOutlierSide.LOW);
    }
    if (value.compareTo(distribution.upperFence()) > 0) {
      return Optional.of(BenchmarkOutlierSide.HIGH);
    }
    return Optional.empty();
  }

  /** Rounded to {@link #SCALE} decimals, without trailing zeros, never in exponent notation. */
  static BigDecimal tidy(BigDecimal exact) {
    BigDecimal rounded = exact.setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }
}
