package io.carefile.scoring;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/filings/{id}/score-override")
@Authenticated
@Tag(name = ScoreOverrideResource.TAG, description = ScoreOverrideResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
public class ScoreOverrideResource {

  static final String TAG = "Score overrides";
  static final String TAG_DESCRIPTION =
      "An analyst's override of a return's band, with a reason and a comment, beside the computed"
          + " band; carried across amendments until re-confirmed or let lapse";

  private static final String STALE =
      "stale-version: expectedVersion is not the version of the override that applies now";

  private final ScoreOverrideService overrides;

  ScoreOverrideResource(ScoreOverrideService overrides) {
    this.overrides = overrides;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ANALYST)
  @Operation(
      summary = "Override the band of a return's latest version",
      description =
          "The override's band counts (effectiveBand) beside the computed one, which stays"
              + " visible. An override of a version that has one already supersedes it. When the"
              + " platform amends the return, the override is carried onto the new version,"
              + " awaiting re-confirmation.")
  @APIResponse(responseCode = "201", description = "The override, ACTIVE")
  @APIResponse(
      responseCode = "400",
      description = "A missing band, reason code or comment, or an empty or over-long comment")
  @APIResponse(
      responseCode = "404",
      description = "No such filing, or none of its versions is submitted and scored")
  @APIResponse(responseCode = "409", description = STALE)
  @APIResponse(
      responseCode = "422",
      description =
          "unknown-override-reason: the reason code is not configured; override-unchanged: the"
              + " band is the computed one")
  public Response override(@PathParam("id") UUID id, @NotNull @Valid BandOverride override) {
    ScoreOverrideView made = overrides.override(id, override);
    return Response.created(
            URI.create("/api/v1/filings/" + id + "/versions/" + made.versionNumber() + "/score"))
        .entity(made)
        .build();
  }

  @POST
  @Path("/reconfirmation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ANALYST)
  @Operation(
      summary = "Re-confirm an override carried onto an amendment",
      description =
          "The override awaiting re-confirmation on the return's latest version becomes ACTIVE"
              + " for it.")
  @APIResponse(responseCode = "200", description = "The override, ACTIVE")
  @APIResponse(
      responseCode = "409",
      description =
          "no-score-override: the latest version has none; override-step-not-allowed: it is not"
              + " awaiting re-confirmation (allowed names where it may go); "
              + STALE)
  @APIResponse(
      responseCode = "422",
      description =
          "override-unchanged: the amendment's computed band is the override's; let it lapse")
  public ScoreOverrideView reconfirm(
      @PathParam("id") UUID id, @NotNull @Valid OverrideChange change) {
    return overrides.reconfirm(id, change);
  }

  @POST
  @Path("/lapse")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ANALYST)
  @Operation(
      summary = "Let an override carried onto an amendment lapse",
      description = "The computed band of the return's latest version counts again.")
  @APIResponse(responseCode = "200", description = "The override, LAPSED")
  @APIResponse(
      responseCode = "409",
      description =
          "no-score-override: the latest version has none; override-step-not-allowed: it is not"
              + " awaiting re-confirmation (allowed names where it may go); "
              + STALE)
  public ScoreOverrideView lapse(@PathParam("id") UUID id, @NotNull @Valid OverrideChange change) {
    return overrides.lapse(id, change);
  }

  @POST
  @Path("/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ANALYST)
  @Operation(
      summary = "Withdraw the active override of a return's latest version",
      description = "The computed band counts again.")
  @APIResponse(responseCode = "200", description = "The override, WITHDRAWN")
  @APIResponse(
      responseCode = "409",
      description =
          "no-score-override: the latest version has none; override-step-not-allowed: it is not"
              + " ACTIVE (allowed names where it may go); "
              + STALE)
  public ScoreOverrideView withdraw(
      @PathParam("id") UUID id, @NotNull @Valid OverrideChange change) {
    return overrides.withdraw(id, change);
  }
}
