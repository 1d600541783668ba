package io.carefile.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every stage against every step: the legal ones lead where the spec says, no other. */
class CaseLifecycleTest {

  @ParameterizedTest(name = "{0} --{1}--> {2}")
  @CsvSource({
    "OPEN, START_INVESTIGATION, INVESTIGATION",
    "OPEN, ISSUE_PROVISIONAL_NOTICE, -",
    "OPEN, CONFIRM, -",
    "OPEN, CLOSE_NO_ACTION, CLOSED_NO_ACTION",
    "INVESTIGATION, START_INVESTIGATION, -",
    "INVESTIGATION, ISSUE_PROVISIONAL_NOTICE, PROVISIONAL_NOTICE",
    "INVESTIGATION, CONFIRM, -",
    "INVESTIGATION, CLOSE_NO_ACTION, CLOSED_NO_ACTION",
    "PROVISIONAL_NOTICE, START_INVESTIGATION, -",
    "PROVISIONAL_NOTICE, ISSUE_PROVISIONAL_NOTICE, -",
    "PROVISIONAL_NOTICE, CONFIRM, CONFIRMATION_DECISION",
    "PROVISIONAL_NOTICE, CLOSE_NO_ACTION, CLOSED_NO_ACTION",
    "CONFIRMATION_DECISION, START_INVESTIGATION, -",
    "CONFIRMATION_DECISION, ISSUE_PROVISIONAL_NOTICE, -",
    "CONFIRMATION_DECISION, CONFIRM, -",
    "CONFIRMATION_DECISION, CLOSE_NO_ACTION, -",
    "CLOSED_NO_ACTION, START_INVESTIGATION, -",
    "CLOSED_NO_ACTION, ISSUE_PROVISIONAL_NOTICE, -",
    "CLOSED_NO_ACTION, CONFIRM, -",
    "CLOSED_NO_ACTION, CLOSE_NO_ACTION, -",
  })
  void aStepLeadsWhereTheLifecycleSays(CaseStage from, CaseStep step, String to) {
    assertThat(CaseLifecycle.after(from, step).map(Enum::name).orElse("-")).isEqualTo(to);
  }

  @Test
  void everyStageAndStepIsInTheTable() {
    assertThat(CaseStage.values().length * CaseStep.values().length).isEqualTo(20);
  }

  @ParameterizedTest(name = "from {0}: {1}")
  @CsvSource({
    "OPEN, INVESTIGATION CLOSED_NO_ACTION",
    "INVESTIGATION, PROVISIONAL_NOTICE CLOSED_NO_ACTION",
    "PROVISIONAL_NOTICE, CONFIRMATION_DECISION CLOSED_NO_ACTION",
    "CONFIRMATION_DECISION, ''",
    "CLOSED_NO_ACTION, ''",
  })
  void theNextStagesAreNamedInOrder(CaseStage from, String next) {
    List<String> expected = next.isEmpty() ? List.of() : Arrays.asList(next.split(" "));
    assertThat(CaseLifecycle.nextStages(from).stream().map(Enum::name))
        .containsExactlyElementsOf(expected);
    assertThat(CaseLifecycle.isOpen(from)).isEqualTo(!expected.isEmpty());
  }

  @ParameterizedTest(name = "deadline {0}, today {1}: representations open {2}, may confirm {3}")
  @CsvSource({
    "2026-12-10, 2026-12-09, true, false",
    "2026-12-10, 2026-12-10, true, false",
    "2026-12-10, 2026-12-11, false, true",
  })
  void representationsCloseAtTheEndOfTheDeadlinesDayAndOnlyThenMayTheCaseBeConfirmed(
      LocalDate deadline, LocalDate today, boolean open, boolean mayConfirm) {
    assertThat(CaseLifecycle.representationsOpen(deadline, today)).isEqualTo(open);
    assertThat(CaseLifecycle.mayConfirm(deadline, today)).isEqualTo(mayConfirm);
  }

  @ParameterizedTest(name = "{0} with appeal {1}: may lodge {2}")
  @CsvSource({
    "CONFIRMATION_DECISION, -, true",
    "CONFIRMATION_DECISION, LODGED, false",
    "CONFIRMATION_DECISION, UPHELD, false",
    "CONFIRMATION_DECISION, DISMISSED, false",
    "OPEN, -, false",
    "INVESTIGATION, -, false",
    "PROVISIONAL_NOTICE, -, false",
    "CLOSED_NO_ACTION, -, false",
  })
  void onlyAConfirmationDecisionIsAppealedAndOnlyOnce(
      CaseStage stage, String appeal, boolean mayLodge) {
    assertThat(AppealPolicy.mayLodge(stage, appealOf(appeal))).isEqualTo(mayLodge);
  }

  @ParameterizedTest(name = "appeal {0}: outcomes {1}")
  @CsvSource({"-, ''", "LODGED, UPHELD DISMISSED", "UPHELD, ''", "DISMISSED, ''"})
  void aLodgedAppealEndsUpheldOrDismissedAndThatIsFinal(String appeal, String outcomes) {
    List<String> expected = outcomes.isEmpty() ? List.of() : Arrays.asList(outcomes.split(" "));
    assertThat(AppealPolicy.outcomesFrom(appealOf(appeal)).stream().map(Enum::name))
        .containsExactlyElementsOf(expected);
  }

  private static Optional<AppealStatus> appealOf(String appeal) {
    return appeal.equals("-") ? Optional.empty() : Optional.of(AppealStatus.valueOf(appeal));
  }
}
