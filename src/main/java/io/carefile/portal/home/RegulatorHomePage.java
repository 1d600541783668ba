package io.carefile.portal.home;

import io.carefile.common.security.Roles;
import io.carefile.portal.shared.PortalRoutes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The home of the regulator's staff: who they are and what the portal will offer them. */
@Path(PortalRoutes.REGULATOR_HOME)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RegulatorHomePage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance home();
  }

  @GET
  @RolesAllowed(Roles.REGULATOR)
  public TemplateInstance home() {
    return Templates.home();
  }
}
