package io.carefile.scoring;

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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/benchmarks")
@Authenticated
@Tag(
    name = "Benchmarks",
    description =
        "Peer benchmarks of scores: distributions, percentiles, outliers, trends and frozen"
            + " snapshots (docs/benchmarks.md)")
@Produces(MediaType.APPLICATION_JSON)
public class BenchmarkResource {

  private static final String BAD_GROUP =
      "invalid-request (a missing or malformed parameter), unknown-template-code,"
          + " invalid-period (periodStart starts no period of the template),"
          + " unknown-size-band";

  private final BenchmarkService benchmarks;
  private final BenchmarkSnapshotService snapshots;
  private final Exports exports;
  private final BenchmarkExport benchmarkExport;

  BenchmarkResource(
      BenchmarkService benchmarks,
      BenchmarkSnapshotService snapshots,
      Exports exports,
      BenchmarkExport benchmarkExport) {
    this.benchmarks = benchmarks;
    this.snapshots = snapshots;
    this.exports = exports;
    this.benchmarkExport = benchmarkExport;
  }

  @GET
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "A peer group's benchmark",
      description =
          "For one template, period and peer group (a category, a size band of UK users, both, or"
              + " neither for everyone), per indicator and for the total: the distribution (P5,"
              + " P25, median, P75, P95, type 7), Tukey's fences and the outlier count. Each"
              + " filing counts once, with its latest submitted version's score; not-scored"
              + " indicators are left out per indicator. Regulators see everything, with the"
              + " outliers' filing and platform ids and a smallCohort flag below k. Platform users"
              + " never see a peer's identity or value: below k platforms the group is"
              + " suppressed (suppressed: true, with the reason and minCohort), and so is each"
              + " measure with fewer than k values.")
  @APIResponse(responseCode = "200", description = "The benchmark")
  @APIResponse(responseCode = "400", description = BAD_GROUP)
  public BenchmarkView benchmark(@Valid @BeanParam BenchmarkFilter filter) {
    return benchmarks.benchmark(filter);
  }

  @GET
  @Produces(Exports.SPREADSHEET)
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "Export a peer group's benchmark as a spreadsheet",
      description =
          "One row per measure (the total, then each indicator): its platforms, whether it is"
              + " withheld and why, the distribution, the fences and the outliers, as the JSON answers"
              + " the caller.")
  @Extension(name = ApiDocumentFilter.SPREADSHEET_EXPORT, value = Exports.SPREADSHEET)
  @APIResponse(responseCode = "400", description = BAD_GROUP)
  public Response benchmarkAsSpreadsheet(@Valid @BeanParam BenchmarkFilter filter) {
    return SpreadsheetResponses.of(exports.spreadsheet(benchmarkExport, filter));
  }

  @GET
  @Path("/categories")
  @RolesAllowed(Roles.ANY_ROLE)
  @Operation(
      summary = "The distribution of total scores per category",
      description =
          "For a box plot: per category, the distribution of the totals of its platforms' latest"
              + " submitted returns for the template and period, and the outlier count. Platform"
              + " users see a category only when at least k platforms of it have a total.")
  @APIResponse(responseCode = "200", description = "Every category, suppressed or not")
  @APIResponse(
      responseCode = "400",
      description = "invalid-request, unknown-template-code, invalid-period")
  public BenchmarkCategories categories(@Valid @BeanParam BenchmarkCategoriesFilter filter) {
    return benchmarks.categories(filter);
  }

  @POST
  @Path("/snapshots")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.REGULATOR_ANALYST)
  @Operation(
      summary = "Freeze a benchmark",
      description =
          "Stores the group's benchmark as a regulator sees it now, the inputs it was computed from"
              + " (each scored version and the SHA-256 of its score's canonical JSON) and the"
              + " snapshot's SHA-256 over both, so that a published league table can be recomputed"
              + " later. One audit event.")
  @APIResponse(responseCode = "201", description = "The snapshot")
  @APIResponse(
      responseCode = "400",
      description = "unknown-template-code, invalid-period, unknown-size-band; nothing stored")
  public Response freeze(@NotNull @Valid BenchmarkSnapshotRequest request) {
    BenchmarkSnapshotView snapshot = snapshots.freeze(request);
    return Response.created(URI.create("/api/v1/benchmarks/snapshots/" + snapshot.id()))
        .entity(snapshot)
        .build();
  }

  @GET
  @Path("/snapshots")
  @RolesAllowed(Roles.REGULATOR)
  @Operation(summary = "List benchmark snapshots", description = "Newest first.")
  public Page<BenchmarkSnapshotSummary> snapshots(
      @Valid @BeanParam BenchmarkSnapshotFilter filter, @Valid @BeanParam PageRequest page) {
    return snapshots.list(filter, page);
  }

  @GET
  @Path("/snapshots/{id}")
  @RolesAllowed(Roles.REGULATOR)
  @Operation(summary = "Read a benchmark snapshot")
  @APIResponse(responseCode = "200", description = "The snapshot")
  @APIResponse(responseCode = "404", description = "No such snapshot")
  public BenchmarkSnapshotView snapshot(@PathParam("id") UUID id) {
    return snapshots.get(id);
  }

  @GET
  @Path("/snapshots/{id}/verification")
  @RolesAllowed(Roles.REGULATOR)
  @Operation(
      summary = "Verify a benchmark snapshot",
      description =
          "Recomputes the snapshot from exactly the inputs it recorded (not from the latest"
              + " scores), with the k it was frozen with, and reports whether each input's digest"
              + " still matches its stored score, whether the snapshot's own digest matches what it"
              + " recorded, and whether the result is identical.")
  @APIResponse(responseCode = "200", description = "The verification")
  @APIResponse(responseCode = "404", description = "No such snapshot")
  public BenchmarkSnapshotVerification verification(@PathParam("id") UUID id) {
    return snapshots.verify(id);
  }
}
