package io.carefile.portal.shared.charts;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Numbers of any kind as exact decimals, as the charts compute with them. */
final class Decimals {

  private Decimals() {}

  static BigDecimal of(Number value) {
    return switch (value) {
      case BigDecimal decimal -> decimal;
      case BigInteger integer -> new BigDecimal(integer);
      case Integer integer -> BigDecimal.valueOf(integer);
      case Long whole -> BigDecimal.valueOf(whole);
      case Short whole -> BigDecimal.valueOf(whole);
      case Byte whole -> BigDecimal.valueOf(whole);
      default -> {
        double real = value.doubleValue();
        if (!Double.isFinite(real)) {
          throw new IllegalArgumentException("A chart cannot show " + real);
        }
        yield BigDecimal.valueOf(real);
      }
    };
  }
}
