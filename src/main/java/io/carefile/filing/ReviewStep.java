package io.carefile.filing;

/** A step of the regulator's review of a submitted return; {@link FilingLifecycle} orders them. */
public enum ReviewStep {
  /** An analyst takes the return on: it is under review. */
  TAKE_INTO_REVIEW,
  /** An analyst asks the platform something: the return is back with the platform. */
  RAISE_QUERY,
  /** The platform answered a query: the return is under review again. */
  ANSWER_QUERY,
  /** The analyst accepts the return, with or without findings. */
  ACCEPT,
  /** The analyst rejects the return, with reasons. */
  REJECT
}
