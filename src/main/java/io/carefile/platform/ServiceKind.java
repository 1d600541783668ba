package io.carefile.platform;

/** The kinds of regulated service a platform provides; one platform may provide several. */
public enum ServiceKind {
  USER_TO_USER,
  SEARCH,
  PORNOGRAPHY_PROVIDER
}
