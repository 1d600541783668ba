package io.carefile.portal.platform;

import io.carefile.common.error.ProblemException;
import io.carefile.common.error.ProblemType;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Roles;
import io.carefile.common.text.ReadableText;
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
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
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
  private final Validator validator;
  private final PlatformMessages messages;
  private final PortalMessages shared;

  PlatformsPage(
      PlatformService platforms,
      Validator validator,
      PlatformMessages messages,
      PortalMessages shared) {
    this.platforms = platforms;
    this.validator = validator;
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
        List<PlatformStatus> statuses,
        String reason);
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
    return platformPage(platforms.get(id), Map.of(), "");
  }

  /** Suspends, reinstates or exits the platform, then shows it again (POST-redirect-GET). */
  @POST
  @Path("/{id}/status")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  public Object changeStatus(
      @PathParam("id") UUID id,
      @RestForm String status,
      @RestForm String reason,
      @RestForm String expectedVersion) {
    String typed = reason == null ? "" : reason;
    Map<String, String> errors = new LinkedHashMap<>();
    PlatformStatus newStatus = statusOf(status);
    if (newStatus == null) {
      errors.put("new-status", messages.statusRequired());
    }
    if (typed.isBlank()) {
      errors.put("reason", messages.statusReasonRequired());
    }
    PlatformStatusChange change =
        new PlatformStatusChange(newStatus, typed.strip(), versionOf(expectedVersion));
    // The reason's own rules, before the service sees it: what cannot be kept is never sent on.
    for (ConstraintViolation<PlatformStatusChange> violation : validator.validate(change)) {
      if ("reason".equals(violation.getPropertyPath().toString())) {
        Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        if (constraint == ReadableText.class) {
          errors.putIfAbsent("reason", messages.statusReasonUnreadable());
        } else if (constraint == Size.class) {
          errors.putIfAbsent("reason", messages.statusReasonTooLong());
        }
      }
    }
    if (!errors.isEmpty()) {
      return platformPage(platforms.get(id), errors, typed);
    }
    try {
      platforms.changeStatus(id, change);
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
      return platformPage(platforms.get(id), Map.of(field, words), typed);
    }
    return Response.seeOther(URI.create(PortalRoutes.platform(id))).build();
  }

  /** The status chosen, or null when none of the statuses was sent. */
  private static PlatformStatus statusOf(String sent) {
    return Arrays.stream(PlatformStatus.values())
        .filter(status -> status.name().equals(sent))
        .findFirst()
        .orElse(null);
  }

  /** The version the form was shown with; -1 (never a platform's version) when garbled. */
  private static long versionOf(String sent) {
    try {
      return sent == null ? -1 : Long.parseLong(sent.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** One platform, with the status form's errors by input id. */
  private TemplateInstance platformPage(
      PlatformView platform, Map<String, String> errors, String reason) {
    List<ErrorLink> summary =
        errors.entrySet().stream()
            .map(error -> ErrorLink.to(error.getKey(), error.getValue()))
            .toList();
    String title =
        errors.isEmpty() ? platform.legalName() : shared.errorTitle(platform.legalName());
    return Templates.platform(
        platform, title, errors, summary, List.of(PlatformStatus.values()), reason);
  }
}
