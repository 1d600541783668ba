package io.carefile.scoring;

import java.math.BigDecimal;

/**
 * One measure of a peer group's benchmark as a spreadsheet row: the total or one indicator, with
 * its distribution as the caller may see it; a group withheld from a platform user is one row of
 * the total saying why.
 *
 * @param outliers the outliers' returns with their side, for regulators; null otherwise
 */
public record BenchmarkMeasureRow(
    String code,
    String title,
    Integer cohortSize,
    boolean suppressed,
    String suppressionReason,
    BenchmarkDistribution distribution,
    Integer outlierCount,
    String outliers) {

  BigDecimal p5() {
    return distribution == null ? null : distribution.p5();
  }

  BigDecimal p25() {
    return distribution == null ? null : distribution.p25();
  }

  BigDecimal median() {
    return distribution == null ? null : distribution.median();
  }

  BigDecimal p75() {
    return distribution == null ? null : distribution.p75();
  }

  BigDecimal p95() {
    return distribution == null ? null : distribution.p95();
  }

  BigDecimal lowerFence() {
    return distribution == null ? null : distribution.lowerFence();
  }

  BigDecimal upperFence() {
    return distribution == null ? null : distribution.upperFence();
  }
}
