package io.carefile.common.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, resolved once per request from the verified token: subject, names, realm roles
 * and, for platform users and platform service accounts, the platform they act for.
 *
 * <p>The platform comes from the {@code platform_id} claim, which Keycloak maps from the user
 * attribute of the same name; a platform's service account carries the attribute on its
 * service-account user, so people and machines are resolved the same way.
 */
@RequestScoped
public class Caller {

  public static final String PLATFORM_CLAIM = "platform_id";

  /**
   * Set by a hard-coded claim mapper on each platform's filing client, and only there; those
   * clients issue tokens by client credentials alone, so no person's token carries it.
   */
  public static final String CALLER_KIND_CLAIM = "carefile_caller_kind";

  public static final String PLATFORM_SYSTEM = "platform-system";

  /** Keycloak names every service-account user {@code service-account-<client id>}. */
  public static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

  private final SecurityIdentity identity;
  private Resolved resolved;

  Caller(SecurityIdentity identity) {
    this.identity = identity;
  }

  private record Resolved(
      String subject,
      String username,
      String displayName,
      Set<String> roles,
      UUID platformId,
      boolean platformSystem) {}

  /** False for anonymous requests, which reach only the public pages. */
  public boolean isAuthenticated() {
    return !identity.isAnonymous();
  }

  public String subject() {
    return resolved().subject();
  }

  public String username() {
    return resolved().username();
  }

  public String displayName() {
    return resolved().displayName();
  }

  public Set<String> roles() {
    return resolved().roles();
  }

  public UUID platformId() {
    return resolved().platformId();
  }

  public Optional<UUID> platform() {
    return Optional.ofNullable(platformId());
  }

  /**
   * Platform-scoped callers only ever see their own platform's data. Anyone with a platform, or
   * without a regulator role, is scoped: seeing everything must be earned by a regulator role.
   */
  public boolean isPlatformScoped() {
    return platformId() != null || roles().stream().noneMatch(Roles.REGULATOR_ROLES::contains);
  }

  public boolean isRegulator() {
    return !isPlatformScoped();
  }

  /**
   * A platform's own system acting for it (OAuth client credentials), not a person. Recognised from
   * what Keycloak asserts about the grant, never from a name a person could choose: the filing
   * client's own claim, and the service-account user of the very client the token was issued to.
   */
  public boolean isPlatformSystem() {
    return resolved().platformSystem();
  }

  public boolean hasRole(String role) {
    return roles().contains(role);
  }

  private Resolved resolved() {
    if (resolved == null) {
      resolved = resolve();
    }
    return resolved;
  }

  private Resolved resolve() {
    if (identity.isAnonymous()) {
      throw new UnauthorizedException();
    }
    String subject = identity.getPrincipal().getName();
    String username = subject;
    String displayName = subject;
    UUID platformId = null;
    boolean platformSystem = false;
    if (identity.getPrincipal() instanceof JsonWebToken token) {
      subject = token.getSubject() != null ? token.getSubject() : subject;
      username = claim(token, "preferred_username", subject);
      displayName = claim(token, "name", username);
      platformId = platformOf(token);
      platformSystem = isPlatformSystem(token, username);
    }
    return new Resolved(
        subject,
        username,
        displayName,
        Set.copyOf(identity.getRoles()),
        platformId,
        platformSystem);
  }

  private static boolean isPlatformSystem(JsonWebToken token, String username) {
    Object authorisedParty = token.getClaim("azp");
    return PLATFORM_SYSTEM.equals(claim(token, CALLER_KIND_CLAIM, null))
        && authorisedParty != null
        && username.equals(SERVICE_ACCOUNT_PREFIX + authorisedParty.toString().replace("\"", ""));
  }

  private static String claim(JsonWebToken token, String name, String fallback) {
    Object value = token.getClaim(name);
    return value == null ? fallback : value.toString().replace("\"", "");
  }

  private static UUID platformOf(JsonWebToken token) {
    Object value = token.getClaim(PLATFORM_CLAIM);
    if (value == null) {
      return null;
    }
    try {
      return UUID.fromString(value.toString().replace("\"", ""));
    } catch (IllegalArgumentException e) {
      throw new ForbiddenException("The token names an invalid platform");
    }
  }
}
