package io.carefile.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configured rejection reasons: defaults, replaced by configuration, checked at start. */
class RejectionReasonsTest {

  @Test
  void withNoneConfiguredTheDefaultsApplyInTheirOrder() {
    assertThat(new RejectionReasons(Map.of()).all())
        .extracting(RejectionReason::code)
        .containsExactly(
            "INCOMPLETE",
            "INCONSISTENT_FIGURES",
            "IMPLAUSIBLE_FIGURES",
            "MISSING_EXPLANATION",
            "ATTESTATION_DEFECT");
  }

  @Test
  void configuredReasonsReplaceTheDefaults() {
    RejectionReasons reasons =
        new RejectionReasons(
            Map.of("WRONG_PERIOD", " Filed for the wrong period ", "LATE_DATA", "x"));
    assertThat(reasons.all())
        .containsExactly(
            new RejectionReason("LATE_DATA", "x"),
            new RejectionReason("WRONG_PERIOD", "Filed for the wrong period"));
    assertThat(reasons.find("INCOMPLETE")).isEmpty();
    assertThat(reasons.find("WRONG_PERIOD")).isPresent();
  }

  @Test
  void aCodeOrLabelThatCannotBeShownStopsTheStart() {
    assertThatThrownBy(() -> new RejectionReasons(Map.of("incomplete", "lower case")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'incomplete' is not a code");
    assertThatThrownBy(() -> new RejectionReasons(Map.of("1ST", "starts with a digit")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new RejectionReasons(Map.of("BLANK", "  ")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new RejectionReasons(Map.of("LONG", "x".repeat(201))))
        .isInstanceOf(IllegalStateException.class);
  }
}
