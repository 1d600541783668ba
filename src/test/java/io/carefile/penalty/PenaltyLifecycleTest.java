package io.carefile.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PenaltyLifecycleTest {

  private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

  @ParameterizedTest(name = "{0}, balance left {1} → {2}")
  @CsvSource({
    "ISSUED,    true,  PART_PAID",
    "ISSUED,    false, PAID",
    "PART_PAID, true,  PART_PAID",
    "PART_PAID, false, PAID",
    "OVERDUE,   true,  OVERDUE",
    "OVERDUE,   false, PAID",
    "APPEALED,  true,  APPEALED",
    "APPEALED,  false, PAID",
  })
  void aPaymentMovesAnUnpaidPenalty(PenaltyStatus from, boolean left, PenaltyStatus to) {
    assertThat(PenaltyLifecycle.afterPayment(from, left)).isEqualTo(to);
  }

  @ParameterizedTest
  @CsvSource({"PAID", "WITHDRAWN"})
  void aFinalPenaltyTakesNoPaymentAndNoOfficersStep(PenaltyStatus status) {
    assertThat(PenaltyLifecycle.takesPayments(status)).isFalse();
    assertThat(PenaltyLifecycle.officerSteps(status)).isEmpty();
    assertThatThrownBy(() -> PenaltyLifecycle.afterPayment(status, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(PenaltyLifecycle.onAppealLodged(status)).isEmpty();
    assertThat(PenaltyLifecycle.onAppealUpheld(status)).isEmpty();
  }

  @ParameterizedTest(name = "{0} on {1} → {2}")
  @CsvSource({
    "ISSUED,    2026-06-30, -",
    "ISSUED,    2026-07-01, OVERDUE",
    "PART_PAID, 2026-07-01, OVERDUE",
    "OVERDUE,   2026-07-01, -",
    "APPEALED,  2026-07-01, -",
    "PAID,      2026-07-01, -",
    "WITHDRAWN, 2026-07-01, -",
  })
  void overdueOnceTheDueDateHasPassed(PenaltyStatus from, LocalDate today, String to) {
    assertThat(PenaltyLifecycle.overdue(from, DUE, today).map(Enum::name).orElse("-"))
        .isEqualTo(to);
  }

  @ParameterizedTest(name = "left {0}, paid {1}, on {2} → {3}")
  @CsvSource({
    "false, true,  2026-06-01, PAID",
    "true,  false, 2026-06-01, ISSUED",
    "true,  true,  2026-06-01, PART_PAID",
    "true,  true,  2026-07-01, OVERDUE",
    "true,  false, 2026-06-30, ISSUED",
  })
  void aDismissedAppealGivesBackWhatTheBalanceSays(
      boolean left, boolean paid, LocalDate today, PenaltyStatus to) {
    assertThat(PenaltyLifecycle.byBalance(left, paid, DUE, today)).isEqualTo(to);
  }

  @ParameterizedTest(name = "{0}: lodged → {1}, upheld after → {2}")
  @CsvSource({
    "ISSUED,    APPEALED, WITHDRAWN",
    "PART_PAID, APPEALED, WITHDRAWN",
    "OVERDUE,   APPEALED, WITHDRAWN",
    "APPEALED,  -,        WITHDRAWN",
  })
  void anAppealHoldsAnUnpaidPenaltyAndUpheldWithdrawsIt(
      PenaltyStatus from, String lodged, PenaltyStatus upheld) {
    assertThat(PenaltyLifecycle.onAppealLodged(from).map(Enum::name).orElse("-")).isEqualTo(lodged);
    assertThat(PenaltyLifecycle.onAppealUpheld(PenaltyStatus.APPEALED)).contains(upheld);
    assertThat(PenaltyLifecycle.officerSteps(from)).containsExactly(PenaltyStatus.WITHDRAWN);
  }
}
