package io.carefile.portal.shared.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One bar of a histogram: how many values fell from {@code from} (inclusive) to {@code to}
 * (exclusive; inclusive for the last bin, so that the top of the range is counted).
 */
public record Bin(BigDecimal from, BigDecimal to, long count) {

  public Bin {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.compareTo(from) <= 0 || count < 0) {
      throw new IllegalArgumentException("A bin needs to > from and a count of 0 or more");
    }
  }

  /**
   * Counts the values in bins of {@code width} from {@code lower} to {@code upper} (for scores: 0
   * to 100 in tens). Values outside the range are not counted.
   *
   * @throws IllegalArgumentException unless upper − lower is a positive multiple of the width
   */
  public static List<Bin> count(
      Collection<BigDecimal> values, BigDecimal lower, BigDecimal upper, BigDecimal width) {
    BigDecimal span = upper.subtract(lower);
    if (width.signum() <= 0 || span.signum() <= 0 || span.remainder(width).signum() != 0) {
      throw new IllegalArgumentException(
          "Bins of " + width + " must divide " + lower + " to " + upper + " exactly");
    }
    int bins = span.divide(width, 0, RoundingMode.UNNECESSARY).intValueExact();
    long[] counts = new long[bins];
    for (BigDecimal value : values) {
      if (value.compareTo(lower) < 0 || value.compareTo(upper) > 0) {
        continue;
      }
      int bin = value.subtract(lower).divide(width, 0, RoundingMode.FLOOR).intValue();
      counts[Math.min(bin, bins - 1)]++;
    }
    List<Bin> result = new ArrayList<>();
    for (int i = 0; i < bins; i++) {
      BigDecimal from = lower.add(width.multiply(BigDecimal.valueOf(i)));
      result.add(new Bin(from, from.add(width), counts[i]));
    }
    return List.copyOf(result);
  }
}
