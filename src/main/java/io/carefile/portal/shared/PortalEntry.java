package io.carefile.portal.shared;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Where "Sign in" leads: once Keycloak has signed the person in, send them to their home. */
@Path(PortalRoutes.PORTAL)
@Authenticated
public class PortalEntry {

  private final Viewer viewer;

  PortalEntry(Viewer viewer) {
    this.viewer = viewer;
  }

  @GET
  @RolesAllowed("**")
  public Response enter() {
    return Response.seeOther(URI.create(viewer.home().path())).build();
  }
}
