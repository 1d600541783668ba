package io.carefile.enforcement;

/** Where a requirement of a confirmation decision stands. */
public enum RequirementStatus {
  /** Imposed; the platform has not said it is done. */
  OPEN,
  /** The platform says it is done; an officer has yet to verify it. */
  COMPLETED,
  /** An officer verified that it is done. Final. */
  VERIFIED
}
