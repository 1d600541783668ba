package io.carefile.penalty;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Authenticated
@Tag(
    name = "Penalties",
    description = "Penalties issued to platforms, their calculation, payments and statuses")
@Produces(MediaType.APPLICATION_JSON)
public class PenaltyResource {

  private final PenaltyQueries queries;
  private final PenaltyService penalties;
  private final PenaltyIssuing issuing;

  private final Exports exports;
  private final PenaltyExport penaltyExport;

  PenaltyResource(
      PenaltyQueries queries,
      PenaltyService penalties,
      PenaltyIssuing issuing,
      Exports exports,
      PenaltyExport penaltyExport) {
    this.queries = queries;
    this.penalties = penalties;
    this.issuing = issuing;
    this.exports = exports;
    this.penaltyExport = penaltyExport;
  }

  @GET
  @Path("/penalties")
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "Penalties",
      description =
          "Newest first. Platform users and clients see their own platform's penalties,"
              + " regulators every one.")
  @APIResponse(responseCode = "200", description = "A page of penalties")
  public Page<PenaltySummary> list(
      @Valid @BeanParam PenaltyFilter filter, @Valid @BeanParam PageRequest page) {
    return queries.list(filter, page);
  }

  @GET
  @Path("/penalties")
  @Produces(Exports.SPREADSHEET)
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "Export the penalties and their payments as a spreadsheet",
      description =
          "Every penalty the filters match (not one page), in the caller's scope, with its amount,"
              + " paid, balance (money cells in the penalty's currency) and payments.")
  @Extension(name = ApiDocumentFilter.SPREADSHEET_EXPORT, value = Exports.SPREADSHEET)
  public Response listAsSpreadsheet(@Valid @BeanParam PenaltyFilter filter) {
    return SpreadsheetResponses.of(exports.spreadsheet(penaltyExport, filter));
  }

  @GET
  @Path("/penalties/{id}")
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "One penalty, in full",
      description = "Its calculation's steps and inputs as issued, payments, balance and history.")
  @APIResponse(responseCode = "200", description = "The penalty")
  @APIResponse(responseCode = "404", description = "No such penalty, or another platform's")
  public PenaltyView get(@PathParam("id") UUID id) {
    return queries.get(id);
  }

  @POST
  @Path("/penalties/{id}/payments")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ENFORCEMENT)
  @Operation(
      summary = "Record a payment",
      description =
          "A payment received against the penalty, partial or in full. Idempotent on its"
              + " reference: the same reference with the same amount and day answers the payment"
              + " recorded (200) and records nothing more.")
  @APIResponse(responseCode = "201", description = "The payment, recorded")
  @APIResponse(responseCode = "200", description = "The same payment, recorded before")
  @APIResponse(
      responseCode = "409",
      description =
          "payment-reference-reused, payment-exceeds-balance (naming the balance), penalty-paid,"
              + " penalty-withdrawn; nothing was recorded")
  @APIResponse(
      responseCode = "422",
      description =
          "penalty-figure-negative, penalty-figure-too-precise, wrong-penalty-currency,"
              + " payment-received-in-future")
  public Response pay(@PathParam("id") UUID id, @NotNull @Valid PaymentRecording recording) {
    PaymentRecorded recorded = penalties.pay(id, recording);
    return Response.status(recorded.created() ? 201 : 200).entity(recorded.payment()).build();
  }

  @POST
  @Path("/penalties/{id}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ENFORCEMENT)
  @Operation(summary = "Withdraw an unpaid penalty", description = "With the officer's reason.")
  @APIResponse(responseCode = "200", description = "The penalty, withdrawn")
  @APIResponse(
      responseCode = "409",
      description = "penalty-step-not-allowed (paid or withdrawn already), stale-version")
  public PenaltyView withdraw(
      @PathParam("id") UUID id, @NotNull @Valid PenaltyWithdrawal withdrawal) {
    return penalties.withdraw(id, withdrawal);
  }

  @POST
  @Path("/penalty-calculations")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ENFORCEMENT)
  @Operation(
      summary = "Preview a penalty's calculation",
      description = "The steps and amount a penalty would have; nothing is stored.")
  @APIResponse(responseCode = "200", description = "The calculation")
  @APIResponse(responseCode = "400", description = "penalty-input-choice, invalid-request")
  @APIResponse(
      responseCode = "422",
      description = "The calculator's refusals (docs/penalties.md), each naming its field")
  public PenaltyCalculation preview(@NotNull PenaltyImposition imposition) {
    return issuing.calculate(imposition, "").calculation();
  }
}
