package io.carefile.obligation;

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

@Path("/api/v1/obligations")
@Authenticated
@Tag(name = "Obligations", description = "What each platform must file, and by when")
@Produces(MediaType.APPLICATION_JSON)
public class ObligationResource {

  private final ObligationService obligations;
  private final Exports exports;
  private final ObligationExport obligationExport;

  ObligationResource(
      ObligationService obligations, Exports exports, ObligationExport obligationExport) {
    this.obligations = obligations;
    this.exports = exports;
    this.obligationExport = obligationExport;
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "The obligations calendar",
      description =
          "A platform's users see their own platform's obligations; regulators see everyone's."
              + " Ordered by due date.")
  public Page<ObligationView> list(
      @Valid @BeanParam ObligationFilter filter, @Valid @BeanParam PageRequest page) {
    return obligations.list(filter, page);
  }

  @GET
  @Produces(Exports.SPREADSHEET)
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "Export the obligations calendar as a spreadsheet",
      description = "Every obligation the filters match (not one page), in the caller's scope.")
  @Extension(name = ApiDocumentFilter.SPREADSHEET_EXPORT, value = Exports.SPREADSHEET)
  @APIResponse(responseCode = "400", description = "invalid-date-range: from is after to")
  public Response listAsSpreadsheet(@Valid @BeanParam ObligationFilter filter) {
    return SpreadsheetResponses.of(exports.spreadsheet(obligationExport, filter));
  }

  @GET
  @Path("/{id}")
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(summary = "Read one obligation")
  @APIResponse(responseCode = "200", description = "The obligation")
  @APIResponse(responseCode = "404", description = "No such obligation, or another platform's")
  public ObligationView get(@PathParam("id") UUID id) {
    return obligations.get(id);
  }

  @POST
  @Path("/generation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  @Operation(
      summary = "Generate a period's obligations",
      description =
          "Creates the obligation of every active platform the template covers for the period"
              + " starting on periodStart. Running it again creates nothing twice.")
  public ObligationGenerationResult generate(@NotNull @Valid ObligationGeneration generation) {
    return obligations.generate(generation.templateCode(), generation.periodStart());
  }

  @POST
  @Path("/{id}/waiver")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ADMIN)
  @Operation(summary = "Waive an obligation", description = "A recorded exemption, with reason.")
  @APIResponse(responseCode = "200", description = "The waived obligation")
  @APIResponse(
      responseCode = "409",
      description = "Stale expectedVersion, or already fulfilled or waived")
  public ObligationView waive(@PathParam("id") UUID id, @NotNull @Valid ObligationWaiver waiver) {
    return obligations.waive(id, waiver);
  }
}
