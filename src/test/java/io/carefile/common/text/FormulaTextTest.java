package io.carefile.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaTextTest {

  @ParameterizedTest(name = "[{0}] starts like a formula: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "=HYPERLINK(\"http://x\")|true",
        "+44 20 7946 0000|true",
        "-12|true",
        "@SUM(A1)|true",
        "1=1|false",
        "Plain text|false",
        "a=b|false",
      })
  void firstCharacterDecides(String text, boolean formulaLike) {
    assertThat(FormulaText.startsLikeFormula(text)).isEqualTo(formulaLike);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\t1+1", "\r=1"})
  void tabAndCarriageReturnLeadToo(String text) {
    assertThat(FormulaText.startsLikeFormula(text)).isTrue();
  }

  @Test
  void emptyTextIsNoFormula() {
    assertThat(FormulaText.startsLikeFormula("")).isFalse();
  }
}
