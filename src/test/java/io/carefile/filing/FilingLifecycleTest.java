package io.carefile.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every status against every review step: the legal ones lead where the spec says, no other. */
class FilingLifecycleTest {

  @ParameterizedTest(name = "{0} --{1}--> {2}")
  @CsvSource({
    "DRAFT, TAKE_INTO_REVIEW, -",
    "DRAFT, RAISE_QUERY, -",
    "DRAFT, ANSWER_QUERY, -",
    "DRAFT, ACCEPT, -",
    "DRAFT, REJECT, -",
    "SUBMITTED, TAKE_INTO_REVIEW, UNDER_REVIEW",
    "SUBMITTED, RAISE_QUERY, -",
    "SUBMITTED, ANSWER_QUERY, -",
    "SUBMITTED, ACCEPT, -",
    "SUBMITTED, REJECT, -",
    "UNDER_REVIEW, TAKE_INTO_REVIEW, -",
    "UNDER_REVIEW, RAISE_QUERY, QUERIED",
    "UNDER_REVIEW, ANSWER_QUERY, -",
    "UNDER_REVIEW, ACCEPT, ACCEPTED",
    "UNDER_REVIEW, REJECT, REJECTED",
    "QUERIED, TAKE_INTO_REVIEW, -",
    "QUERIED, RAISE_QUERY, QUERIED",
    "QUERIED, ANSWER_QUERY, UNDER_REVIEW",
    "QUERIED, ACCEPT, -",
    "QUERIED, REJECT, REJECTED",
    "ACCEPTED, TAKE_INTO_REVIEW, -",
    "ACCEPTED, RAISE_QUERY, -",
    "ACCEPTED, ANSWER_QUERY, -",
    "ACCEPTED, ACCEPT, -",
    "ACCEPTED, REJECT, -",
    "REJECTED, TAKE_INTO_REVIEW, -",
    "REJECTED, RAISE_QUERY, -",
    "REJECTED, ANSWER_QUERY, -",
    "REJECTED, ACCEPT, -",
    "REJECTED, REJECT, -",
  })
  void aReviewStepLeadsWhereTheLifecycleSays(FilingStatus from, ReviewStep step, String to) {
    assertThat(FilingLifecycle.after(from, step).map(Enum::name).orElse("-")).isEqualTo(to);
  }

  @Test
  void everyStatusAndStepIsInTheTable() {
    assertThat(FilingStatus.values().length * ReviewStep.values().length).isEqualTo(30);
  }

  @ParameterizedTest(name = "a version submitted while {0} leaves it {1}")
  @CsvSource({
    "DRAFT, SUBMITTED",
    "SUBMITTED, SUBMITTED",
    "UNDER_REVIEW, UNDER_REVIEW",
    "QUERIED, UNDER_REVIEW",
    "ACCEPTED, SUBMITTED",
    "REJECTED, SUBMITTED",
  })
  void anAmendmentAnswersAQueryAndReopensADecidedReturn(FilingStatus from, FilingStatus to) {
    assertThat(FilingLifecycle.afterSubmission(from)).isEqualTo(to);
  }

  @Test
  void theAllowedNextStatusesAreThoseTheStepsLeadTo() {
    assertThat(FilingLifecycle.nextStatuses(FilingStatus.UNDER_REVIEW))
        .containsExactly(FilingStatus.QUERIED, FilingStatus.ACCEPTED, FilingStatus.REJECTED);
    assertThat(FilingLifecycle.nextStatuses(FilingStatus.QUERIED))
        .containsExactly(FilingStatus.UNDER_REVIEW, FilingStatus.QUERIED, FilingStatus.REJECTED);
    for (FilingStatus terminal : List.of(FilingStatus.ACCEPTED, FilingStatus.REJECTED)) {
      assertThat(FilingLifecycle.nextStatuses(terminal)).isEmpty();
      assertThat(FilingLifecycle.stepsFrom(terminal)).isEmpty();
    }
    assertThat(
            Arrays.stream(FilingStatus.values())
                .filter(status -> !FilingLifecycle.stepsFrom(status).isEmpty()))
        .containsExactly(FilingStatus.SUBMITTED, FilingStatus.UNDER_REVIEW, FilingStatus.QUERIED);
  }
}
