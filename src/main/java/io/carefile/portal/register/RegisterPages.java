package io.carefile.portal.register;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.portal.shared.PageLinks;
import io.carefile.portal.shared.PortalRoutes;
import io.carefile.register.CsvTable;
import io.carefile.register.PublicRegister;
import io.carefile.register.PublishedDecision;
import io.carefile.register.RegisterCsv;
import io.carefile.register.RegisterStatistics;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/**
 * The public register, for anyone without signing in: the start page, published decisions (a paged
 * list and one), the aggregate figures, each also as CSV. These paths are outside the portal's
 * sign-in, so nothing here depends on who asks; an unknown or unpublished reference, and any path
 * no page claims, is the register's "Page not found".
 */
@Path(PortalRoutes.REGISTER)
@PermitAll
public class RegisterPages {

  private static final int PAGE_SIZE = 25;
  private static final String CSV = "text/csv; charset=utf-8";

  private final PublicRegister register;

  RegisterPages(PublicRegister register) {
    this.register = register;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance start(int minCohort);

    static native TemplateInstance decisions(Page<PublishedDecision> page, PageLinks pageLinks);

    static native TemplateInstance decision(PublishedDecision decision);

    static native TemplateInstance statistics(RegisterStatistics statistics);

    static native TemplateInstance notFound();
  }

  @GET
  @PermitAll
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance start() {
    return Templates.start(register.statistics().minCohort());
  }

  @GET
  @Path("/decisions")
  @PermitAll
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance decisions(@QueryParam("page") @DefaultValue("1") String page) {
    int number = PageLinks.requested(page);
    Page<PublishedDecision> shown = register.decisions(PageRequest.of(number, PAGE_SIZE));
    return Templates.decisions(
        shown, PageLinks.of(shown, other -> PortalRoutes.REGISTER_DECISIONS + "?page=" + other));
  }

  @GET
  @Path("/decisions.csv")
  @PermitAll
  public Response decisionsCsv() {
    return csv(RegisterCsv.decisions(register.allDecisions()), "published-decisions.csv");
  }

  @GET
  @Path("/decisions/{reference}")
  @PermitAll
  @Produces(MediaType.TEXT_HTML)
  public Response decision(@PathParam("reference") String reference) {
    Optional<PublishedDecision> decision = register.decision(reference);
    return decision.isEmpty()
        ? notFound()
        : Response.ok(Templates.decision(decision.get()), MediaType.TEXT_HTML_TYPE).build();
  }

  @GET
  @Path("/decisions/{reference}.csv")
  @PermitAll
  public Response decisionCsv(@PathParam("reference") String reference) {
    Optional<PublishedDecision> decision = register.decision(reference);
    return decision.isEmpty()
        ? notFound()
        : csv(RegisterCsv.decisions(List.of(decision.get())), reference + ".csv");
  }

  @GET
  @Path("/statistics")
  @PermitAll
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance statistics() {
    return Templates.statistics(register.statistics());
  }

  @GET
  @Path("/statistics/returns.csv")
  @PermitAll
  public Response returnsCsv() {
    return csv(RegisterCsv.returns(register.statistics().returns()), "returns-figures.csv");
  }

  @GET
  @Path("/statistics/enforcement.csv")
  @PermitAll
  public Response enforcementCsv() {
    return csv(
        RegisterCsv.enforcement(register.statistics().enforcement()), "enforcement-figures.csv");
  }

  /** Every register path no page claims. */
  @GET
  @Path("/{unknown: .+}")
  @PermitAll
  public Response unknown() {
    return notFound();
  }

  private static Response notFound() {
    return Response.status(Response.Status.NOT_FOUND)
        .type(MediaType.TEXT_HTML_TYPE)
        .entity(Templates.notFound())
        .build();
  }

  private static Response csv(CsvTable table, String fileName) {
    return Response.ok(table.bytes(), CSV)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
