package io.carefile.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each step carries: a notice's text and future deadline, a confirmation's requirements. */
class CaseStepContentTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @ParameterizedTest(name = "{0}, deadline {1}, notice {2}, requirements due {3}: {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ISSUE_PROVISIONAL_NOTICE | 2026-12-02 | true  | -          | -",
        "ISSUE_PROVISIONAL_NOTICE | -          | true  | -          | DEADLINE_REQUIRED representationsDeadline",
        "ISSUE_PROVISIONAL_NOTICE | 2026-12-01 | true  | -          | DEADLINE_NOT_FUTURE representationsDeadline",
        "ISSUE_PROVISIONAL_NOTICE | 2026-11-30 | true  | -          | DEADLINE_NOT_FUTURE representationsDeadline",
        "ISSUE_PROVISIONAL_NOTICE | 2026-12-02 | false | -          | NOTICE_REQUIRED noticeText",
        "ISSUE_PROVISIONAL_NOTICE | 2026-12-02 | true  | 2026-12-20 | CONTENT_NOT_ALLOWED requirements",
        "CONFIRM                  | -          | false | -          | -",
        "CONFIRM                  | -          | false | 2026-12-02 | -",
        "CONFIRM                  | -          | false | 2026-12-01 | REQUIREMENT_DUE_NOT_FUTURE requirements[0].dueDate",
        "CONFIRM                  | 2026-12-02 | false | -          | CONTENT_NOT_ALLOWED representationsDeadline",
        "CONFIRM                  | -          | true  | -          | CONTENT_NOT_ALLOWED noticeText",
        "START_INVESTIGATION      | -          | false | -          | -",
        "START_INVESTIGATION      | 2026-12-02 | false | -          | CONTENT_NOT_ALLOWED representationsDeadline",
        "CLOSE_NO_ACTION          | -          | false | 2026-12-20 | CONTENT_NOT_ALLOWED requirements",
        "CLOSE_NO_ACTION          | -          | true  | -          | CONTENT_NOT_ALLOWED noticeText",
      })
  void eachStepCarriesWhatItNeedsAndNothingElse(
      CaseStep step, String deadline, boolean notice, String due, String firstViolation) {
    List<CaseStepContent.Violation> violations =
        CaseStepContent.violations(
            step,
            deadline.equals("-") ? null : LocalDate.parse(deadline),
            notice,
            due.equals("-") ? List.of() : List.of(LocalDate.parse(due)),
            false,
            TODAY);
    assertThat(
            violations.isEmpty()
                ? "-"
                : violations.getFirst().refusal() + " " + violations.getFirst().field())
        .isEqualTo(firstViolation);
  }

  @Test
  void everyRequirementDueTooSoonIsNamedByItsPlace() {
    assertThat(
            CaseStepContent.violations(
                CaseStep.CONFIRM,
                null,
                false,
                List.of(TODAY.plusDays(3), TODAY, TODAY.minusDays(1)),
                false,
                TODAY))
        .extracting(CaseStepContent.Violation::field)
        .containsExactly("requirements[1].dueDate", "requirements[2].dueDate");
  }

  @Test
  void onlyAConfirmationCarriesAPenalty() {
    assertThat(CaseStepContent.violations(CaseStep.CONFIRM, null, false, List.of(), true, TODAY))
        .isEmpty();
    for (CaseStep step :
        List.of(
            CaseStep.START_INVESTIGATION,
            CaseStep.CLOSE_NO_ACTION,
            CaseStep.ISSUE_PROVISIONAL_NOTICE)) {
      boolean notice = step == CaseStep.ISSUE_PROVISIONAL_NOTICE;
      LocalDate deadline = notice ? TODAY.plusDays(2) : null;
      assertThat(CaseStepContent.violations(step, deadline, notice, List.of(), true, TODAY))
          .as(step.name())
          .containsExactly(
              new CaseStepContent.Violation(
                  CaseStepContent.Refusal.CONTENT_NOT_ALLOWED, "penalty"));
    }
  }
}
