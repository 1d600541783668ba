package io.carefile.portal.obligation;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.carefile.export.Exports;
import io.carefile.filing.FilingQueries;
import io.carefile.filing.FilingReference;
import io.carefile.obligation.ObligationExport;
import io.carefile.obligation.ObligationFilter;
import io.carefile.obligation.ObligationService;
import io.carefile.obligation.ObligationStatus;
import io.carefile.obligation.ObligationView;
import io.carefile.platform.PlatformService;
import io.carefile.portal.shared.PageLinks;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.portal.shared.SpreadsheetDownloads;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The obligations calendar: a platform's people see what their platform must file and by when, and
 * start or continue each return from it; regulator staff see every platform's, with the platform
 * named.
 */
@Path(PortalRoutes.OBLIGATIONS)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ObligationsPage {
  private static final int PAGE_SIZE = 50;

  private final ObligationService obligations;
  private final PlatformService platforms;
  private final FilingQueries filingQueries;
  private final Caller caller;
  private final Exports exports;
  private final ObligationExport obligationExport;

  ObligationsPage(
      ObligationService obligations,
      PlatformService platforms,
      FilingQueries filingQueries,
      Caller caller,
      Exports exports,
      ObligationExport obligationExport) {
    this.obligations = obligations;
    this.platforms = platforms;
    this.filingQueries = filingQueries;
    this.caller = caller;
    this.exports = exports;
    this.obligationExport = obligationExport;
  }

  /**
   * One table row: the obligation; for regulators, the platform's name; for the platform's people,
   * its return if started, and whether one can be started.
   */
  public record Row(
      ObligationView obligation, String platformName, FilingReference filing, boolean startable) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance obligations(
        List<Row> rows,
        boolean showPlatform,
        boolean mayFile,
        ObligationStatus status,
        LocalDate from,
        LocalDate to,
        UUID platformId,
        List<ObligationStatus> statuses,
        Page<ObligationView> page,
        PageLinks pageLinks,
        String spreadsheet);
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  public TemplateInstance obligations(
      @QueryParam("status") ObligationStatus status,
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @QueryParam("platformId") UUID platformId,
      @QueryParam("page") @DefaultValue("1") int pageNumber) {
    ObligationFilter filter = filter(status, from, to, platformId);
    Page<ObligationView> page =
        obligations.list(filter, PageRequest.of(Math.max(1, pageNumber), PAGE_SIZE));
    boolean showPlatform = caller.isRegulator();
    boolean mayFile = caller.isPlatformScoped();
    Map<UUID, String> names =
        showPlatform
            ? platforms.namesOf(
                page.items().stream().map(ObligationView::platformId).collect(Collectors.toSet()))
            : Map.of();
    Map<UUID, FilingReference> returns =
        mayFile
            ? filingQueries.referencesFor(page.items().stream().map(ObligationView::id).toList())
            : Map.of();
    List<Row> rows =
        page.items().stream()
            .map(
                obligation ->
                    new Row(
                        obligation,
                        names.get(obligation.platformId()),
                        returns.get(obligation.id()),
                        mayFile && obligation.status().acceptsNewFiling()))
            .toList();
    return Templates.obligations(
        rows,
        showPlatform,
        mayFile,
        status,
        from,
        to,
        platformId,
        List.of(ObligationStatus.values()),
        page,
        PageLinks.of(
            page,
            number ->
                filtered(PortalRoutes.OBLIGATIONS, status, from, to, platformId)
                    .queryParam("page", number)
                    .build()
                    .toString()),
        filtered(PortalRoutes.OBLIGATIONS + PortalRoutes.SPREADSHEET, status, from, to, platformId)
            .build()
            .toString());
  }

  /** The obligations the list's filters match, every page, as a workbook (or its progress). */
  @GET
  @Path(PortalRoutes.SPREADSHEET)
  @Produces({Exports.SPREADSHEET, MediaType.TEXT_HTML})
  @RolesAllowed(Roles.ANY_ROLE)
  public Response spreadsheet(
      @QueryParam("status") ObligationStatus status,
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @QueryParam("platformId") UUID platformId) {
    return SpreadsheetDownloads.of(
        exports.spreadsheet(obligationExport, filter(status, from, to, platformId)));
  }

  private static ObligationFilter filter(
      ObligationStatus status, LocalDate from, LocalDate to, UUID platformId) {
    ObligationFilter filter = new ObligationFilter();
    filter.status = status == null ? null : status.name();
    filter.from = from;
    filter.to = to;
    filter.platformId = platformId;
    return filter;
  }

  private static UriBuilder filtered(
      String path, ObligationStatus status, LocalDate from, LocalDate to, UUID platformId) {
    UriBuilder address = UriBuilder.fromPath(path);
    if (status != null) {
      address.queryParam("status", status.name());
    }
    if (from != null) {
      address.queryParam("from", from);
    }
    if (to != null) {
      address.queryParam("to", to);
    }
    if (platformId != null) {
      address.queryParam("platformId", platformId);
    }
    return address;
  }
}
