package io.carefile.portal.query;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.carefile.common.time.RegulatorCalendar;
import io.carefile.portal.shared.PageLinks;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.review.QueryFilter;
import io.carefile.review.QueryService;
import io.carefile.review.QueryStatus;
import io.carefile.review.QuerySummary;
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
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The query inbox: a platform's people see the queries about their platform's returns, regulator
 * staff every platform's, with the platform named; the thread that moved last comes first.
 */
@Path(PortalRoutes.QUERIES)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class QueriesPage {

  static final int PAGE_SIZE = 25;

  private final QueryService queries;
  private final QueryReturns returns;
  private final RegulatorCalendar calendar;
  private final Caller caller;

  QueriesPage(
      QueryService queries, QueryReturns returns, RegulatorCalendar calendar, Caller caller) {
    this.queries = queries;
    this.returns = returns;
    this.calendar = calendar;
    this.caller = caller;
  }

  /** One row: the query, its return and when its thread last moved, in the regulator's zone. */
  public record Row(QuerySummary query, QueryReturn ofReturn, ZonedDateTime lastActivity) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance inbox(
        List<Row> rows,
        Page<QuerySummary> page,
        boolean showPlatform,
        boolean platformIntro,
        QueryStatus status,
        boolean overdue,
        List<QueryStatus> statuses,
        PageLinks pageLinks);
  }

  /**
   * The inbox, filtered by status and overdue. A value the filter form cannot send is no filter, as
   * an empty choice is.
   */
  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  public TemplateInstance inbox(
      @QueryParam("status") String status,
      @QueryParam("overdue") String overdue,
      @QueryParam("page") @DefaultValue("1") int pageNumber) {
    QueryStatus wantedStatus = statusOf(status);
    boolean onlyOverdue = "true".equals(overdue);
    QueryFilter filter = new QueryFilter();
    filter.status = wantedStatus == null ? null : wantedStatus.name();
    filter.overdue = onlyOverdue ? "true" : null;
    Page<QuerySummary> page =
        queries.inbox(filter, PageRequest.of(Math.max(1, pageNumber), PAGE_SIZE));
    Map<UUID, QueryReturn> ofReturns =
        returns.of(page.items().stream().map(QuerySummary::filingId).toList());
    List<Row> rows =
        page.items().stream()
            .map(
                query ->
                    new Row(
                        query,
                        ofReturns.get(query.filingId()),
                        query.lastActivityAt().atZone(calendar.zone())))
            .toList();
    String filterQuery =
        (wantedStatus == null ? "" : "&status=" + wantedStatus.name())
            + (onlyOverdue ? "&overdue=true" : "");
    return Templates.inbox(
        rows,
        page,
        caller.isRegulator(),
        caller.isPlatformScoped(),
        wantedStatus,
        onlyOverdue,
        List.of(QueryStatus.values()),
        PageLinks.of(page, number -> PortalRoutes.QUERIES + "?page=" + number + filterQuery));
  }

  private static QueryStatus statusOf(String sent) {
    return Arrays.stream(QueryStatus.values())
        .filter(status -> status.name().equals(sent))
        .findFirst()
        .orElse(null);
  }
}
