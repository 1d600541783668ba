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

@Path("/api/v1/filings/{id}/benchmark")
@Authenticated
@Tag(name = "Benchmarks")
@Produces(MediaType.APPLICATION_JSON)
public class BenchmarkPanelResource {

  private final BenchmarkService benchmarks;

  BenchmarkPanelResource(BenchmarkService benchmarks) {
    this.benchmarks = benchmarks;
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "A return's benchmark panel",
      description =
          "Where the return's latest submitted version stands in its category group and in its"
              + " size-band group (those recorded with its score): per indicator and for the total,"
              + " its value, its percentile rank (ties counted half), the group's distribution and"
              + " whether it is an outlier; and its platform's trend by period. Platform users see"
              + " their own returns only, and nothing computed over fewer than k platforms.")
  @APIResponse(responseCode = "200", description = "The panel")
  @APIResponse(
      responseCode = "404",
      description = "No such filing, another platform's, or one with no submitted version")
  public BenchmarkPanel panel(@PathParam("id") UUID id) {
    return benchmarks.panel(id);
  }
}
