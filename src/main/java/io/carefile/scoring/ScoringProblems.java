package io.carefile.scoring;

import io.carefile.common.error.ProblemCode;

/** The refusals of scores and their overrides. Documented in {@code docs/problems.md}. */
public enum ScoringProblems implements ProblemCode {
  OVERRIDE_UNCHANGED(
      422, "override-unchanged", "An override must give a band other than the computed one"),
  UNKNOWN_OVERRIDE_REASON(
      422, "unknown-override-reason", "The reason code is not one of the configured reasons"),
  NO_SCORE_OVERRIDE(409, "no-score-override", "The return's latest version has no override"),
  OVERRIDE_STEP_NOT_ALLOWED(
      409, "override-step-not-allowed", "The override's state does not allow this step");

  private final Definition definition;

  ScoringProblems(int status, String code, String title) {
    this.definition = new Definition(status, code, title);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
