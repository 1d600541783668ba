package io.carefile.template.definition;

import java.math.BigDecimal;

/**
 * What a numeric field of a return can hold, whatever its template allows: a whole number within
 * ±(2<sup>53</sup> − 1), and a decimal or percentage of at most 15 significant digits, 15 before
 * the point and 15 after it. Both are exact in an IEEE double, which is how the template's rules
 * compute, how spreadsheets hold numbers and how JavaScript clients read JSON, so a value within
 * range means the same to every reader of the return. A template's own {@code min} and {@code max}
 * narrow this further (the checks FIELD-MIN and FIELD-MAX).
 */
public final class NumberRange {

  public static final BigDecimal LARGEST_WHOLE_NUMBER = BigDecimal.valueOf((1L << 53) - 1);

  public static final int MOST_DIGITS = 15;

  private NumberRange() {}

  /** Reads only the number's precision and scale, so that {@code 1e999999999} costs nothing. */
  public static boolean holds(FieldType type, BigDecimal value) {
    if (value.signum() == 0) {
      return true;
    }
    if (type == FieldType.INTEGER) {
      return integerDigits(value) <= 16 && value.abs().compareTo(LARGEST_WHOLE_NUMBER) <= 0;
    }
    BigDecimal significant = value.stripTrailingZeros();
    return significant.precision() <= MOST_DIGITS
        && integerDigits(significant) <= MOST_DIGITS
        && Math.max(significant.scale(), 0) <= MOST_DIGITS;
  }

  /** What a number out of range is told, in the words of {@link #holds}. */
  public static String describe(FieldType type) {
    return type == FieldType.INTEGER
        ? "a whole number between -9007199254740991 and 9007199254740991"
        : "a number of at most " + MOST_DIGITS + " significant digits";
  }

  private static long integerDigits(BigDecimal value) {
    return (long) value.precision() - value.scale();
  }
}
