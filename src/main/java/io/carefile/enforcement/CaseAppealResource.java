package io.carefile.enforcement;

import io.carefile.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(EnforcementCaseResource.PATH + "/{id}/appeal")
@Authenticated
@Tag(name = "Enforcement")
@Produces(MediaType.APPLICATION_JSON)
public class CaseAppealResource {

  private final CaseAppeals appeals;

  CaseAppealResource(CaseAppeals appeals) {
    this.appeals = appeals;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ENFORCEMENT)
  @Operation(
      summary = "Record an appeal",
      description =
          "The platform appealed the confirmation decision. Once per case; it does not move the"
              + " case's stage.")
  @APIResponse(responseCode = "200", description = "The case with its appeal LODGED")
  @APIResponse(responseCode = "404", description = "No such case")
  @APIResponse(
      responseCode = "409",
      description =
          "appeal-not-allowed: the case is not a confirmation decision, or was appealed already;"
              + " stale-version")
  public CaseView lodge(@PathParam("id") UUID id, @NotNull @Valid AppealLodging lodging) {
    return appeals.lodge(id, lodging);
  }

  @POST
  @Path("/outcome")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ENFORCEMENT)
  @Operation(
      summary = "Record the appeal's outcome",
      description =
          "UPHELD (the decision is set aside: its requirements take no further step) or"
              + " DISMISSED (it stands). Final.")
  @APIResponse(responseCode = "200", description = "The case with its appeal decided")
  @APIResponse(responseCode = "404", description = "No such case")
  @APIResponse(
      responseCode = "409",
      description =
          "appeal-outcome-not-allowed: no appeal is lodged, or it has its outcome already;"
              + " stale-version")
  public CaseView decide(@PathParam("id") UUID id, @NotNull @Valid AppealDecision decision) {
    return appeals.decide(id, decision);
  }
}
