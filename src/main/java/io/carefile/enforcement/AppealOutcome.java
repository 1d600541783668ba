package io.carefile.enforcement;

/** How a lodged appeal ended. */
public enum AppealOutcome {
  UPHELD,
  DISMISSED;

  AppealStatus status() {
    return this == UPHELD ? AppealStatus.UPHELD : AppealStatus.DISMISSED;
  }
}
