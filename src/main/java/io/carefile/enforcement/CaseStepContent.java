package io.carefile.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What each step carries besides its reason. A provisional notice needs its text and the deadline
 * for representations, a day after today in the regulator's calendar; a confirmation may impose
 * requirements, each due after today, and a penalty; no other step carries a deadline, a notice,
 * requirements or a penalty.
 */
public final class CaseStepContent {

  /** Why a step's content is refused. */
  public enum Refusal {
    DEADLINE_REQUIRED,
    DEADLINE_NOT_FUTURE,
    NOTICE_REQUIRED,
    REQUIREMENT_DUE_NOT_FUTURE,
    CONTENT_NOT_ALLOWED
  }

  /** A refusal and the member of the request it is about. */
  public record Violation(Refusal refusal, String field) {}

  private CaseStepContent() {}

  /**
   * Every violation of the step's content, in the order of the request's members.
   *
   * @param deadline the representations deadline sent, or null
   * @param noticeGiven whether a notice text was sent (not blank)
   * @param requirementDueDates the due date of each requirement sent, in order
   * @param penaltyGiven whether a penalty was sent
   * @param today today in the regulator's calendar
   */
  public static List<Violation> violations(
      CaseStep step,
      LocalDate deadline,
      boolean noticeGiven,
      List<LocalDate> requirementDueDates,
      boolean penaltyGiven,
      LocalDate today) {
    List<Violation> violations = new ArrayList<>();
    boolean notice = step == CaseStep.ISSUE_PROVISIONAL_NOTICE;
    if (notice) {
      if (deadline == null) {
        violations.add(new Violation(Refusal.DEADLINE_REQUIRED, "representationsDeadline"));
      } else if (!deadline.isAfter(today)) {
        violations.add(new Violation(Refusal.DEADLINE_NOT_FUTURE, "representationsDeadline"));
      }
      if (!noticeGiven) {
        violations.add(new Violation(Refusal.NOTICE_REQUIRED, "noticeText"));
      }
    } else {
      if (deadline != null) {
        violations.add(new Violation(Refusal.CONTENT_NOT_ALLOWED, "representationsDeadline"));
      }
      if (noticeGiven) {
        violations.add(new Violation(Refusal.CONTENT_NOT_ALLOWED, "noticeText"));
      }
    }
    if (step == CaseStep.CONFIRM) {
      for (int i = 0; i < requirementDueDates.size(); i++) {
        if (!requirementDueDates.get(i).isAfter(today)) {
          violations.add(
              new Violation(Refusal.REQUIREMENT_DUE_NOT_FUTURE, "requirements[" + i + "].dueDate"));
        }
      }
    } else if (!requirementDueDates.isEmpty()) {
      violations.add(new Violation(Refusal.CONTENT_NOT_ALLOWED, "requirements"));
    }
    if (step != CaseStep.CONFIRM && penaltyGiven) {
      violations.add(new Violation(Refusal.CONTENT_NOT_ALLOWED, "penalty"));
    }
    return violations;
  }
}
