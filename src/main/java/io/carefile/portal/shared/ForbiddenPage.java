package io.carefile.portal.shared;

import io.carefile.common.error.ProblemMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The portal's answer to a signed-in person who opens a page their role does not give them: the one
 * mapper of {@code ForbiddenException} for every page. Outside the portal the API keeps its
 * problem+json, from the API's own mapper.
 */
public class ForbiddenPage {

  private final ProblemMapper problems;

  ForbiddenPage(ProblemMapper problems) {
    this.problems = problems;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance forbidden();
  }

  // Ahead of the API's mapper, which answers every request outside the portal.
  @ServerExceptionMapper(priority = Priorities.USER - 1)
  public Response forbidden(ForbiddenException e, HttpServerRequest request) {
    if (!isPortal(request.path())) {
      return problems.forbidden(e, request);
    }
    return Response.status(Response.Status.FORBIDDEN)
        .type(MediaType.TEXT_HTML_TYPE)
        .entity(Templates.forbidden())
        .build();
  }

  static boolean isPortal(String path) {
    return path.equals(PortalRoutes.PORTAL) || path.startsWith(PortalRoutes.PORTAL + "/");
  }
}
