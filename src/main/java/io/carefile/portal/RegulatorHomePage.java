package io.carefile.portal;

import io.carefile.common.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The home of the regulator's staff: who they are and what the portal will offer them. */
@Path(RegulatorHomePage.PATH)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RegulatorHomePage {

  static final String PATH = "/portal/regulator";

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance home();
  }

  @GET
  @RolesAllowed(Roles.REGULATOR)
  public TemplateInstance home() {
    return Templates.home();
  }

  @ServerExceptionMapper
  Response forbidden(ForbiddenException e) {
    return ForbiddenPage.response();
  }
}
