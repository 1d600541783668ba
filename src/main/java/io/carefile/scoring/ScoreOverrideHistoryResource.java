package io.carefile.scoring;

import io.carefile.common.paging.Page;
import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/filings/{id}/score-overrides")
@Authenticated
@Tag(name = ScoreOverrideResource.TAG, description = ScoreOverrideResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
public class ScoreOverrideHistoryResource {

  private final ScoreOverrideService overrides;

  ScoreOverrideHistoryResource(ScoreOverrideService overrides) {
    this.overrides = overrides;
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "A return's override history",
      description =
          "Every override of every version, oldest first, in whatever state. A platform's users"
              + " see their own returns' overrides with reasons and comments, without the"
              + " names of the regulator's staff; regulators see all.")
  @APIResponse(responseCode = "200", description = "The overrides")
  @APIResponse(
      responseCode = "404",
      description = "No such filing, another platform's, or one with no scored version")
  public Page<ScoreOverrideView> history(
      @PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
    return overrides.history(id, page);
  }
}
