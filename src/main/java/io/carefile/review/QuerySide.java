package io.carefile.review;

/** Who wrote a message of a query's thread: the regulator's analysts or the platform. */
public enum QuerySide {
  REGULATOR,
  PLATFORM
}
