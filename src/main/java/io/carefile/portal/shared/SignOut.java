package io.carefile.portal.shared;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The header's "Sign out" button. Signing out is a POST carrying the CSRF token (checked by
 * quarkus-rest-csrf before this runs), so another site cannot sign people out; it then hands over
 * to the OIDC logout path, which ends the session here and in Keycloak.
 */
@Path(PortalRoutes.SIGN_OUT_REQUEST)
@Authenticated
public class SignOut {

  private final URI logoutPath;

  SignOut(@ConfigProperty(name = "quarkus.oidc.web.logout.path") String logoutPath) {
    this.logoutPath = URI.create(logoutPath);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed("**")
  public Response signOut() {
    return Response.seeOther(logoutPath).build();
  }
}
