package io.carefile.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NumberFormatsTest {

  static Stream<Arguments> numbers() {
    return Stream.of(
        Arguments.of(0, "0"),
        Arguments.of(999, "999"),
        Arguments.of(1000, "1,000"),
        Arguments.of(-1234567, "-1,234,567"),
        Arguments.of(40_000_000L, "40,000,000"),
        Arguments.of(new BigDecimal("2450000000.00"), "2,450,000,000.00"),
        Arguments.of(new BigDecimal("1234.5"), "1,234.5"),
        Arguments.of(new BigDecimal("0.0001234"), "0.0001234"),
        Arguments.of(new BigDecimal("1E+3"), "1,000"),
        Arguments.of(12.75, "12.75"));
  }

  @ParameterizedTest
  @MethodSource("numbers")
  void writesNumbersAsTheyAreReadInTheUk(Number value, String written) {
    assertThat(NumberFormats.formatted(value)).isEqualTo(written);
  }
}
