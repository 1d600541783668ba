package io.carefile.portal.shared;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The public start page: what Carefile is, and the way in. */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class StartPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance start();
  }

  @GET
  @PermitAll
  public TemplateInstance start() {
    return Templates.start();
  }
}
