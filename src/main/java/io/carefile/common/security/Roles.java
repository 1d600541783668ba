package io.carefile.common.security;

import java.util.Set;

/** The Keycloak realm roles, in one place. Resources name them in {@code @RolesAllowed}. */
public final class Roles {

  public static final String PLATFORM_OFFICER = "platform-officer";
  public static final String PLATFORM_ATTESTOR = "platform-attestor";
  public static final String REGULATOR_ANALYST = "regulator-analyst";
  public static final String REGULATOR_ENFORCEMENT = "regulator-enforcement";
  public static final String REGULATOR_ADMIN = "regulator-admin";

  public static final Set<String> PLATFORM_ROLES = Set.of(PLATFORM_OFFICER, PLATFORM_ATTESTOR);
  public static final Set<String> REGULATOR_ROLES =
      Set.of(REGULATOR_ANALYST, REGULATOR_ENFORCEMENT, REGULATOR_ADMIN);
  public static final Set<String> ALL =
      Set.of(
          PLATFORM_OFFICER,
          PLATFORM_ATTESTOR,
          REGULATOR_ANALYST,
          REGULATOR_ENFORCEMENT,
          REGULATOR_ADMIN);

  private Roles() {}
}
