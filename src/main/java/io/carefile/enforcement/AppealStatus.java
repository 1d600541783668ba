package io.carefile.enforcement;

/** An appeal against a confirmation decision, as recorded by an enforcement officer. */
public enum AppealStatus {
  /** The platform has appealed; the decision's penalty is not enforced meanwhile. */
  LODGED,
  /** The appeal succeeded: the decision is set aside. */
  UPHELD,
  /** The appeal failed: the decision stands. */
  DISMISSED
}
