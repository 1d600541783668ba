package io.carefile.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The configured reasons: by code, and a configuration that cannot be used is refused. */
class OverrideReasonsTest {

  @Test
  void theDefaultsAreOfferedByCode() {
    OverrideReasons reasons = new OverrideReasons(ScoreOverrideConfig.DEFAULT_OVERRIDE_REASONS);
    assertThat(reasons.all())
        .extracting(OverrideReason::code)
        .containsExactly(
            "CONTEXT_NOT_IN_FIGURES",
            "DATA_QUALITY_CONCERN",
            "KNOWN_INCIDENT",
            "REGULATOR_INTELLIGENCE");
    assertThat(reasons.find("KNOWN_INCIDENT").map(OverrideReason::label))
        .contains("A known incident in the period");
    assertThat(reasons.find("known_incident")).isEmpty();
    assertThat(reasons.find("")).isEmpty();
  }

  @Test
  void aLabelIsKeptInNormalisationFormC() {
    assertThat(new OverrideReasons(Map.of("SITE_VISIT", "Cafe\u0301 inspection")).all())
        .extracting(OverrideReason::label)
        .containsExactly("Caf\u00e9 inspection");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "known_incident", "1ST", "SITE VISIT", "SITE.VISIT", "_X"})
  void aCodeMustBeCapitalsDigitsAndUnderscores(String code) {
    assertThatThrownBy(() -> new OverrideReasons(Map.of(code, "A label")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("carefile.scoring.override-reasons");
  }

  @Test
  void aCodeIsOneTo64Characters() {
    assertThat(new OverrideReasons(Map.of("A", "Fine", "B2_C", "Fine")).all()).hasSize(2);
    assertThat(new OverrideReasons(Map.of("A".repeat(64), "Fine")).all()).hasSize(1);
    assertThatThrownBy(() -> new OverrideReasons(Map.of("A".repeat(65), "Too long")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "zero\u200Bwidth", "bell\u0007"})
  void aLabelMustBeReadable(String label) {
    assertThatThrownBy(() -> new OverrideReasons(Map.of("SITE_VISIT", label)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SITE_VISIT");
  }

  @Test
  void anOverLongLabelOrNoReasonAtAllIsRefused() {
    assertThatThrownBy(() -> new OverrideReasons(Map.of("SITE_VISIT", "x".repeat(201))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new OverrideReasons(Map.of("SITE_VISIT", "x".repeat(200))).all()).hasSize(1);
    assertThatThrownBy(() -> new OverrideReasons(Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
