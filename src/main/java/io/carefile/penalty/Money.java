package io.carefile.penalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of one currency. The amount is a {@link BigDecimal}, never a double, held at
 * least to the currency's minor unit ({@code 18000000} GBP is {@code 18000000.00}); trailing zeros
 * beyond it are dropped, so amounts that are equal are equal records. An amount given more
 * precisely than the minor unit is kept as given ({@link #isInMinorUnits()} says so), for the
 * calculator to refuse it with a field path instead of rounding what someone entered.
 *
 * <p>Every figure Carefile computes is rounded in one place, {@link #rounded}: to the currency's
 * minor unit (the penny for GBP), half up ({@link #ROUNDING}). Each step of a calculation rounds
 * its figure and the next step starts from the rounded figure, so the figures shown add up.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /** The one rounding rule: half up, to the currency's minor unit. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  /** The currency of penalties when configuration names none. */
  public static final Currency GBP = Currency.getInstance("GBP");

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    int minorDigits = minorDigits(currency);
    BigDecimal stripped = amount.stripTrailingZeros();
    amount = stripped.scale() < minorDigits ? stripped.setScale(minorDigits) : stripped;
  }

  /** An exact amount as written ({@code "18000000"}, {@code "0.50"}). */
  public static Money of(String amount, Currency currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  /** An exact amount of pounds sterling. */
  public static Money gbp(String amount) {
    return of(amount, GBP);
  }

  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /** An exact figure rounded to the currency's minor unit by {@link #ROUNDING}. */
  public static Money rounded(BigDecimal exact, Currency currency) {
    return new Money(exact.setScale(minorDigits(currency), ROUNDING), currency);
  }

  /**
   * The number of decimal places of the currency's minor unit (2 for GBP, 0 for JPY).
   *
   * @throws IllegalArgumentException for a currency without one (gold, special drawing rights)
   */
  public static int minorDigits(Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw new IllegalArgumentException(
          currency.getCurrencyCode() + " has no minor unit and cannot hold an amount of money");
    }
    return digits;
  }

  /** True when the amount has no more decimal places than the currency's minor unit. */
  public boolean isInMinorUnits() {
    return amount.scale() <= minorDigits(currency);
  }

  public int signum() {
    return amount.signum();
  }

  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  public Money negated() {
    return new Money(amount.negate(), currency);
  }

  /** {@code percent} per cent of this amount, rounded. */
  public Money percent(BigDecimal percent) {
    return rounded(amount.multiply(percent).movePointLeft(2), currency);
  }

  /** This amount times a whole number, which needs no rounding. */
  public Money times(long count) {
    return new Money(amount.multiply(BigDecimal.valueOf(count)), currency);
  }

  /** This amount divided by a whole number, rounded. */
  public Money dividedBy(long divisor) {
    return new Money(
        amount.divide(BigDecimal.valueOf(divisor), minorDigits(currency), ROUNDING), currency);
  }

  /** This amount in {@code target}: one unit of this currency is {@code rate} of it; rounded. */
  public Money convertedTo(Currency target, BigDecimal rate) {
    return rounded(amount.multiply(rate), target);
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** Amounts of one currency by size; amounts of two currencies do not compare. */
  @Override
  public int compareTo(Money other) {
    return amount.compareTo(sameCurrency(other).amount);
  }

  /** As the amount is written with its currency: {@code GBP 18000000.00}. */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }

  private Money sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "Amounts in " + currency + " and " + other.currency + " cannot be combined");
    }
    return other;
  }
}
