package io.carefile.portal.shared.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLinesTest {

  @Test
  void wordsAreKeptWholeOnLinesThatFit() {
    assertThat(TextLines.wrap("Proactive detection rate", 12, 3))
        .containsExactly("Proactive", "detection", "rate");
    assertThat(TextLines.wrap("Removal rate", 12, 3)).containsExactly("Removal rate");
  }

  @Test
  void aWordLongerThanALineIsCutWithAHyphen() {
    assertThat(TextLines.wrap("Supercalifragilistic", 8, 4))
        .containsExactly("Superca-", "lifragi-", "listic");
  }

  @Test
  void textBeyondTheLastLineEndsInAnEllipsis() {
    assertThat(TextLines.wrap("one two three four five", 9, 2))
        .containsExactly("one two", "three…");
    assertThat(TextLines.wrap("abcdefgh abcdefgh abcdefgh", 8, 2))
        .containsExactly("abcdefgh", "abcdefg…");
  }

  @Test
  void blankTextHasNoLines() {
    assertThat(TextLines.wrap("   ", 8, 2)).isEmpty();
  }
}
