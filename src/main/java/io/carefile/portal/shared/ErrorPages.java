package io.carefile.portal.shared;

import io.carefile.common.error.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * People get GOV.UK pages where the API answers problem+json: under {@code /portal} and the public
 * register's {@code /register}, "not found" becomes the "Page not found" page, an outage (503, such
 * as a lost database) the "Sorry, the service is unavailable" page with the same Retry-After, and a
 * form refused by the CSRF filter (the one refusal that carries no body: quarkus-rest-csrf aborts
 * with a bare 400) becomes a page that says how to send it again. Everything else (the API, the
 * public register's JSON under {@code /api/v1/public}) keeps its answer.
 */
public class ErrorPages {

  private static final List<String> PAGE_PREFIXES =
      List.of(PortalRoutes.PORTAL, PortalRoutes.REGISTER);

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance notFound();

    static native TemplateInstance formRefused();

    static native TemplateInstance unavailable();
  }

  /** The "Page not found" answer, for resources that know there is nothing at their path. */
  public static Response notFound() {
    return page(Response.Status.NOT_FOUND, Templates.notFound());
  }

  @ServerResponseFilter
  public void pages(ContainerRequestContext request, ContainerResponseContext response) {
    String path = request.getUriInfo().getPath();
    if (PAGE_PREFIXES.stream().noneMatch(path::startsWith)) {
      return;
    }
    if (response.getStatus() == Response.Status.NOT_FOUND.getStatusCode()
        && response.getEntity() instanceof Problem) {
      replace(response, Templates.notFound());
    } else if (response.getStatus() == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()
        && response.getEntity() instanceof Problem) {
      replace(response, Templates.unavailable());
    } else if (response.getStatus() == Response.Status.BAD_REQUEST.getStatusCode()
        && !response.hasEntity()) {
      replace(response, Templates.formRefused());
    }
  }

  private static void replace(ContainerResponseContext response, TemplateInstance page) {
    // Rendered here: the template writer has already had its turn when response filters run.
    response.setEntity(page.render(), new Annotation[0], MediaType.TEXT_HTML_TYPE);
  }

  private static Response page(Response.Status status, TemplateInstance page) {
    return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
  }
}
