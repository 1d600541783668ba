package io.carefile.portal.shared.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** WCAG contrast, checked against known pairs, and what the charts draw with it. */
class ColoursTest {

  @Test
  void contrastIsTheWcagRatio() {
    assertThat(Colours.contrast("#000000", "#ffffff")).isCloseTo(21.0, within(0.001));
    assertThat(Colours.contrast("#ffffff", "#ffffff")).isCloseTo(1.0, within(0.001));
    // GOV.UK's own pairings: blue links and dark grey secondary text on white.
    assertThat(Colours.contrast(Colours.BLUE, Colours.WHITE)).isCloseTo(5.17, within(0.01));
    assertThat(Colours.contrast(Colours.DARK_GREY, Colours.WHITE)).isCloseTo(7.0, within(0.1));
  }

  @Test
  void textOnAFillIsWhicheverOfBlackAndWhiteReadsBetter() {
    assertThat(Colours.textOn(Colours.DARK_BLUE)).isEqualTo(Colours.WHITE);
    assertThat(Colours.textOn(Colours.LIGHT_GREY)).isEqualTo(Colours.BLACK);
    assertThat(Colours.textOn(Colours.ORANGE)).isEqualTo(Colours.BLACK);
  }

  @Test
  void everyToneStandsOutFromWhiteByItsBlackOutline() {
    // Points are outlined in black, 19:1 against the white plot; their text is black too.
    assertThat(Colours.contrast(Colours.BLACK, Colours.WHITE)).isGreaterThan(19);
    for (ChartTone tone : ChartTone.values()) {
      assertThat(tone.fill()).matches("#[0-9a-f]{6}");
    }
    assertThat(ChartTone.GREEN.shape())
        .isNotEqualTo(ChartTone.AMBER.shape())
        .isNotEqualTo(ChartTone.RED.shape());
    assertThat(ChartTone.AMBER.shape()).isNotEqualTo(ChartTone.RED.shape());
  }

  @Test
  void onlyHexColoursAreRead() {
    assertThatThrownBy(() -> Colours.contrast("red", "#ffffff"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
