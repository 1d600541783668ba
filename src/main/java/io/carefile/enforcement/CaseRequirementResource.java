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

@Path(EnforcementCaseResource.PATH + "/{id}/requirements/{requirementId}")
@Authenticated
@Tag(name = "Enforcement")
@Produces(MediaType.APPLICATION_JSON)
public class CaseRequirementResource {

  private final CaseRequirements requirements;

  CaseRequirementResource(CaseRequirements requirements) {
    this.requirements = requirements;
  }

  @POST
  @Path("/completion")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PLATFORM_USER)
  @Operation(
      summary = "Mark a requirement done",
      description = "The platform says an OPEN requirement of its case's decision is done.")
  @APIResponse(responseCode = "200", description = "The requirement, COMPLETED")
  @APIResponse(
      responseCode = "404",
      description = "No such case or requirement, or another platform's")
  @APIResponse(
      responseCode = "409",
      description = "requirement-step-not-allowed (allowed lists where it may go), stale-version")
  public RequirementView complete(
      @PathParam("id") UUID id,
      @PathParam("requirementId") UUID requirementId,
      @NotNull @Valid RequirementCompletion completion) {
    return requirements.complete(id, requirementId, completion);
  }

  @POST
  @Path("/verification")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ENFORCEMENT)
  @Operation(
      summary = "Verify a requirement",
      description = "An enforcement officer verifies that a COMPLETED requirement is done.")
  @APIResponse(responseCode = "200", description = "The requirement, VERIFIED")
  @APIResponse(responseCode = "404", description = "No such case or requirement")
  @APIResponse(
      responseCode = "409",
      description = "requirement-step-not-allowed (allowed lists where it may go), stale-version")
  public RequirementView verify(
      @PathParam("id") UUID id,
      @PathParam("requirementId") UUID requirementId,
      @NotNull @Valid RequirementVerification verification) {
    return requirements.verify(id, requirementId, verification);
  }
}
