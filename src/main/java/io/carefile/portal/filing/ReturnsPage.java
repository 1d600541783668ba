package io.carefile.portal.filing;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Caller;
import io.carefile.common.security.Roles;
import io.carefile.export.Exports;
import io.carefile.filing.FilingFilter;
import io.carefile.filing.FilingQueries;
import io.carefile.filing.FilingRegisterExport;
import io.carefile.filing.FilingView;
import io.carefile.portal.shared.PageLinks;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.portal.shared.SpreadsheetDownloads;
import io.carefile.scoring.ScoreView;
import io.carefile.template.TemplateService;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The platform's returns, newest first: each with its period, status, latest submitted version and
 * that version's score and band, leading to the return's own page.
 */
@Path(PortalRoutes.RETURNS)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ReturnsPage {

  static final int PAGE_SIZE = 25;

  private final FilingQueries filingQueries;
  private final TemplateService templates;
  private final ReturnScores scores;
  private final Caller caller;
  private final Exports exports;
  private final FilingRegisterExport registerExport;

  ReturnsPage(
      FilingQueries filingQueries,
      TemplateService templates,
      ReturnScores scores,
      Caller caller,
      Exports exports,
      FilingRegisterExport registerExport) {
    this.filingQueries = filingQueries;
    this.templates = templates;
    this.scores = scores;
    this.caller = caller;
    this.exports = exports;
    this.registerExport = registerExport;
  }

  /** One return: the filing, its template's title, and its latest version's score if any. */
  public record Row(FilingView filing, String returnTitle, ScoreView score) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance returns(
        List<Row> rows, Page<FilingView> page, PageLinks pageLinks);
  }

  @GET
  @RolesAllowed(Roles.PLATFORM_USER)
  public TemplateInstance returns(@QueryParam("page") @DefaultValue("1") int pageNumber) {
    Page<FilingView> page =
        filingQueries.list(ownReturns(), PageRequest.of(Math.max(1, pageNumber), PAGE_SIZE));
    Map<UUID, ScoreView> latest = scores.latestOf(page.items());
    List<Row> rows =
        page.items().stream()
            .map(
                filing ->
                    new Row(
                        filing,
                        templates
                            .compiled(filing.templateCode(), filing.templateVersion())
                            .definition()
                            .title(),
                        latest.get(filing.id())))
            .toList();
    return Templates.returns(
        rows, page, PageLinks.of(page, number -> PortalRoutes.RETURNS + "?page=" + number));
  }

  /** Every return of the platform, as a workbook (or, when large, its progress page). */
  @GET
  @Path(PortalRoutes.SPREADSHEET)
  @Produces({Exports.SPREADSHEET, MediaType.TEXT_HTML})
  @RolesAllowed(Roles.PLATFORM_USER)
  public Response spreadsheet() {
    return SpreadsheetDownloads.of(exports.spreadsheet(registerExport, ownReturns()));
  }

  private FilingFilter ownReturns() {
    FilingFilter filter = new FilingFilter();
    filter.platformId = caller.platformId();
    return filter;
  }
}
