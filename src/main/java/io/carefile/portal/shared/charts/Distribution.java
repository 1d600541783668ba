package io.carefile.portal.shared.charts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A distribution in five figures: the 5th, 25th, 50th (median), 75th and 95th percentiles. */
public record Distribution(
    BigDecimal p5, BigDecimal p25, BigDecimal median, BigDecimal p75, BigDecimal p95) {

  /**
   * @throws IllegalArgumentException unless p5 ≤ p25 ≤ median ≤ p75 ≤ p95
   */
  public Distribution {
    List<BigDecimal> figures = List.of(p5, p25, median, p75, p95);
    figures.forEach(Objects::requireNonNull);
    for (int i = 1; i < figures.size(); i++) {
      if (figures.get(i).compareTo(figures.get(i - 1)) < 0) {
        throw new IllegalArgumentException("Percentiles must not decrease: " + figures);
      }
    }
  }

  List<BigDecimal> figures() {
    return List.of(p5, p25, median, p75, p95);
  }
}
