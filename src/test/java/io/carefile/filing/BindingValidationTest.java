package io.carefile.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.carefile.common.error.ProblemException;
import io.carefile.template.definition.RuleSeverity;
import io.carefile.validation.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BindingValidationTest {

  private static final Finding ERROR =
      new Finding("R-1", "R-1", RuleSeverity.ERROR, List.of("a"), "a is wrong");
  private static final Finding WARNING =
      new Finding("W-1", "W-1", RuleSeverity.WARNING, List.of("b"), "b looks odd");
  private static final Finding OTHER_WARNING =
      new Finding("P-1/c", "P-1", RuleSeverity.WARNING, List.of("c"), "c changed a lot");

  @Test
  void noFindingsFileNoExplanations() {
    assertThat(BindingValidation.explanationsToFile(List.of(), Map.of("W-1", "unused"))).isEmpty();
  }

  @Test
  void anErrorRefusesWhateverIsExplained() {
    assertThatThrownBy(
            () ->
                BindingValidation.explanationsToFile(
                    List.of(ERROR, WARNING), Map.of("W-1", "explained")))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.is(FilingProblems.VALIDATION_FAILED)).isTrue();
              assertThat(e.getMessage()).isEqualTo("1 error blocks submission: a is wrong");
              assertThat(List.<Object>copyOf(e.findings())).containsExactly(ERROR, WARNING);
            });
  }

  @Test
  void anUnexplainedOrBlankWarningNeedsAnExplanation() {
    for (Map<String, String> explanations :
        List.of(Map.<String, String>of(), Map.of("W-1", "  "), Map.of("P-1/c", "why"))) {
      assertThatThrownBy(
              () ->
                  BindingValidation.explanationsToFile(
                      List.of(WARNING, OTHER_WARNING), explanations))
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> {
                assertThat(e.is(FilingProblems.EXPLANATION_REQUIRED)).isTrue();
                assertThat(List.<Object>copyOf(e.findings())).contains(WARNING);
              });
    }
  }

  @Test
  void explainedWarningsAreFiledStrippedAndOthersDropped() {
    assertThat(
            BindingValidation.explanationsToFile(
                List.of(WARNING, OTHER_WARNING),
                Map.of("W-1", "  seasonal peak ", "P-1/c", "new classifier", "X-9", "stray")))
        .containsExactly(Map.entry("W-1", "seasonal peak"), Map.entry("P-1/c", "new classifier"));
  }
}
