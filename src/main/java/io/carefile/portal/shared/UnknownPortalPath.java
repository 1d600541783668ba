package io.carefile.portal.shared;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Every portal path no page claims. JAX-RS prefers any page's own path to this pattern, so this
 * only answers what would otherwise fall through to the API's problem+json 404.
 */
@Path(PortalRoutes.PORTAL + "/{unknown: .+}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class UnknownPortalPath {

  @GET
  @RolesAllowed("**")
  public Response get() {
    return ErrorPages.notFound();
  }

  @POST
  @RolesAllowed("**")
  public Response post() {
    return ErrorPages.notFound();
  }
}
