package io.carefile.portal.shared;

import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The person a page is shown to, as the shared layout needs them: whether anyone is signed in,
 * their name and roles, and which home page is theirs. Templates read it as {@code inject:viewer},
 * so that no page has to pass the header's data along.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

  private final SecurityIdentity identity;
  private final Caller caller;

  Viewer(SecurityIdentity identity, Caller caller) {
    this.identity = identity;
    this.caller = caller;
  }

  /** Public pages are outside the portal's sign-in, so nobody is signed in there. */
  public boolean signedIn() {
    return !identity.isAnonymous();
  }

  public String displayName() {
    return caller.displayName();
  }

  /** The caller's Carefile roles, in a stable order. */
  public List<String> roles() {
    return caller.roles().stream().filter(Roles.ALL::contains).sorted().toList();
  }

  public Home home() {
    return caller.isRegulator() ? Home.REGULATOR : Home.PLATFORM;
  }

  /** Each audience has its own home page. */
  public enum Home {
    PLATFORM(PortalRoutes.PLATFORM_HOME),
    REGULATOR(PortalRoutes.REGULATOR_HOME);

    private final String path;

    Home(String path) {
      this.path = path;
    }

    public String path() {
      return path;
    }
  }
}
