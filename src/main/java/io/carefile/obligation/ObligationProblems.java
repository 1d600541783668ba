package io.carefile.obligation;

import io.carefile.common.error.ProblemCode;

/**
 * The refusals about obligations: what is due, waived or generated. Documented in {@code
 * docs/problems.md}.
 */
public enum ObligationProblems implements ProblemCode {
  OBLIGATION_WAIVED(409, "obligation-waived", "The obligation was waived: nothing is to be filed"),
  OBLIGATION_NOT_WAIVABLE(
      409, "obligation-not-waivable", "Only an open or overdue obligation can be waived"),
  INVALID_PERIOD(400, "invalid-period", "The date does not start a reporting period"),
  INVALID_DATE_RANGE(400, "invalid-date-range", "The start of the range is after its end");

  private final Definition definition;

  ObligationProblems(int status, String code, String title) {
    this.definition = new Definition(status, code, title);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
