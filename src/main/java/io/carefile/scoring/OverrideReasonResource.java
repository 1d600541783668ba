package io.carefile.scoring;

import io.carefile.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/score-override-reasons")
@Authenticated
@Tag(name = ScoreOverrideResource.TAG, description = ScoreOverrideResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
public class OverrideReasonResource {

  private final ScoreOverrideService overrides;

  OverrideReasonResource(ScoreOverrideService overrides) {
    this.overrides = overrides;
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "The reasons an override may give",
      description = "From configuration (carefile.scoring.override-reasons), by code.")
  @APIResponse(responseCode = "200", description = "The reasons")
  public List<OverrideReason> reasons() {
    return overrides.reasons();
  }
}
