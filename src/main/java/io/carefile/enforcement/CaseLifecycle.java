package io.carefile.enforcement;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where an enforcement case may go from where it stands: OPEN → INVESTIGATION → PROVISIONAL_NOTICE
 * → CONFIRMATION_DECISION, or CLOSED_NO_ACTION from any stage before a confirmation. Both ends are
 * final; an appeal against a confirmation decision is recorded beside it ({@link AppealPolicy}), it
 * does not move the case.
 *
 * <p>A provisional notice gives the platform until a deadline to make representations, and the
 * regulator must consider them before it decides: a confirmation before the deadline has passed is
 * refused ({@link #mayConfirm}), even when representations have already arrived, since the platform
 * may still add to them. Closing without action needs no wait.
 */
public final class CaseLifecycle {

  private static final Map<CaseStage, Map<CaseStep, CaseStage>> STEPS =
      new EnumMap<>(CaseStage.class);

  static {
    STEPS.put(
        CaseStage.OPEN,
        Map.of(
            CaseStep.START_INVESTIGATION, CaseStage.INVESTIGATION,
            CaseStep.CLOSE_NO_ACTION, CaseStage.CLOSED_NO_ACTION));
    STEPS.put(
        CaseStage.INVESTIGATION,
        Map.of(
            CaseStep.ISSUE_PROVISIONAL_NOTICE, CaseStage.PROVISIONAL_NOTICE,
            CaseStep.CLOSE_NO_ACTION, CaseStage.CLOSED_NO_ACTION));
    STEPS.put(
        CaseStage.PROVISIONAL_NOTICE,
        Map.of(
            CaseStep.CONFIRM, CaseStage.CONFIRMATION_DECISION,
            CaseStep.CLOSE_NO_ACTION, CaseStage.CLOSED_NO_ACTION));
  }

  private CaseLifecycle() {}

  /** The stage the step leads to from {@code from}, or empty when it is not allowed there. */
  public static Optional<CaseStage> after(CaseStage from, CaseStep step) {
    return Optional.ofNullable(STEPS.getOrDefault(from, Map.of()).get(step));
  }

  /** The stages a step can lead to from {@code from}, in the lifecycle's order. */
  public static List<CaseStage> nextStages(CaseStage from) {
    return STEPS.getOrDefault(from, Map.of()).values().stream().distinct().sorted().toList();
  }

  /** Whether the case is still open: a trigger's grounds on it open no second case. */
  public static boolean isOpen(CaseStage stage) {
    return !STEPS.getOrDefault(stage, Map.of()).isEmpty();
  }

  /**
   * Whether a provisional notice whose representations are due by {@code deadline} may be confirmed
   * {@code today} (both in the regulator's calendar): only once the deadline has passed.
   */
  public static boolean mayConfirm(LocalDate deadline, LocalDate today) {
    return today.isAfter(deadline);
  }

  /**
   * Whether the platform may still make representations {@code today} on a notice due by {@code
   * deadline}: up to and including the deadline's day.
   */
  public static boolean representationsOpen(LocalDate deadline, LocalDate today) {
    return !today.isAfter(deadline);
  }
}
