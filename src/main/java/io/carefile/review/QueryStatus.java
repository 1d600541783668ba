package io.carefile.review;

/**
 * Where a query stands: OPEN while the platform owes an answer, ANSWERED once it replied or
 * amended, CLOSED when an analyst closed it (nothing more is said in it).
 */
public enum QueryStatus {
  OPEN,
  ANSWERED,
  CLOSED
}
