package io.carefile.portal.platform;

import io.carefile.common.error.ProblemException;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Roles;
import io.carefile.platform.PlatformCategory;
import io.carefile.platform.PlatformFilter;
import io.carefile.platform.PlatformService;
import io.carefile.platform.PlatformStatus;
import io.carefile.platform.PlatformStatusChange;
import io.carefile.platform.PlatformView;
import io.carefile.portal.shared.PortalRoutes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/** Regulator staff's register of platforms: the list, one platform, and its status changes. */
@Path(PortalRoutes.PLATFORMS)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PlatformsPage {
  private static final int PAGE_SIZE = 50;

  private final PlatformService platforms;

  PlatformsPage(PlatformService platforms) {
    this.platforms = platforms;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance list(
        Page<PlatformView> page,
        String q,
        PlatformStatus status,
        PlatformCategory category,
        List<PlatformStatus> statuses,
        List<PlatformCategory> categories);

    static native TemplateInstance platform(PlatformView platform, String error);
  }

  @GET
  @RolesAllowed(Roles.REGULATOR)
  public TemplateInstance list(
      @QueryParam("q") String q,
      @QueryParam("status") PlatformStatus status,
      @QueryParam("category") PlatformCategory category,
      @QueryParam("page") @DefaultValue("1") int pageNumber) {
    PlatformFilter filter = new PlatformFilter();
    filter.q = q == null || q.isBlank() ? null : q.strip();
    filter.status = status == null ? null : status.name();
    filter.category = category == null ? null : category.name();
    Page<PlatformView> page =
        platforms.list(filter, PageRequest.of(Math.max(1, pageNumber), PAGE_SIZE));
    return Templates.list(
        page,
        filter.q,
        status,
        category,
        List.of(PlatformStatus.values()),
        List.of(PlatformCategory.values()));
  }

  @GET
  @Path("/{id}")
  @RolesAllowed(Roles.REGULATOR)
  public TemplateInstance platform(@PathParam("id") UUID id) {
    return Templates.platform(platforms.get(id), null);
  }

  /** Suspends, reinstates or exits the platform, then shows it again (POST-redirect-GET). */
  @POST
  @Path("/{id}/status")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  public Object changeStatus(
      @PathParam("id") UUID id,
      @RestForm PlatformStatus status,
      @RestForm String reason,
      @RestForm long expectedVersion) {
    if (status == null || reason == null || reason.isBlank()) {
      return Templates.platform(platforms.get(id), "Enter the reason for the change");
    }
    try {
      platforms.changeStatus(id, new PlatformStatusChange(status, reason.strip(), expectedVersion));
    } catch (ProblemException e) {
      return Templates.platform(platforms.get(id), e.getMessage());
    }
    return Response.seeOther(URI.create(PortalRoutes.platform(id))).build();
  }
}
