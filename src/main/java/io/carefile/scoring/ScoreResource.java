package io.carefile.scoring;

import io.carefile.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/filings/{id}/versions/{number}/score")
@Authenticated
@Tag(name = "Scores", description = "The explainable score of each submitted version")
@Produces(MediaType.APPLICATION_JSON)
public class ScoreResource {

  private final ScoringService scoring;

  ScoreResource(ScoringService scoring) {
    this.scoring = scoring;
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "The score of a submitted version",
      description =
          "Computed when the version was submitted, from its template version's indicators: per"
              + " indicator its inputs, value, band, points and weight; the total (0-100) is the"
              + " weighted mean of the points of the indicators that could be scored, and its band"
              + " GREEN, AMBER, RED, or NOT_SCORED when none could be (band, also computedBand)."
              + " When an analyst's override applies to the version, override holds its band,"
              + " reason, comment and state, and effectiveBand is its band; otherwise"
              + " effectiveBand is the computed band. A platform's users see their own"
              + " platform's scores; regulators see all.")
  @APIResponse(responseCode = "200", description = "The score")
  @APIResponse(
      responseCode = "404",
      description = "No such filing or version, another platform's, or a version without a score")
  public ScoreView score(@PathParam("id") UUID id, @PathParam("number") int number) {
    return scoring.scoreOf(id, number);
  }
}
