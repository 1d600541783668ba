package io.carefile.enforcement;

import io.carefile.common.openapi.ApiDocumentFilter;
import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Roles;
import io.carefile.export.Exports;
import io.carefile.export.SpreadsheetResponses;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(EnforcementCaseResource.PATH)
@Authenticated
@Tag(
    name = "Enforcement",
    description =
        "Enforcement cases: grounds, the lifecycle from OPEN to a confirmation decision or closure,"
            + " representations, requirements and appeals")
@Produces(MediaType.APPLICATION_JSON)
public class EnforcementCaseResource {

  static final String PATH = "/api/v1/enforcement-cases";

  private final CaseQueries queries;
  private final CaseService cases;

  private final Exports exports;
  private final CaseExport caseExport;

  EnforcementCaseResource(
      CaseQueries queries, CaseService cases, Exports exports, CaseExport caseExport) {
    this.queries = queries;
    this.cases = cases;
    this.exports = exports;
    this.caseExport = caseExport;
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "Enforcement cases",
      description =
          "Newest first. Platform users and clients see their own platform's cases, regulators"
              + " every one.")
  @APIResponse(responseCode = "200", description = "A page of cases")
  public Page<CaseSummary> list(
      @Valid @BeanParam CaseFilter filter, @Valid @BeanParam PageRequest page) {
    return queries.list(filter, page);
  }

  @GET
  @Produces(Exports.SPREADSHEET)
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "Export the enforcement cases as a spreadsheet",
      description = "Every case the filters match (not one page), in the caller's scope.")
  @Extension(name = ApiDocumentFilter.SPREADSHEET_EXPORT, value = Exports.SPREADSHEET)
  public Response listAsSpreadsheet(@Valid @BeanParam CaseFilter filter) {
    return SpreadsheetResponses.of(exports.spreadsheet(caseExport, filter));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ENFORCEMENT)
  @Operation(
      summary = "Open a case",
      description =
          "An enforcement officer opens a case against a platform on its grounds (linked"
              + " obligations, returns, rule ids, findings), with a reason. The case is OPEN.")
  @APIResponse(responseCode = "201", description = "The case, opened")
  @APIResponse(
      responseCode = "400",
      description =
          "case-grounds-required, case-ground-incomplete, case-ground-repeated; nothing was"
              + " opened")
  @APIResponse(responseCode = "404", description = "No such platform")
  @APIResponse(
      responseCode = "409",
      description = "case-ground-already-open: an open case has one of the grounds already")
  @APIResponse(
      responseCode = "422",
      description = "case-ground-not-of-platform: a ground links a record of another platform")
  public Response open(@NotNull @Valid CaseOpening opening) {
    CaseView opened = cases.open(opening);
    return Response.created(URI.create(PATH + "/" + opened.id())).entity(opened).build();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(summary = "One case, in full, with its version")
  @APIResponse(responseCode = "200", description = "The case")
  @APIResponse(responseCode = "404", description = "No such case, or another platform's")
  public CaseView get(@PathParam("id") UUID id) {
    return queries.get(id);
  }

  @GET
  @Path("/{id}/history")
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "The case's history",
      description =
          "Every step, oldest first, each with who took it, when, why and the stages before and"
              + " after.")
  @APIResponse(responseCode = "200", description = "A page of the history")
  @APIResponse(responseCode = "404", description = "No such case, or another platform's")
  public Page<CaseHistoryEntry> history(
      @PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
    return queries.history(id, page);
  }

  @POST
  @Path("/{id}/steps")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ENFORCEMENT)
  @Operation(
      summary = "Take a step of the case",
      description =
          "OPEN → INVESTIGATION → PROVISIONAL_NOTICE → CONFIRMATION_DECISION, or"
              + " CLOSE_NO_ACTION from any stage before a confirmation. A provisional notice"
              + " carries its text and the representations deadline (after today, Europe/London);"
              + " a confirmation may impose requirements and is refused until the deadline has"
              + " passed.")
  @APIResponse(responseCode = "200", description = "The case after the step")
  @APIResponse(
      responseCode = "400",
      description =
          "representations-deadline-required, notice-text-required, step-content-not-allowed;"
              + " nothing was changed")
  @APIResponse(responseCode = "404", description = "No such case")
  @APIResponse(
      responseCode = "409",
      description =
          "case-step-not-allowed (allowed lists the stages it may move to),"
              + " confirmation-before-deadline, stale-version")
  @APIResponse(
      responseCode = "422",
      description = "representations-deadline-not-future, requirement-due-date-not-future")
  public CaseView step(@PathParam("id") UUID id, @NotNull @Valid CaseTransition transition) {
    return cases.step(id, transition);
  }
}
