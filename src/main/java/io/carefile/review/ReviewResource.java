package io.carefile.review;

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
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reviews")
@Authenticated
@Tag(
    name = "Review",
    description = "The regulator's review queue: risk priority, assignment and decisions")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

  private final ReviewQueue queue;
  private final ReviewService reviews;

  private final Exports exports;
  private final ReviewQueueExport queueExport;

  ReviewResource(
      ReviewQueue queue, ReviewService reviews, Exports exports, ReviewQueueExport queueExport) {
    this.queue = queue;
    this.reviews = reviews;
    this.exports = exports;
    this.queueExport = queueExport;
  }

  @GET
  @RolesAllowed(Roles.REGULATOR)
  @Operation(
      summary = "The review queue",
      description =
          "Submitted returns, highest risk priority first and oldest first among equals (the"
              + " formula: docs/review.md). Without a status filter, the returns needing review:"
              + " SUBMITTED, UNDER_REVIEW and QUERIED. Regulators only.")
  @APIResponse(responseCode = "200", description = "A page of the queue")
  public Page<ReviewItem> list(
      @Valid @BeanParam ReviewFilter filter, @Valid @BeanParam PageRequest page) {
    return queue.list(filter, page);
  }

  @GET
  @Produces(Exports.SPREADSHEET)
  @RolesAllowed(Roles.REGULATOR)
  @Operation(
      summary = "Export the review queue as a spreadsheet",
      description =
          "Every return the filters match (not one page), in the queue's order. Regulators only.")
  @Extension(name = ApiDocumentFilter.SPREADSHEET_EXPORT, value = Exports.SPREADSHEET)
  public Response listAsSpreadsheet(@Valid @BeanParam ReviewFilter filter) {
    return SpreadsheetResponses.of(exports.spreadsheet(queueExport, filter));
  }

  @GET
  @Path("/{filingId}")
  @RolesAllowed(Roles.REGULATOR)
  @Operation(summary = "One return in the review queue, with the review's version")
  @APIResponse(responseCode = "200", description = "The return in the queue")
  @APIResponse(responseCode = "404", description = "No such filing, or it was never submitted")
  public ReviewItem get(@PathParam("filingId") UUID filingId) {
    return queue.get(filingId);
  }

  @GET
  @Path("/{filingId}/history")
  @RolesAllowed(Roles.REGULATOR)
  @Operation(
      summary = "The review's history",
      description =
          "Every step of the return's review, oldest first: submissions, assignments, releases,"
              + " reassignments, decisions and band changes, each with who and when.")
  @APIResponse(responseCode = "200", description = "A page of the history")
  @APIResponse(responseCode = "404", description = "No such filing, or it was never submitted")
  public Page<ReviewHistoryEntry> history(
      @PathParam("filingId") UUID filingId, @Valid @BeanParam PageRequest page) {
    return queue.history(filingId, page);
  }

  @PUT
  @Path("/{filingId}/assignee")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ANALYST)
  @Operation(
      summary = "Assign the return",
      description =
          "Allocates the return to an analyst: to yourself, or from whoever has it to another"
              + " analyst. A SUBMITTED return is taken into review (UNDER_REVIEW). Allocation is"
              + " work, not permission: any analyst may decide.")
  @APIResponse(responseCode = "200", description = "The return in the queue, assigned")
  @APIResponse(responseCode = "404", description = "No such filing, or it was never submitted")
  @APIResponse(
      responseCode = "409",
      description =
          "stale-version: the review changed since it was read; assignment-not-allowed: the"
              + " return is decided (allowed lists where it may go)")
  @APIResponse(
      responseCode = "422",
      description = "assignee-not-analyst: the assignee is not an enabled regulator analyst")
  public ReviewItem assign(
      @PathParam("filingId") UUID filingId, @NotNull @Valid Assignment assignment) {
    return reviews.assign(filingId, assignment);
  }

  @DELETE
  @Path("/{filingId}/assignee")
  // No body is read; declaring JSON answers a form-encoded or malformed Content-Type with 415
  // before the CSRF filter, which would refuse it with an empty 400 (or fail on it).
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ANALYST)
  @Operation(summary = "Release the return", description = "Leaves it allocated to no one.")
  @APIResponse(responseCode = "200", description = "The return in the queue, unassigned")
  @APIResponse(responseCode = "404", description = "No such filing, or it was never submitted")
  @APIResponse(
      responseCode = "409",
      description =
          "stale-version: the review changed since it was read; review-not-assigned: no one has"
              + " it")
  public ReviewItem release(
      @PathParam("filingId") UUID filingId,
      @NotNull
          @PositiveOrZero
          @QueryParam("expectedVersion")
          @Parameter(description = "The review's version you read", required = true)
          Long expectedVersion) {
    return reviews.release(filingId, expectedVersion);
  }

  @POST
  @Path("/{filingId}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ANALYST)
  @Operation(
      summary = "Decide the return",
      description =
          "ACCEPT, ACCEPT_WITH_FINDINGS (with findings, optionally about fields of the return's"
              + " template) or REJECT (with reason codes of GET /api/v1/rejection-reasons and a"
              + " text). Only a return UNDER_REVIEW may be accepted; one UNDER_REVIEW or QUERIED"
              + " may be rejected. Any analyst may decide, assigned or not.")
  @APIResponse(responseCode = "201", description = "The decision, as recorded")
  @APIResponse(
      responseCode = "400",
      description =
          "findings-required, findings-not-allowed, rejection-reasons-required,"
              + " rejection-reasons-not-allowed, rejection-text-required, or a text that is empty"
              + " or over 4,000 characters; nothing was changed")
  @APIResponse(responseCode = "404", description = "No such filing, or it was never submitted")
  @APIResponse(
      responseCode = "409",
      description =
          "review-step-not-allowed: the return's status does not allow the decision (allowed"
              + " lists where it may go); stale-version")
  @APIResponse(
      responseCode = "422",
      description =
          "unknown-rejection-reason: a reason code is not configured; unknown-finding-field: a"
              + " finding names a field the template does not have")
  public Response decide(@PathParam("filingId") UUID filingId, @NotNull @Valid Decision decision) {
    RecordedDecision decided = reviews.decide(filingId, decision);
    return Response.created(URI.create("/api/v1/filings/" + filingId + "/review"))
        .entity(decided)
        .build();
  }
}
