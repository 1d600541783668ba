package io.carefile.portal.home;

import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.carefile.platform.PlatformService;
import io.carefile.platform.PlatformView;
import io.carefile.portal.shared.PortalRoutes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The home of a platform's people: the platform they act for. */
@Path(PortalRoutes.PLATFORM_HOME)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PlatformHomePage {

  private final Caller caller;
  private final PlatformService platforms;

  PlatformHomePage(Caller caller, PlatformService platforms) {
    this.caller = caller;
    this.platforms = platforms;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance home(PlatformView platform);
  }

  @GET
  @RolesAllowed(Roles.PLATFORM_USER)
  public TemplateInstance home() {
    return Templates.home(platforms.get(caller.platformId()));
  }
}
