package io.carefile.common.tenancy;

import java.util.UUID;

/**
 * Whose platform-owned rows a unit of work may touch: one platform's, every platform's (a
 * regulator, or {@link SystemWork}), or none at all (nobody known: fail closed).
 */
public record Scope(UUID platform, boolean all) {

  public static final Scope ALL = new Scope(null, true);
  public static final Scope NONE = new Scope(null, false);

  public static Scope of(UUID platform) {
    return new Scope(platform, false);
  }

  /** Whether rows owned by this platform are in scope. */
  public boolean sees(UUID platformId) {
    return all || (platform != null && platform.equals(platformId));
  }
}
