package io.carefile.portal.enforcement;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.carefile.common.time.RegulatorCalendar;
import io.carefile.enforcement.CaseExport;
import io.carefile.enforcement.CaseFilter;
import io.carefile.enforcement.CaseQueries;
import io.carefile.enforcement.CaseStage;
import io.carefile.enforcement.CaseSummary;
import io.carefile.enforcement.CaseTrigger;
import io.carefile.export.Exports;
import io.carefile.platform.PlatformService;
import io.carefile.portal.shared.PageLinks;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.portal.shared.SpreadsheetDownloads;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The enforcement cases: a platform's people see their own platform's, with the deadlines they have
 * to meet; regulator staff every platform's, with the platform named. Newest first, filtered by the
 * API's own {@link CaseFilter} (stage and what opened the case) from a GET form; a value the form
 * cannot send is no filter, as an empty choice is.
 */
@Path(PortalRoutes.ENFORCEMENT_CASES)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CasesPage {

  static final int PAGE_SIZE = 25;

  private final CaseQueries cases;
  private final RegulatorCalendar calendar;
  private final Caller caller;
  private final PlatformService platforms;
  private final Exports exports;
  private final CaseExport caseExport;

  CasesPage(
      CaseQueries cases,
      RegulatorCalendar calendar,
      Caller caller,
      PlatformService platforms,
      Exports exports,
      CaseExport caseExport) {
    this.cases = cases;
    this.calendar = calendar;
    this.caller = caller;
    this.platforms = platforms;
    this.exports = exports;
    this.caseExport = caseExport;
  }

  /** The one platform a regulator's list is narrowed to, from its profile page's link. */
  public record PlatformChoice(UUID id, String name) {}

  /** One case as its row shows it, opened in the regulator's zone. */
  public record Row(CaseSummary summary, String link, ZonedDateTime openedAt) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance cases(
        List<Row> rows,
        Page<CaseSummary> page,
        PageLinks pageLinks,
        boolean regulator,
        boolean officer,
        CaseStage stage,
        CaseTrigger trigger,
        PlatformChoice platform,
        List<CaseStage> stages,
        List<CaseTrigger> triggers,
        String spreadsheet);
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  public TemplateInstance cases(
      @QueryParam("stage") String stage,
      @QueryParam("trigger") String trigger,
      @QueryParam("platformId") String platformId,
      @QueryParam("page") String pageNumber) {
    CaseStage wantedStage = valueOf(CaseStage.values(), stage);
    CaseTrigger wantedTrigger = valueOf(CaseTrigger.values(), trigger);
    PlatformChoice platform = caller.isRegulator() ? platformOf(platformId) : null;
    CaseFilter filter = filter(wantedStage, wantedTrigger, platform);
    Page<CaseSummary> page =
        cases.list(filter, PageRequest.of(PageLinks.requested(pageNumber), PAGE_SIZE));
    List<Row> rows =
        page.items().stream()
            .map(
                summary ->
                    new Row(
                        summary,
                        PortalRoutes.enforcementCase(summary.id()),
                        summary.openedAt().atZone(calendar.zone())))
            .toList();
    String query =
        (wantedStage == null ? "" : "stage=" + wantedStage.name() + "&")
            + (wantedTrigger == null ? "" : "trigger=" + wantedTrigger.name() + "&")
            + (platform == null ? "" : "platformId=" + platform.id() + "&");
    return Templates.cases(
        rows,
        page,
        PageLinks.of(
            page, number -> PortalRoutes.ENFORCEMENT_CASES + "?" + query + "page=" + number),
        caller.isRegulator(),
        caller.hasRole(Roles.REGULATOR_ENFORCEMENT),
        wantedStage,
        wantedTrigger,
        platform,
        List.of(CaseStage.values()),
        List.of(CaseTrigger.values()),
        PortalRoutes.ENFORCEMENT_CASES + PortalRoutes.SPREADSHEET + "?" + query);
  }

  /** The cases the list's filters match, every page, as a workbook (or its progress page). */
  Response spreadsheet(String stage, String trigger, String platformId) {
    CaseFilter filter =
        filter(
            valueOf(CaseStage.values(), stage),
            valueOf(CaseTrigger.values(), trigger),
            caller.isRegulator() ? platformOf(platformId) : null);
    return SpreadsheetDownloads.of(exports.spreadsheet(caseExport, filter));
  }

  private static CaseFilter filter(CaseStage stage, CaseTrigger trigger, PlatformChoice platform) {
    CaseFilter filter = new CaseFilter();
    filter.stage = stage == null ? null : stage.name();
    filter.trigger = trigger == null ? null : trigger.name();
    filter.platformId = platform == null ? null : platform.id();
    return filter;
  }

  /** A platform that exists, by its id as sent; anything else is no filter, as an empty one is. */
  private PlatformChoice platformOf(String sent) {
    UUID id;
    try {
      id = sent == null || sent.isBlank() ? null : UUID.fromString(sent.strip());
    } catch (IllegalArgumentException e) {
      id = null;
    }
    if (id == null) {
      return null;
    }
    String name = platforms.namesOf(List.of(id)).get(id);
    return name == null ? null : new PlatformChoice(id, name);
  }

  private static <E extends Enum<E>> E valueOf(E[] values, String sent) {
    return Arrays.stream(values)
        .filter(value -> value.name().equals(sent))
        .findFirst()
        .orElse(null);
  }
}
