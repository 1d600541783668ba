package io.carefile.penalty;

import io.carefile.common.paging.PageRequest;
import io.carefile.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/penalty-points")
@Authenticated
@Tag(
    name = "Penalty points",
    description = "Late-filing penalty points: each platform's standing and the job's decisions")
@Produces(MediaType.APPLICATION_JSON)
public class PenaltyPointsResource {

  private final PenaltyPointsQueries queries;

  PenaltyPointsResource(PenaltyPointsQueries queries) {
    this.queries = queries;
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "A platform's late-filing penalty points",
      description =
          "The points standing today per period type (each with the day it expires, whether the"
              + " tally is at its threshold and the day it resets), from the decisions the daily"
              + " penalty-points job has recorded, and a page of those decisions. A platform's"
              + " callers read their own platform's; regulators name the platform.")
  @APIResponse(responseCode = "200", description = "The standing and a page of decisions")
  @APIResponse(
      responseCode = "400",
      description = "penalty-points-platform-required: a regulator named no platform")
  @APIResponse(responseCode = "404", description = "No such platform, or another platform's")
  public PenaltyPointsView points(
      @Valid @BeanParam PenaltyPointsFilter filter, @Valid @BeanParam PageRequest page) {
    return queries.pointsOf(filter, page);
  }
}
