package io.carefile.filing;

/** Where a return stands: drafted, then submitted, then through the regulator's review. */
public enum FilingStatus {
  DRAFT,
  SUBMITTED,
  UNDER_REVIEW,
  QUERIED,
  ACCEPTED,
  REJECTED
}
