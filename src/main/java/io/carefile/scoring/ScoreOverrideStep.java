package io.carefile.scoring;

/** What can happen to an override ({@link ScoreOverridePolicy}). */
public enum ScoreOverrideStep {
  /** An analyst overrides the same version again: the new override replaces this one. */
  SUPERSEDE(true),
  /** An analyst re-confirms an override an amendment carried onto its new version. */
  RECONFIRM(true),
  /** An analyst lets an override an amendment carried onto its new version lapse. */
  LAPSE(true),
  /** An analyst withdraws an override. */
  WITHDRAW(true),
  /** A later version is scored: the override is carried onto it, awaiting re-confirmation. */
  CARRY_FORWARD(false);

  private final boolean byAnalyst;

  ScoreOverrideStep(boolean byAnalyst) {
    this.byAnalyst = byAnalyst;
  }

  /** False for what a submission does, not an analyst. */
  public boolean byAnalyst() {
    return byAnalyst;
  }
}
