package io.carefile.portal.enforcement;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.carefile.common.time.RegulatorCalendar;
import io.carefile.export.Exports;
import io.carefile.penalty.PenaltyExport;
import io.carefile.penalty.PenaltyFilter;
import io.carefile.penalty.PenaltyQueries;
import io.carefile.penalty.PenaltyStatus;
import io.carefile.penalty.PenaltySummary;
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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The penalties: regulator staff see every platform's, a platform's people their own, each with its
 * amount, balance, due date and status. Newest first, filtered by status with the API's own {@link
 * PenaltyFilter} from a GET form; a status the form cannot send is no filter.
 */
@Path(PortalRoutes.PENALTIES)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PenaltiesPage {

  static final int PAGE_SIZE = 25;

  private final PenaltyQueries penalties;
  private final RegulatorCalendar calendar;
  private final Caller caller;
  private final Exports exports;
  private final PenaltyExport penaltyExport;

  PenaltiesPage(
      PenaltyQueries penalties,
      RegulatorCalendar calendar,
      Caller caller,
      Exports exports,
      PenaltyExport penaltyExport) {
    this.penalties = penalties;
    this.calendar = calendar;
    this.caller = caller;
    this.exports = exports;
    this.penaltyExport = penaltyExport;
  }

  /** One penalty as its row shows it. */
  public record Row(
      PenaltySummary summary,
      String link,
      String caseLink,
      String amount,
      String balance,
      LocalDate issuedOn) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance penalties(
        List<Row> rows,
        Page<PenaltySummary> page,
        PageLinks pageLinks,
        boolean regulator,
        PenaltyStatus status,
        List<PenaltyStatus> statuses,
        String spreadsheet);
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  public TemplateInstance penalties(
      @QueryParam("status") String status, @QueryParam("page") String pageNumber) {
    PenaltyStatus wanted = wanted(status);
    PenaltyFilter filter = filter(wanted);
    Page<PenaltySummary> page =
        penalties.list(filter, PageRequest.of(PageLinks.requested(pageNumber), PAGE_SIZE));
    List<Row> rows =
        page.items().stream()
            .map(
                summary ->
                    new Row(
                        summary,
                        PortalRoutes.penalty(summary.id()),
                        summary.caseId() == null
                            ? null
                            : PortalRoutes.enforcementCase(summary.caseId()),
                        PenaltyFigures.money(summary.amount()),
                        PenaltyFigures.money(summary.balance()),
                        summary.issuedAt().atZone(calendar.zone()).toLocalDate()))
            .toList();
    return Templates.penalties(
        rows,
        page,
        PageLinks.of(
            page,
            number ->
                PortalRoutes.PENALTIES
                    + "?"
                    + (wanted == null ? "" : "status=" + wanted.name() + "&")
                    + "page="
                    + number),
        caller.isRegulator(),
        wanted,
        List.of(PenaltyStatus.values()),
        PortalRoutes.PENALTIES
            + PortalRoutes.SPREADSHEET
            + (wanted == null ? "" : "?status=" + wanted.name()));
  }

  /** The penalties of the list's status, every page, with their payments, as a workbook. */
  Response spreadsheet(String status) {
    return SpreadsheetDownloads.of(exports.spreadsheet(penaltyExport, filter(wanted(status))));
  }

  /** A status the form can send; anything else is no filter. */
  private static PenaltyStatus wanted(String status) {
    return Arrays.stream(PenaltyStatus.values())
        .filter(value -> value.name().equals(status))
        .findFirst()
        .orElse(null);
  }

  private static PenaltyFilter filter(PenaltyStatus wanted) {
    PenaltyFilter filter = new PenaltyFilter();
    filter.status = wanted == null ? null : wanted.name();
    return filter;
  }
}
