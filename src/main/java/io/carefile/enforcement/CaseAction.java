package io.carefile.enforcement;

/** What a step of a case's history was. */
public enum CaseAction {
  OPENED,
  INVESTIGATION_STARTED,
  PROVISIONAL_NOTICE_ISSUED,
  CONFIRMED,
  CLOSED_NO_ACTION,
  REPRESENTATIONS_MADE,
  REQUIREMENT_COMPLETED,
  REQUIREMENT_VERIFIED,
  APPEAL_LODGED,
  APPEAL_DECIDED,
  PUBLISHED;

  /** The history's action for a lifecycle step. */
  static CaseAction of(CaseStep step) {
    return switch (step) {
      case START_INVESTIGATION -> INVESTIGATION_STARTED;
      case ISSUE_PROVISIONAL_NOTICE -> PROVISIONAL_NOTICE_ISSUED;
      case CONFIRM -> CONFIRMED;
      case CLOSE_NO_ACTION -> CLOSED_NO_ACTION;
    };
  }
}
