package io.carefile.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The portal's answer to a signed-in person who opens a page their role does not give them. Page
 * resources map {@code ForbiddenException} to it locally, so the API keeps its problem+json.
 */
final class ForbiddenPage {

  private ForbiddenPage() {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance forbidden();
  }

  static Response response() {
    return Response.status(Response.Status.FORBIDDEN)
        .type(MediaType.TEXT_HTML_TYPE)
        .entity(Templates.forbidden())
        .build();
  }
}
