package io.carefile.common.security;

import java.util.HashSet;
import java.util.Set;

/**
 * The Keycloak realm roles, and the role sets derived from them, in one place. Resources and pages
 * name them in {@code @RolesAllowed}: a set where several roles may call ({@link #PLATFORM_USER},
 * {@link #REGULATOR}, {@link #ANY_ROLE}), a realm role where only one may.
 */
public final class Roles {

  public static final String PLATFORM_OFFICER = "platform-officer";
  public static final String PLATFORM_ATTESTOR = "platform-attestor";
  public static final String REGULATOR_ANALYST = "regulator-analyst";
  public static final String REGULATOR_ENFORCEMENT = "regulator-enforcement";
  public static final String REGULATOR_ADMIN = "regulator-admin";

  /** Derived: a platform's officer or attestor. */
  public static final String PLATFORM_USER = "carefile:platform-user";

  /** Derived: any of the regulator's roles. */
  public static final String REGULATOR = "carefile:regulator";

  /** Derived: anyone holding one of Carefile's realm roles. */
  public static final String ANY_ROLE = "carefile:any-role";

  public static final Set<String> PLATFORM_ROLES = Set.of(PLATFORM_OFFICER, PLATFORM_ATTESTOR);
  public static final Set<String> REGULATOR_ROLES =
      Set.of(REGULATOR_ANALYST, REGULATOR_ENFORCEMENT, REGULATOR_ADMIN);

  /** Every realm role of Carefile. */
  public static final Set<String> ALL =
      Set.of(
          PLATFORM_OFFICER,
          PLATFORM_ATTESTOR,
          REGULATOR_ANALYST,
          REGULATOR_ENFORCEMENT,
          REGULATOR_ADMIN);

  static final Set<String> DERIVED = Set.of(PLATFORM_USER, REGULATOR, ANY_ROLE);

  private Roles() {}

  /** The derived role sets that the realm roles {@code realmRoles} belong to. */
  static Set<String> derivedFrom(Set<String> realmRoles) {
    Set<String> derived = new HashSet<>();
    if (realmRoles.stream().anyMatch(PLATFORM_ROLES::contains)) {
      derived.add(PLATFORM_USER);
      derived.add(ANY_ROLE);
    }
    if (realmRoles.stream().anyMatch(REGULATOR_ROLES::contains)) {
      derived.add(REGULATOR);
      derived.add(ANY_ROLE);
    }
    return derived;
  }
}
