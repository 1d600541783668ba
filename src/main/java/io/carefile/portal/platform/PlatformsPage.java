package io.carefile.portal.platform;

import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Roles;
import io.carefile.platform.PlatformCategory;
import io.carefile.platform.PlatformFilter;
import io.carefile.platform.PlatformProblems;
import io.carefile.platform.PlatformService;
import io.carefile.platform.PlatformStatus;
import io.carefile.platform.PlatformStatusChange;
import io.carefile.platform.PlatformView;
import io.carefile.portal.shared.ErrorLink;
import io.carefile.portal.shared.PortalMessages;
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
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/** Regulator staff's register of platforms: the list, one platform, and its status changes. */
@Path(PortalRoutes.PLATFORMS)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PlatformsPage {
  private static final int PAGE_SIZE = 50;

  private final PlatformService platforms;
  private final PlatformMessages messages;
  private final PortalMessages shared;

  PlatformsPage(PlatformService platforms, PlatformMessages messages, PortalMessages shared) {
    this.platforms = platforms;
    this.messages = messages;
    this.shared = shared;
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

    static native TemplateInstance platform(
        PlatformView platform,
        String title,
        Map<String, String> errors,
        List<ErrorLink> summary,
        List<PlatformStatus> statuses);
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
    return platformPage(platforms.get(id), Map.of());
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
      return platformPage(platforms.get(id), Map.of("reason", messages.statusReasonRequired()));
    }
    try {
      platforms.changeStatus(id, new PlatformStatusChange(status, reason.strip(), expectedVersion));
    } catch (ProblemException e) {
      String field;
      String words;
      if (e.is(PlatformProblems.STATUS_UNCHANGED)) {
        field = "new-status";
        words = messages.statusUnchanged();
      } else if (e.is(ProblemType.STALE_VERSION)) {
        // Someone changed the platform meanwhile: the page shows its status as it now is.
        field = "new-status";
        words = messages.statusStale();
      } else {
        throw e;
      }
      return platformPage(platforms.get(id), Map.of(field, words));
    }
    return Response.seeOther(URI.create(PortalRoutes.platform(id))).build();
  }

  /** One platform, with the status form's errors by input id. */
  private TemplateInstance platformPage(PlatformView platform, Map<String, String> errors) {
    List<ErrorLink> summary =
        errors.entrySet().stream()
            .map(error -> ErrorLink.to(error.getKey(), error.getValue()))
            .toList();
    String title =
        errors.isEmpty() ? platform.legalName() : shared.errorTitle(platform.legalName());
    return Templates.platform(platform, title, errors, summary, List.of(PlatformStatus.values()));
  }
}
