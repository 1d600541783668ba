package io.carefile.platform;

/** Whether a platform is in scope of the regime. */
public enum PlatformStatus {
  ACTIVE,
  SUSPENDED,
  EXITED
}
