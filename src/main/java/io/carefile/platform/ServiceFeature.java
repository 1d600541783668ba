package io.carefile.platform;

/** Functionalities of a user-to-user service that the category thresholds look at. */
public enum ServiceFeature {
  CONTENT_RECOMMENDER,
  RESHARING,
  DIRECT_MESSAGING
}
