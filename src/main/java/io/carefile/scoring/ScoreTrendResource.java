package io.carefile.scoring;

import io.carefile.common.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/platforms/{platformId}/score-trend")
@Authenticated
@Tag(name = "Benchmarks")
@Produces(MediaType.APPLICATION_JSON)
public class ScoreTrendResource {

  private final BenchmarkService benchmarks;

  ScoreTrendResource(BenchmarkService benchmarks) {
    this.benchmarks = benchmarks;
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "A platform's score trend",
      description =
          "Its total and computed band for each period of the template, from each return's latest"
              + " submitted version, oldest first. Platform users see their own platform's only.")
  @APIResponse(responseCode = "200", description = "The trend")
  @APIResponse(responseCode = "400", description = "invalid-request, unknown-template-code")
  @APIResponse(responseCode = "404", description = "No such platform, or another platform")
  public ScoreTrend trend(
      @PathParam("platformId") UUID platformId,
      @QueryParam("templateCode")
          @NotBlank
          @Size(max = 32)
          @Parameter(description = "Template code", required = true, example = "CSAM-Q")
          String templateCode) {
    return benchmarks.trend(platformId, templateCode);
  }
}
