package io.carefile.template.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberRangeTest {

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    "INTEGER,    0,                      true",
    "INTEGER,    9007199254740991,       true",
    "INTEGER,    -9007199254740991,      true",
    "INTEGER,    9007199254740992,       false",
    "INTEGER,    -9007199254740992,      false",
    "INTEGER,    1E+999999999,           false",
    "DECIMAL,    123456789012345,        true",
    "DECIMAL,    1234567890123456,       false",
    "DECIMAL,    0.123456789012345,      true",
    "DECIMAL,    0.1234567890123456,     false",
    "DECIMAL,    12345678.1234567,       true",
    "DECIMAL,    12345678.12345678,      false",
    "DECIMAL,    100000000000.000000,    true",
    "DECIMAL,    1E+400,                 false",
    "DECIMAL,    1E-400,                 false",
    "DECIMAL,    0.000000000000001,      true",
    "PERCENTAGE, 99.999999999999,        true",
    "PERCENTAGE, 1E+15,                  false"
  })
  void holdsWhatEveryReaderOfADoubleReadsExactly(FieldType type, BigDecimal value, boolean holds) {
    assertThat(NumberRange.holds(type, value)).isEqualTo(holds);
  }
}
