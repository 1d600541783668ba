package io.carefile.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessionNumberPolicyTest {

  @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
  @CsvSource({
    "DCR, 2026, 1, 1, DCR-2026-000001-01",
    "DCR, 2026, 123, 2, DCR-2026-000123-02",
    "DCR, 2027, 999999, 99, DCR-2027-999999-99",
    "DCR, 2027, 1234567, 10, DCR-2027-1234567-10",
    "OFCOM, 2026, 42, 7, OFCOM-2026-000042-07",
  })
  void numbersVersionsOfAFilingTogether(
      String prefix, int year, long filingNumber, int version, String accessionNumber) {
    assertThat(new AccessionNumberPolicy(prefix).accessionNumber(year, filingNumber, version))
        .isEqualTo(accessionNumber);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "dcr", "D-R", "TOOLONGPREFIX", "DC1"})
  void aPrefixIsOneToEightCapitalLetters(String prefix) {
    assertThatThrownBy(() -> new AccessionNumberPolicy(prefix))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 100})
  void versionsAreNumberedOneToNinetyNine(int version) {
    assertThatThrownBy(() -> new AccessionNumberPolicy("DCR").accessionNumber(2026, 1, version))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
