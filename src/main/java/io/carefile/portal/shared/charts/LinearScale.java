package io.carefile.portal.shared.charts;

import io.carefile.portal.shared.NumberFormats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A linear scale for one axis of a chart: a domain of round numbers that covers the data, ticks at
 * a "nice" step (1, 2, 2.5 or 5 times a power of ten) and the labels of those ticks, kept in exact
 * decimals so that a tick reads 0.85, never 0.8500000000000001. It maps a value to a coordinate
 * between two pixel positions (for a vertical axis, from the bottom to the top).
 *
 * <p>Data with no spread still gets an axis: no values at all cover 0 to 1; values that are all
 * equal to v cover v plus and minus the power of ten below |v| (89.58 covers 75 to 100; 0 covers 0
 * to 1), so the point sits inside the axis, not on its edge.
 */
public final class LinearScale {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal TWO_AND_A_HALF = new BigDecimal("2.5");
  private static final BigDecimal FIVE = BigDecimal.valueOf(5);

  private final BigDecimal min;
  private final BigDecimal max;
  private final BigDecimal step;

  private LinearScale(BigDecimal min, BigDecimal max, BigDecimal step) {
    this.min = min;
    this.max = max;
    this.step = step;
  }

  /**
   * A scale of exactly {@code min} to {@code max}, ticked every {@code step} from {@code min}: for
   * figures with a known range, like a score out of 100.
   *
   * @throws IllegalArgumentException if {@code max} is not above {@code min} or the step is not
   *     positive
   */
  public static LinearScale fixed(BigDecimal min, BigDecimal max, BigDecimal step) {
    if (max.compareTo(min) <= 0 || step.signum() <= 0) {
      throw new IllegalArgumentException(
          "A scale needs max > min and a positive step, not " + min + ", " + max + ", " + step);
    }
    return new LinearScale(min, max, step);
  }

  /**
   * A scale of round numbers covering every value, with at most {@code maxIntervals} intervals
   * between its ticks (and at least one).
   */
  public static LinearScale covering(Collection<? extends Number> values, int maxIntervals) {
    return covering(values, maxIntervals, false);
  }

  /**
   * A scale for counts: from zero, covering every count, ticked at whole numbers only, with at most
   * {@code maxIntervals} intervals.
   */
  public static LinearScale countsCovering(Collection<? extends Number> counts, int maxIntervals) {
    List<Number> withZero = new ArrayList<>(counts);
    withZero.add(0);
    return covering(withZero, maxIntervals, true);
  }

  private static LinearScale covering(
      Collection<? extends Number> values, int maxIntervals, boolean wholeSteps) {
    if (maxIntervals < 1) {
      throw new IllegalArgumentException("A scale needs at least one interval");
    }
    List<BigDecimal> decimals = values.stream().filter(Objects::nonNull).map(Decimals::of).toList();
    BigDecimal low = decimals.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    BigDecimal high = decimals.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
    if (low.compareTo(high) == 0) {
      BigDecimal pad = low.signum() == 0 ? BigDecimal.ONE : powerOfTenBelow(low.abs());
      low = low.signum() == 0 ? low : low.subtract(pad);
      high = high.add(pad);
    }
    BigDecimal step = niceStep(high.subtract(low), maxIntervals);
    if (wholeSteps && step.compareTo(BigDecimal.ONE) < 0) {
      step = BigDecimal.ONE;
    }
    BigDecimal niceLow = low.divide(step, 0, RoundingMode.FLOOR).multiply(step);
    BigDecimal niceHigh = high.divide(step, 0, RoundingMode.CEILING).multiply(step);
    return new LinearScale(niceLow, niceHigh, step);
  }

  /**
   * The smallest step of 1, 2, 2.5 or 5 times a power of ten that divides {@code span} into at most
   * {@code maxIntervals} intervals.
   */
  static BigDecimal niceStep(BigDecimal span, int maxIntervals) {
    BigDecimal raw = span.divide(BigDecimal.valueOf(maxIntervals), 12, RoundingMode.CEILING);
    BigDecimal power = powerOfTenBelow(raw);
    BigDecimal fraction = raw.divide(power, 12, RoundingMode.CEILING);
    BigDecimal nice;
    if (fraction.compareTo(BigDecimal.ONE) <= 0) {
      nice = BigDecimal.ONE;
    } else if (fraction.compareTo(TWO) <= 0) {
      nice = TWO;
    } else if (fraction.compareTo(TWO_AND_A_HALF) <= 0) {
      nice = TWO_AND_A_HALF;
    } else if (fraction.compareTo(FIVE) <= 0) {
      nice = FIVE;
    } else {
      nice = BigDecimal.TEN;
    }
    return nice.multiply(power).stripTrailingZeros();
  }

  /** The largest power of ten at most {@code positive}: 10 for 89.58, 0.01 for 0.038. */
  private static BigDecimal powerOfTenBelow(BigDecimal positive) {
    int exponent = positive.precision() - positive.scale() - 1;
    return BigDecimal.ONE.scaleByPowerOfTen(exponent);
  }

  public BigDecimal min() {
    return min;
  }

  public BigDecimal max() {
    return max;
  }

  public BigDecimal step() {
    return step;
  }

  /** The tick values, from {@code min} to {@code max} inclusive, every {@code step}. */
  public List<BigDecimal> ticks() {
    List<BigDecimal> ticks = new ArrayList<>();
    for (BigDecimal tick = min; tick.compareTo(max) <= 0; tick = tick.add(step)) {
      ticks.add(tick);
    }
    return ticks;
  }

  /** A tick's label: as many decimal places as the step has, and thousands separated. */
  public String label(BigDecimal value) {
    int places = Math.max(0, step.stripTrailingZeros().scale());
    return NumberFormats.formatted(value.setScale(places, RoundingMode.HALF_UP));
  }

  /**
   * Where a value lies between the pixel positions of {@code min} ({@code from}) and {@code max}
   * ({@code to}), rounded to a tenth of a pixel; a value outside the domain lies on its edge.
   */
  public double position(Number value, double from, double to) {
    BigDecimal clamped = Decimals.of(value).max(min).min(max);
    double share =
        clamped.subtract(min).divide(max.subtract(min), 12, RoundingMode.HALF_UP).doubleValue();
    return Svg.round(from + share * (to - from));
  }

  /** The ticks, labelled, at their pixel positions. */
  public List<Tick> ticksBetween(double from, double to) {
    return ticks().stream().map(tick -> new Tick(label(tick), position(tick, from, to))).toList();
  }
}
